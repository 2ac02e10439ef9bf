"""Changes to the open project file made by someone else: another editor, a ``git pull``,
a second recapdesk.

:class:`FileWatch` notices them. It watches the file and its folder, because a program that
saves atomically (recapdesk itself, most editors, git) renames a new file over the old one and
the watch on the old file dies with it; every event re-arms the watch. It compares content
hashes, not events: recapdesk's own saves produce events too, and their content is the content
it last wrote, so they are ignored without timing guesses.

:class:`FileGuard` turns that into questions for the user (through the window's Dialogs):
reload the file or keep the window's version; and before a save over a file that changed on
disk since it was read or written, whether to overwrite it. It also holds the project's lock
(project_lock.py) and warns when another recapdesk has the same file open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from recapdesk.cache_files import content_hash
from recapdesk.store import ProjectFileError, load
from recapdesk.ui.dialogs.dialogs import Dialogs, ExternalChoice
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.safety.project_lock import ProjectLock

SETTLE_MS = 200
"""Events come in bursts (temporary file written, renamed, folder changed); look once after."""


class FileWatch(QObject):
    changed_on_disk = Signal()  # the content now differs from what recapdesk last read/wrote
    removed = Signal()  # the file is gone (moved away, deleted, branch switched)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.known_hash: str | None = None  # the content recapdesk last read or wrote
        self._reported: str | None = None  # the disk content already reported
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())

    def track(self, path: Path | None) -> None:
        """Watch ``path``, whose current content is what the window shows (just opened,
        reloaded or saved)."""
        self.path = Path(path) if path is not None else None
        self.known_hash = content_hash(self.path)
        self._reported = self.known_hash
        self._arm()

    def stop(self) -> None:
        self.path = None
        self._settle.stop()
        self._arm()

    def disk_hash(self) -> str | None:
        return content_hash(self.path)

    def differs(self) -> bool:
        """True when the file on disk is not what recapdesk last read or wrote (a missing file
        does not count: writing it loses nothing)."""
        current = self.disk_hash()
        return current is not None and current != self.known_hash

    def check(self) -> None:
        """Look at the file now; report a change of content once per new content."""
        self._arm()
        if self.path is None:
            return
        current = self.disk_hash()
        if current == self._reported:
            return
        self._reported = current
        if current is None:
            self.removed.emit()
        elif current != self.known_hash:
            self.changed_on_disk.emit()

    def _arm(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        wanted = []
        if self.path is not None:
            wanted = [str(self.path.parent)] + ([str(self.path)] if self.path.exists() else [])
        stale = [p for p in watched if p not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        missing = [p for p in wanted if p not in watched]
        if missing:
            self._watcher.addPaths(missing)


class FileGuard(QObject):
    """The window's side of external changes and of the project lock."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        lock_folder: Path,
        name: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fileGuard")
        self.document = document
        self.dialogs = dialogs
        self.watch = FileWatch(self)
        self.lock = ProjectLock(lock_folder)
        self._name = name
        self._asking = False
        self._warned_lock: Path | None = None
        self.watch.changed_on_disk.connect(self._on_changed_on_disk)
        self.watch.removed.connect(self._on_removed)
        document.reset.connect(lambda: self.track(self.document.path))

    def track(self, path: Path | None) -> None:
        """The window now shows ``path`` as it is on disk (opened, reloaded, saved)."""
        self.watch.track(path)
        owner = self.lock.acquire(path)
        if owner is None or path is None:
            self._warned_lock = None  # the next time another one has it, say so again
        elif path != self._warned_lock:  # once per opening, not at every save
            self._warned_lock = path
            self.dialogs.warning(
                translate("", "Open in Another Window"),
                fill(
                    translate(
                        "",
                        "“%1” is also open in another recapdesk (process %2 on %3). Saving in "
                        "both would overwrite each other's changes: close one of them, or make "
                        "sure only one of them saves.",
                    ),
                    path.name,
                    owner.pid,
                    owner.host or translate("", "this computer"),
                ),
            )

    def set_base_hash(self, value: str) -> None:
        """The content the window's state was based on, when it is older than the file now
        on disk (a restored recovery file): a save then asks before overwriting."""
        if value:
            self.watch.known_hash = value

    def base_hash(self) -> str:
        return self.watch.known_hash or ""

    def may_write(self, path: Path) -> bool:
        """Before saving to ``path``: never overwrite newer work on disk without asking."""
        if self.watch.path is None or Path(path) != self.watch.path:
            return True
        if not self.watch.differs():
            return True
        return self.dialogs.confirm_overwrite(Path(path).name)

    def release(self) -> None:
        """The window closes."""
        self.watch.stop()
        self.lock.release()

    def _on_changed_on_disk(self) -> None:
        if self._asking:
            return  # a dialog is open; the content is checked again once it is answered
        self._asking = True
        try:
            choice = self.dialogs.ask_external_change(self._name(), self.document.modified)
        finally:
            self._asking = False
        if choice is ExternalChoice.RELOAD:
            self.reload()
        else:
            # The window's version is not what is on disk: it is unsaved work from now on.
            self.document.undo_stack.resetClean()
        self.watch.check()

    def reload(self) -> None:
        path = self.watch.path
        if path is None:
            return
        try:
            project = load(path)
        except ProjectFileError as error:
            reason = error.message.translated(translate)
            self.dialogs.error(translate("", "Cannot reload the project"), reason)
            self.document.undo_stack.resetClean()
            return
        self.document.replace_project(project, path)

    def _on_removed(self) -> None:
        # Nothing to ask: the window still has the project, and saving writes it again.
        self.document.undo_stack.resetClean()
