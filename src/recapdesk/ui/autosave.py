"""Autosave: a window's unsaved state goes to its recovery file a few seconds after the last
edit, and at least every 30 seconds while the user keeps typing.

Each window has its own recovery file (store/recovery.py does the writing) and holds a lock
file next to it while it lives, so a second recapdesk starting meanwhile can tell a live
window's file from one left behind by a crash or a kill. The file is removed when there is
nothing unsaved any more (a save, an undo back to the saved state, another project opened)
and when the window closes normally; after a crash it stays for the restore offer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from recapdesk.store import ProjectFileError
from recapdesk.store.recovery import (
    RecoveryInfo,
    discard_recovery,
    list_recovery,
    recovery_path,
    write_recovery,
)
from recapdesk.ui.document import ProjectDocument

IDLE_MS = 3_000
"""After the last edit: short enough to lose only the last few seconds, long enough that the
disk is not written on every keystroke."""
MAX_WAIT_MS = 30_000
"""While the user keeps typing, the idle delay never passes; this bounds the loss anyway."""


def data_folder() -> Path:
    """The platform's per-user application data folder (~/.local/share/recapdesk/recapdesk)."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # A window holds its lock for hours; Qt's default would call it stale after 30 s. A lock
    # whose process is gone is still recognised as stale.
    lock.setStaleLockTime(0)
    return lock


def _lock_path(recovery: Path) -> Path:
    return recovery.with_name(recovery.name + ".lock")


def orphaned_recovery(folder: Path) -> list[RecoveryInfo]:
    """The recovery files in ``folder`` that no running recapdesk window is writing: those
    left by a crash, a kill or a power cut. Newest first."""
    orphans = []
    for info in list_recovery(folder):
        probe = _lock(_lock_path(info.path))
        if probe.tryLock(0):  # succeeds on a missing or stale lock only
            probe.unlock()
            orphans.append(info)
    return orphans


class Autosaver(QObject):
    written = Signal(Path)  # the recovery file now holds the unsaved state
    failed = Signal(str)  # why the recovery file could not be written (the edits stay)

    def __init__(
        self,
        document: ProjectDocument,
        folder: Path,
        base_hash: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("autosaver")
        self.document = document
        self.folder = Path(folder)
        self.path = recovery_path(self.folder, uuid.uuid4().hex)
        self.idle_ms = IDLE_MS
        self.max_wait_ms = MAX_WAIT_MS
        self._base_hash = base_hash
        self._attached = True
        self._lock = _lock(_lock_path(self.path))
        # The lock says "a live window writes this file": it goes with the window, also when
        # the window is destroyed without a clean close (the recovery file then stays).
        self.destroyed.connect(self._lock.unlock)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.write_now)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.timeout.connect(self.write_now)

        # Every change of the model (edit, undo, redo, merged keystroke) reschedules; the
        # stack's clean state says whether anything is unsaved.
        document.changed.connect(lambda _path: self.schedule())
        document.undo_stack.indexChanged.connect(lambda _index: self.schedule())
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.reset.connect(self._on_reset)
        # A dying undo stack clears itself and reports "clean": that is no save, and must not
        # remove the recovery file of a window that goes without a clean close.
        document.destroyed.connect(self._detach)

    def schedule(self) -> None:
        """An edit happened: write after a pause, or by the deadline while typing goes on."""
        if not self._attached or not self.document.modified:
            return
        self._idle.start(self.idle_ms)
        if not self._max_wait.isActive():
            self._max_wait.start(self.max_wait_ms)

    def write_now(self) -> Path | None:
        """Write the recovery file now (nothing unsaved: remove it); its path, or None."""
        self._idle.stop()
        self._max_wait.stop()
        if not self._attached:
            return None
        if not self.document.modified:
            self.discard()
            return None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked():
                self._lock.tryLock(0)
            write_recovery(
                self.path,
                self.document.project,
                self.document.path,
                base_hash=self._base_hash(),
            )
        except (OSError, ProjectFileError) as error:
            self.failed.emit(str(error))
            return None
        self.written.emit(self.path)
        return self.path

    def discard(self) -> None:
        """Nothing unsaved: the recovery file goes (a missing one is fine)."""
        self._idle.stop()
        self._max_wait.stop()
        try:
            discard_recovery(self.path)
        except OSError as error:
            self.failed.emit(f"{self.path}: {error.strerror or error}")

    def finish(self) -> None:
        """The window closes normally (saved or changes discarded by the user)."""
        self.discard()
        self._lock.unlock()

    def _detach(self) -> None:
        self._attached = False
        self._idle.stop()
        self._max_wait.stop()

    def _on_clean_changed(self, clean: bool) -> None:
        if not self._attached:
            return
        if clean:
            self.discard()
        else:
            self.schedule()

    def _on_reset(self) -> None:
        # Another project (or a reload) replaced the state this file was keeping.
        if self._attached and not self.document.modified:
            self.discard()
