"""Autosave: a window's unsaved state goes to its recovery file a few seconds after the last
edit, and at least every 30 seconds while the user keeps typing.

Each window has its own recovery file (store/recovery.py does the writing) and holds a lock
file next to it while it lives, so a second recapdesk starting meanwhile can tell a live
window's file from one left behind by a crash or a kill. The file is removed when there is
nothing unsaved any more (a save, an undo back to the saved state, another project opened)
and when the window closes normally; after a crash it stays for the restore offer.

The timed writes make the file's text in a helper process (ui/helper.py): for a large project
the TOML takes a few hundred milliseconds, which on the GUI thread would freeze typing. The
window only snapshots the project (as JSON, a few milliseconds) and writes the returned text,
so every write and removal of the file still happens here, in order.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from recapdesk.store import ProjectFileError
from recapdesk.store.assets import AssetsFolder, staging_assets, staging_sessions
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import cannot_write
from recapdesk.store.recovery import (
    RECOVERY_SUFFIX,
    RecoveryInfo,
    discard_recovery,
    list_recovery,
    recovery_path,
    write_recovery,
)
from recapdesk.ui import helper
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.i18n import translate

IDLE_MS = 3_000
"""After the last edit: short enough to lose only the last few seconds, long enough that the
disk is not written on every keystroke."""
MAX_WAIT_MS = 30_000
"""While the user keeps typing, the idle delay never passes; this bounds the loss anyway."""
# Bytes of the project's JSON under which the recovery text is made in the window's thread
# (~0.5 ms per KB here); above, in the helper process (ui/helper.py).
INLINE_BELOW = 64_000


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


_LOCK_SUFFIX = f"{RECOVERY_SUFFIX}.lock"


def _lock_path(recovery: Path) -> Path:
    return recovery.with_name(recovery.name + ".lock")


def _held(recovery: Path) -> bool:
    """A running recapdesk window holds the lock of the recovery file ``recovery`` (probing
    removes a stale lock, the one a crash or a kill left)."""
    probe = _lock(_lock_path(recovery))
    if probe.tryLock(0):  # succeeds on a missing or stale lock only
        probe.unlock()
        return False
    return True


def forget_stale_locks(folder: Path) -> None:
    """Remove the locks in ``folder`` that windows gone without a clean close left beside no
    recovery file (a window takes its lock as it starts); a running window's stays."""
    try:
        locks = [path for path in Path(folder).iterdir() if path.name.endswith(_LOCK_SUFFIX)]
    except OSError:
        return
    for lock in locks:
        recovery = lock.with_name(lock.name.removesuffix(".lock"))
        if not recovery.exists():
            _held(recovery)  # probing removes a stale lock


def stale_staging(folder: Path) -> list[AssetsFolder]:
    """The staging folders of untitled projects (store/assets/staging.py) in ``folder`` that
    no running window uses and whose recovery file is gone (restored, discarded, or never
    written): nothing refers to their pictures any more."""
    return [
        staging_assets(folder, session)
        for session in staging_sessions(folder)
        if not recovery_path(folder, session).exists() and not _held(recovery_path(folder, session))
    ]


def orphaned_recovery(folder: Path) -> list[RecoveryInfo]:
    """The recovery files in ``folder`` that no running recapdesk window is writing: those
    left by a crash, a kill or a power cut. Newest first."""
    return [info for info in list_recovery(folder) if not _held(info.path)]


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
        session = uuid.uuid4().hex
        self.path = recovery_path(self.folder, session)
        # An untitled project's pictures wait beside its recovery file until the first save,
        # so a crash keeps them with the unsaved work (store/assets/staging.py).
        document.staging = staging_assets(self.folder, session)
        self.idle_ms = IDLE_MS
        self.max_wait_ms = MAX_WAIT_MS
        self._base_hash = base_hash
        self._attached = True
        self._lock = _lock(_lock_path(self.path))
        # The lock says "a live window writes this file": it goes with the window, also when
        # the window is destroyed without a clean close (the recovery file then stays). Taken
        # now, before any recovery file: it also keeps this window's staging folder of
        # pictures from a second start's clean-up (stale_staging).
        self.destroyed.connect(self._lock.unlock)
        with contextlib.suppress(OSError):  # an unwritable folder: said at the first write
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock.tryLock(0)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._write_later)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.timeout.connect(self._write_later)
        self._job: helper.Pending[str] = helper.Pending(self, self._collect)  # the file's text
        self._job_generation = 0
        self._generation = 0  # counts writes and removals: a job older than one is stale
        self._again = False  # another timed write is due once the running one is done

        # Every change of the model (edit, undo, redo, merged keystroke) reschedules; the
        # stack's clean state says whether anything is unsaved.
        document.changed.connect(lambda _path: self.schedule())
        document.undo_stack.indexChanged.connect(lambda _index: self.schedule())
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.reset.connect(self._on_reset)
        # A dying undo stack clears itself and reports "clean": that is no save, and must not
        # remove the recovery file of a window that goes without a clean close.
        document.destroyed.connect(self._detach)

    def set_max_wait(self, ms: int) -> None:
        """Write at the latest ``ms`` after the first unsaved edit (Preferences), and after a
        pause in typing that is never longer."""
        self.max_wait_ms = ms
        self.idle_ms = min(IDLE_MS, ms)

    def schedule(self) -> None:
        """An edit happened: write after a pause, or by the deadline while typing goes on."""
        if not self._attached or not self.document.modified:
            return
        self._idle.start(self.idle_ms)
        if not self._max_wait.isActive():
            self._max_wait.start(self.max_wait_ms)

    def write_now(self) -> Path | None:
        """Write the recovery file now, in this thread (nothing unsaved: remove it); its
        path, or None."""
        self._idle.stop()
        self._max_wait.stop()
        self._generation += 1  # what a helper is still making is older than this
        if not self._attached:
            return None
        if not self.document.modified:
            self.discard()
            return None
        return self._write(
            lambda: write_recovery(
                self.path, self.document.project, self.document.path, base_hash=self._base_hash()
            )
        )

    def _write(self, write: Callable[[], None]) -> Path | None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked():
                self._lock.tryLock(0)
            write()
        except ProjectFileError as error:
            self.failed.emit(error.message.translated(translate))
            return None
        except OSError as error:
            self.failed.emit(str(error))
            return None
        self.written.emit(self.path)
        return self.path

    def _write_later(self) -> None:
        """The timers' write: the helper makes the text, :meth:`_collect` writes it."""
        from recapdesk.helper_jobs import recovery_text_json  # the renderers too: not at start

        self._idle.stop()
        self._max_wait.stop()
        if self._job.job is not None:
            self._again = True
            return
        if not self._attached or not self.document.modified:
            self.write_now()  # nothing to make: it only removes the file
            return
        original = str(self.document.path) if self.document.path else ""
        job = helper.submit(
            recovery_text_json,
            self.document.project.model_dump_json(),
            original,
            self._base_hash(),
            os.getpid(),
            inline_below=INLINE_BELOW,
        )
        self._job_generation = self._generation
        self._job.start(job)

    def _collect(self, job: helper.Job[str]) -> None:
        again, self._again = self._again, False
        if self._job_generation != self._generation or not self._attached:
            pass  # written or removed since it was asked for: this text is out of date
        elif not self.document.modified:
            self.discard()
        else:
            try:
                text = job.get()
            except Exception:  # the helper failed (killed, out of memory): write it here
                self.write_now()
            else:
                data = text.encode("utf-8")
                self._write(lambda: self._write_text(data))
        if again:
            self._write_later()

    def _write_text(self, data: bytes) -> None:
        try:
            atomic_write(self.path, data)
        except OSError as error:
            raise ProjectFileError(self.path, cannot_write(error)) from None

    def discard(self) -> None:
        """Nothing unsaved: the recovery file goes (a missing one is fine)."""
        self._idle.stop()
        self._max_wait.stop()
        self._generation += 1
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
        self._job.drop()

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
