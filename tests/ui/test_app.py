"""Start-up (ui/app.py): the window's frame is on screen before the editor's modules load,
then the same window is filled, its layout and preview intact."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import delete_window
from tests.ui.probes import run_probe
from tests.ui.scripted import ScriptedDialogs
from tests.ui.xsession import START_TIMEOUT, app_log, app_on, run_x, xvfb

from recapdesk.ui import app as app_module
from recapdesk.ui.app import _FirstPaint, import_then
from recapdesk.ui.window.main_window import MainWindow


def test_the_window_module_loads_only_qt_not_the_core() -> None:
    probe = (
        "import sys, recapdesk.ui.app\n"
        "heavy = ('pydantic', 'markdown', 'css_inline', 'recapdesk.model', 'recapdesk.store',"
        " 'recapdesk.compose', 'recapdesk.render', 'recapdesk.importers', 'PySide6.QtWebEngine')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == "[]\n"


def test_the_window_modules_import_on_a_thread_and_make_no_qt_object_there() -> None:
    """Start-up imports them on a thread while the window's thread loads the preview: a Qt
    object made as a module loads would belong to that thread, which has no event loop."""
    probe = (
        "import importlib, sys, threading\n"
        "from PySide6.QtCore import QObject\n"
        "from PySide6.QtGui import QFont, QIcon, QPaintDevice\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from recapdesk.ui.app import STARTUP_MODULES\n"
        "def load():\n"
        "    for name in STARTUP_MODULES:\n"
        "        importlib.import_module(name)\n"
        "thread = threading.Thread(target=load)\n"
        "thread.start(); thread.join()\n"
        "assert all(n in sys.modules for n in STARTUP_MODULES)\n"
        "kinds = (QObject, QPaintDevice, QIcon, QFont)\n"
        "ours = [(m, mod) for m, mod in list(sys.modules.items()) if m.startswith('recapdesk')]\n"
        "print(sorted(f'{m}.{k}' for m, module in ours"
        " for k, v in vars(module).items() if isinstance(v, kinds)))\n"
    )
    result = run_probe(probe)
    assert result.stdout == "[]\n"
    assert "thread" not in result.stderr.lower(), result.stderr


def test_the_window_is_built_on_its_own_thread_once_its_modules_are_imported(
    qtbot: QtBot,
) -> None:
    built_on: list[threading.Thread] = []
    import_then(app_instance(), lambda: built_on.append(threading.current_thread()))
    qtbot.waitUntil(lambda: bool(built_on), timeout=20000)
    assert built_on == [threading.main_thread()]
    assert all(name in sys.modules for name in app_module.STARTUP_MODULES)


def test_an_import_that_fails_on_the_thread_is_reported_and_nothing_is_built(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken install: the crash handler reports the error (it hooks the window thread's
    exceptions); the window is not built on top of it."""
    monkeypatch.setattr(app_module, "STARTUP_MODULES", ("recapdesk.no_such_module",))
    built: list[bool] = []
    with qtbot.capture_exceptions() as raised:
        import_then(app_instance(), lambda: built.append(True))
        qtbot.waitUntil(lambda: bool(raised), timeout=20000)
    assert isinstance(raised[0][1], ModuleNotFoundError)
    assert "recapdesk.no_such_module" in str(raised[0][1])
    assert built == []


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def test_the_next_step_waits_until_the_frame_is_painted(qtbot: QtBot) -> None:
    frame = QWidget()
    qtbot.addWidget(frame)
    steps: list[str] = []
    painted: list[bool] = []
    _FirstPaint(frame, lambda: steps.append("build"))
    frame.paintEvent = lambda _event: painted.append(True)  # type: ignore[method-assign]
    frame.show()
    assert steps == []  # not during show(): the user would see an empty, unpainted window
    qtbot.waitUntil(lambda: steps == ["build"])
    assert painted
    frame.update()
    qtbot.wait(50)
    assert steps == ["build"]  # once


def test_a_frame_shown_first_is_filled_with_the_editor(
    qtbot: QtBot, tmp_path: Path, private_app_data: Path, example_file: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, build=False)
    try:
        window.show()
        qtbot.waitExposed(window)
        native = int(window.winId())
        assert not window.built
        assert window.windowTitle() == "recapdesk"
        assert window.menuBar().actions() == []  # no command before there is a document

        window.start_preview()  # Chromium loads the page while the rest is built
        window.build(dialogs=ScriptedDialogs(), data=private_app_data)
        assert window.built
        assert window.splitter.widget(0) is window.tabs
        assert window.splitter.widget(1) is window.preview
        assert window.preview.view is window.article_view  # the early one, not a second
        # Laid out as it will show, with no event-loop turn: menus, toolbar, Checks panel
        # and status bar shown at once (each coming a turn later laid the window, and the
        # preview's page, out again).
        assert all(part.isVisible() for part in parts_of(window))
        laid_out = window.centralWidget().geometry()
        qtbot.wait(100)
        assert window.centralWidget().geometry() == laid_out
        qtbot.waitUntil(lambda: min(window.splitter.sizes()) > 100)
        assert window.menuBar().actions()

        assert window.files.open_file(example_file)
        qtbot.waitUntil(lambda: window.preview.ready, timeout=20000)
        assert window.windowTitle().startswith(example_file.name)
        # The same native window all along: the preview's own composited child window came
        # and the main window was not recreated (which a user would see as a blink).
        assert int(window.winId()) == native
    finally:
        window.document.undo_stack.setClean()
        window.close()
        delete_window(qtbot, window)


def parts_of(window: MainWindow) -> list[QWidget]:
    toolbars = window.findChildren(QToolBar)
    assert toolbars
    return [window.menuBar(), *toolbars, window.compliance, window.statusBar()]


def test_a_frame_closed_before_it_is_filled_just_closes(qtbot: QtBot, tmp_path: Path) -> None:
    """The user may close the window in the moment between its frame and the editor."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, build=False)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert not window.isVisible()
    delete_window(qtbot, window)


@pytest.mark.slow
def test_the_real_window_appears_once_and_is_never_replaced(
    tmp_path: Path, private_app_data: Path, example_file: Path
) -> None:
    """Under X: from the first frame to the article in the preview, one and the same X
    window. Qt destroys and maps anew a window that starts compositing a web view; the
    preview's own child window spares the main window that blink."""
    with xvfb(("xdotool",), first_display=160) as display, app_on(display, example_file) as app:
        seen: list[str] = []
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            found = run_x(display, "xdotool", "search", "--onlyvisible", "--name", "recapdesk")
            seen.extend(wid for wid in found.split() if wid not in seen)
            if seen and example_file.name in run_x(display, "xdotool", "getwindowname", seen[-1]):
                break
            time.sleep(0.05)
        time.sleep(2)  # the preview's page loads and shows the article meanwhile
        found = run_x(display, "xdotool", "search", "--onlyvisible", "--name", "recapdesk")
        seen.extend(wid for wid in found.split() if wid not in seen)
        exit_code = app.poll()
    assert len(seen) == 1, (
        f"windows seen: {seen}; the app's exit code: {exit_code} (None: it ran); "
        f"its stderr ends:\n{app_log(example_file).read_text(errors='replace')[-3000:]}"
    )


def test_objects_of_a_started_window_are_left_out_of_full_collections(qtbot: QtBot) -> None:
    """A full garbage collection walking the window's objects stalled typing by ~140 ms."""
    import gc
    from types import SimpleNamespace

    from PySide6.QtCore import QObject, Signal

    from recapdesk.ui.app import freeze_after_first_render

    class Preview(QObject):
        rendered = Signal(float)

    preview = Preview()
    window = SimpleNamespace(preview=preview)
    gc.unfreeze()
    try:
        freeze_after_first_render(window)  # type: ignore[arg-type]
        assert gc.get_freeze_count() == 0  # not before the window shows its project
        preview.rendered.emit(12.0)
        frozen = gc.get_freeze_count()
        assert frozen > 0
        preview.rendered.emit(12.0)  # once: later renders do not collect again
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_the_collector_waits_until_the_window_shows_its_project_then_runs_as_usual(
    tmp_path: Path, example_file: Path
) -> None:
    """Off while start-up makes the window's long-lived objects and draws them (its first
    collection walks them all); on, with them frozen, once the preview shows the project."""
    probe = (
        "import gc, sys\n"
        "from recapdesk import cli\n"
        "import recapdesk.ui.app as app\n"
        "from PySide6.QtCore import QTimer\n"
        "seen = []\n"
        "opened = app.open_initial\n"
        "def open_initial(window, project, new_window):\n"
        "    seen.append(gc.isenabled())\n"
        "    opened(window, project, new_window)\n"
        "    QTimer.singleShot(0, lambda: seen.append(gc.isenabled()))  # drawn, not rendered\n"
        "    def rendered(_ms):\n"
        "        window.preview.rendered.disconnect(rendered)\n"
        "        def after():\n"
        "            seen.append((gc.isenabled(), gc.get_freeze_count() > 0))\n"
        "            window.close()\n"
        "        QTimer.singleShot(0, after)\n"
        "    window.preview.rendered.connect(rendered)\n"
        "app.open_initial = open_initial\n"
        "code = cli.main([sys.argv[1]])\n"
        "print(seen, gc.isenabled(), code)\n"
    )
    result = run_probe(probe, str(example_file), home=tmp_path)
    assert result.stdout.splitlines()[-1] == "[False, False, (True, True)] True 0"
