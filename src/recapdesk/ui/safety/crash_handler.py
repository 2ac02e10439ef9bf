"""Uncaught exceptions: save the user's work first, then say what happened.

PySide reports an exception raised in a slot or an overridden Qt method through
``sys.excepthook`` and carries on; a worker thread's goes to ``threading.excepthook``. Both
end here: every window's unsaved state is written to its recovery file, then a dialog shows
the error, where that file is, and the traceback behind a details button. The traceback also
goes to stderr, as before. The user chooses to keep working or to quit; quitting leaves the
recovery files for the restore offer at the next start.
"""

from __future__ import annotations

import sys
import threading
import traceback
import weakref
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from recapdesk.ui.dialogs.crash_dialog import CrashChoice, CrashReport

if TYPE_CHECKING:  # installed before the editor's modules are loaded (start-up)
    from recapdesk.ui.safety.autosave import Autosaver

EXIT_AFTER_CRASH = 70  # EX_SOFTWARE: "internal software error"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashHandler(QObject):
    # A worker thread's exception, delivered to the GUI thread (queued across threads):
    # only that thread may touch the windows and show a dialog.
    _from_thread = Signal(object)

    def __init__(
        self,
        report: Callable[[CrashReport], CrashChoice],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashHandler")
        self._report = report
        self._savers: weakref.WeakSet[Autosaver] = weakref.WeakSet()
        self._handling = False
        self._previous: tuple[object, object] | None = None
        self._from_thread.connect(lambda info: self.handle(*info))

    def watch(self, saver: Autosaver) -> None:
        """Write this window's unsaved state when a crash happens."""
        self._savers.add(saver)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return  # a thread ending itself, as the default hook also ignores
        self._from_thread.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        # Always on stderr too: the terminal or the log keeps it when the dialog is gone.
        sys.__excepthook__(kind, error, tb)
        if issubclass(kind, KeyboardInterrupt):
            return
        if self._handling:
            return  # an error while reporting an error: stderr must do
        self._handling = True
        try:
            report = self._save_and_describe((kind, error, tb))
            try:
                choice = self._report(report)
            except Exception:
                # The dialog itself failed: the work is saved, stderr has the rest.
                traceback.print_exc()
                choice = CrashChoice.CONTINUE
        finally:
            self._handling = False
        if choice is CrashChoice.QUIT:
            # Not a close: the windows do not ask to save and keep their recovery files.
            QCoreApplication.exit(EXIT_AFTER_CRASH)

    def _save_and_describe(self, info: ExcInfo) -> CrashReport:
        written: list[Path] = []
        problems: list[str] = []
        for saver in list(self._savers):
            problem: list[str] = []

            def note(reason: str, problem: list[str] = problem) -> None:
                problem.append(reason)

            saver.failed.connect(note)
            try:
                path = saver.write_now()
            except Exception as failure:
                # The error may have left the model half-changed, so that it cannot even be
                # written; the earlier autosave then is the best there is.
                note(f"{type(failure).__name__}: {failure}")
                path = None
            finally:
                saver.failed.disconnect(note)
            if path is not None:
                written.append(path)
            elif problem:
                problems += problem
                if saver.path.exists():  # an earlier autosave is still there
                    written.append(saver.path)
        kind, error, tb = info
        return CrashReport(
            error="".join(traceback.format_exception_only(kind, error)).strip(),
            traceback="".join(traceback.format_exception(kind, error, tb)),
            recovery_files=written,
            problems=problems,
        )
