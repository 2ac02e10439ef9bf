"""Which recapdesk has a project file open: one lock file per project path, so a second
window (another process, or this one) opening the same file is warned.

The lock files live in the application data folder, not next to the project: a project
folder is often a git repository, and a stray ``.lock`` there would show in every
``git status``. The lock is advisory; opening is never refused, the user is told.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockOwner:
    """The process that holds a project's lock."""

    pid: int
    host: str
    app: str


def lock_path(folder: Path, project: Path) -> Path:
    """The lock file of ``project`` (the same for every spelling of its path)."""
    key = hashlib.sha256(str(Path(project).resolve()).encode("utf-8")).hexdigest()[:24]
    return Path(folder) / f"{key}.lock"


class ProjectLock:
    """Holds the lock of at most one project path at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.project: Path | None = None
        self._lock: QLockFile | None = None

    def acquire(self, project: Path | None) -> LockOwner | None:
        """Hold ``project``'s lock (giving up the previous one). When another live recapdesk
        holds it, return who; this window then works without the lock."""
        if project is None:
            self.release()
            return None
        project = Path(project)
        if self.held and self.project is not None and self.project.resolve() == project.resolve():
            return None  # already ours (saved again)
        self.release()
        self.project = project
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None  # no lock without a folder; not a reason to refuse the file
        lock = QLockFile(str(lock_path(self.folder, project)))
        lock.setStaleLockTime(0)  # held for hours; a dead owner is still detected
        if lock.tryLock(0):
            self._lock = lock
            return None
        if lock.error() != QLockFile.LockError.LockFailedError:
            return None  # the lock cannot be written: nothing to warn about
        pid, host, app = lock.getLockInfo()
        return LockOwner(int(pid), str(host), str(app))

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.project = None
