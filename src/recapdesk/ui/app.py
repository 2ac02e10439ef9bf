"""Start the editor: the QApplication, the window, and what it opens first.

The first window's frame is on screen before the editor's modules load (window/main_window.py): this
module imports only Qt and what it needs to choose the UI language; the rest is imported once
the frame has been painted, on a thread of its own, while the preview's page loads.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from recapdesk import __version__
from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.resources import resource_path
from recapdesk.ui.dialogs.crash_dialog import CrashChoice, CrashReport
from recapdesk.ui.quiet_log import install_quiet_log, uninstall_quiet_log
from recapdesk.ui.safety.crash_handler import CrashHandler
from recapdesk.ui.translations import (
    install_translators,
    set_default_locale,
    ui_language,
    warn_stale_translations,
)
from recapdesk.ui.window.main_window import MainWindow

ORGANIZATION = "recapdesk"
APPLICATION = "recapdesk"


DESKTOP_FILE_NAME = "io.github.recapdesk.Recapdesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    chromium_flags_environment()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    # QtWebEngine is imported after the application exists (once the window shows); it
    # needs this set before, as importing it first would have done.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    brand_application(app)
    return app


def brand_application(app: QApplication) -> None:
    """The window icon, and the desktop entry Wayland and Linux desktops match windows to."""
    app.setWindowIcon(QIcon(str(resource_path("icons", "recapdesk.svg"))))
    app.setDesktopFileName(DESKTOP_FILE_NAME)


def open_initial(
    window: MainWindow, project: Path | None, new_window: Callable[[], MainWindow]
) -> None:
    """Unsaved work left by a crash first; then the file given, else the last project, else
    ask: the example, a new one, or open. ``new_window`` makes a window for a second
    restored project (or for the file given, when restored work took the first window)."""
    from recapdesk.ui.dialogs.dialogs import StartChoice
    from recapdesk.ui.safety.restore import offer_recovery

    window.focus_title()
    restored = offer_recovery(window, new_window)
    if restored:
        originals = {path.resolve() for path in restored if path is not None}
        if project is not None and Path(project).resolve() not in originals:
            new_window().files.open_file(project)
        return
    if project is not None:
        if window.files.open_file(project):
            return
    else:
        last = last_project(window.settings)
        if last is not None and window.files.open_file(last):
            return
    choice = window.dialogs.choose_start()
    if choice is StartChoice.EXAMPLE:
        window.files.open_example()
    elif choice is StartChoice.OPEN:
        window.files.open_dialog()
    else:
        window.files.new_project()  # as the preferences say a new project starts (its theme)


def last_project(settings: QSettings) -> Path | None:
    """The project the last session had open, if its file is still there."""
    last = settings.value("lastProject")
    return Path(last) if isinstance(last, str) and Path(last).is_file() else None


class _FirstPaint(QObject):
    """Calls ``then`` once, in the event-loop turn after ``widget`` was first painted (so the
    user sees it before ``then`` keeps the event loop busy)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        # The widget, not its native window: Qt may replace that one as it first shows it
        # (a web view inside needs a GPU-composited window).
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


# What build() imports, heaviest first. They are imported on a thread of their own while this
# thread turns the event loop: QtWebEngine's browser side runs on this thread, so the preview's
# page loads (in Chromium's processes, on the other cores) and its window stays responsive.
# None of these modules makes a Qt object as it is imported (a test holds them to that): Qt
# objects belong to the thread that makes them.
STARTUP_MODULES = (
    "recapdesk.model",
    "recapdesk.ui.dialogs.preferences",
    "recapdesk.pipeline",
    "recapdesk.ui.document",
    "recapdesk.ui.preview.preview",
    "recapdesk.ui.window.window_parts",
    "recapdesk.ui.window.compliance_panel",
    "recapdesk.ui.safety.autosave",
)


class _StartupImports(QObject):
    """Imports :data:`STARTUP_MODULES` on a thread, then calls ``then`` on this one."""

    finished = Signal(object)  # None, or the exception an import raised

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._then = then
        # Emitted from the import thread: delivered here, through the event loop.
        self.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._run, name="recapdesk-imports", daemon=True).start()

    def _run(self) -> None:
        try:
            for name in STARTUP_MODULES:
                importlib.import_module(name)
        except BaseException as error:  # reported on the window's thread, by the crash handler
            self.finished.emit(error)
        else:
            self.finished.emit(None)

    def _finish(self, error: BaseException | None) -> None:
        self.deleteLater()
        if error is not None:
            raise error
        self._then()


def import_then(app: QApplication, then: Callable[[], None]) -> None:
    """Import the window's modules without holding up the event loop, then call ``then``."""
    _StartupImports(app, then)


def freeze_startup_objects() -> None:
    """Keep the objects of a started window out of Python's full garbage collections.

    Qt's and the editor's modules, the window and the project it opened are hundreds of
    thousands of objects that live as long as the app; a full collection walked them all,
    while typing, every few seconds: a 140 ms stall in the middle of a keystroke, long enough
    for an input tool's characters to come out wrong. Frozen, they are
    skipped; what is made later is collected as before."""
    gc.collect()
    gc.freeze()
    # Off from the start of a window's process (cli.py): turned on only now, for the first
    # collection of an uncollected start-up walks every object it made, and would do so
    # while the window is drawn.
    gc.enable()
    release_freed_memory()


def release_freed_memory() -> None:
    """Give the system back what start-up allocated and freed (the imports' and the first
    render's temporary objects, on two threads): glibc keeps the freed pages of its heaps
    in the process otherwise. Elsewhere there is nothing to do."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # another C library (musl): it has no such call
        return
    trim(0)


def freeze_after_first_render(window: MainWindow) -> None:
    """:func:`freeze_startup_objects` once the window shows its project: by then the web
    view, the article's caches and the rest of what lives as long as the window exist."""

    def freeze(_ms: float) -> None:
        window.preview.rendered.disconnect(freeze)
        freeze_startup_objects()

    window.preview.rendered.connect(freeze)


def run_app(project: Path | None) -> int:
    install_quiet_log()  # before the application: Qt's first notes come as it starts
    app = create_application()
    # The UI language is chosen before the first window: its texts are made in that language.
    warn_stale_translations()
    language = ui_language(QSettings())
    set_default_locale(language)
    install_translators(language)
    windows: list[MainWindow] = []

    def report(report: CrashReport) -> CrashChoice:
        from recapdesk.ui.dialogs.dialogs import Dialogs

        return Dialogs(app.activeWindow()).report_crash(report)

    # Installed before any window exists: an error while building one is reported too.
    crash = CrashHandler(report, app)
    crash.install()

    def new_window() -> MainWindow:
        """A second window (a second restored project): built at once."""
        window = MainWindow(QSettings())
        windows.append(window)  # kept alive here; a window has no Python owner otherwise
        crash.watch(window.autosave)
        window.show()
        QTimer.singleShot(0, window.preview.start)  # the web view follows the window
        return window

    first = MainWindow(QSettings(), build=False)
    windows.append(first)

    def fill_first() -> None:
        first.build()
        crash.watch(first.autosave)
        open_initial(first, project, new_window)
        freeze_after_first_render(first)

    def start_first() -> None:
        # Chromium loads the page while Python imports and builds the rest.
        first.start_preview(project if project is not None else last_project(first.settings))
        import_then(app, fill_first)

    _FirstPaint(first.forms_placeholder, start_first)
    first.show()
    try:
        return app.exec()
    finally:
        crash.uninstall()
        uninstall_quiet_log()
