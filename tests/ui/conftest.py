"""Fixtures for the window's tests: Qt offscreen with the app's Chromium flags, and an open
document or window on a copy of the bundled example."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.support import copy_example
from tests.ui.languages import compiled_translations, speak  # noqa: F401 (fixtures)
from tests.ui.scripted import ScriptedDialogs

from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.window.main_window import MainWindow

EXAMPLE = "k8s-source-study-phase1"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The app's own flags, for the windows the tests make without create_application. The tests
# need their --disable-gpu too: with the GPU thread on, Chromium keeps logging its fallback to
# software through Qt's message handler, from a thread, while pytest-qt swaps handlers between
# tests, which crashed the test process (SIGSEGV in Chrome_InProcGpuThread). As root (CI) they
# add --no-sandbox, which Chromium needs there.
chromium_flags_environment()


def _print_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    sys.stderr.write(f"{message}\n")


# WORKAROUND: pytest-qt installs its own Qt message handler for each test and, after it, puts
# back the one it found. Were that Qt's default (None in PySide6), a Qt thread already inside
# PySide6's message callback, waiting for the GIL, would then call a NULL handler: the test
# process died with SIGSEGV ("Chrome_InProcGpuThread ... QMessageLogger::warning" in gdb).
# A Python handler installed once, before any window test, is what pytest-qt always puts back.
qInstallMessageHandler(_print_qt_message)


@pytest.fixture(scope="session", autouse=True)
def _close_qt_before_exit() -> Iterator[None]:
    """Take down what the tests left while Qt is still whole; Qt's own message handler comes
    back last, so nothing calls into Python while it shuts down.

    WORKAROUND: what a test put on the offscreen platform's clipboard (Copy for WeChat) is
    deleted during interpreter shutdown and crashes the process after the last test passed
    (the app under xcb quits cleanly): emptied first. No upstream report found yet. Then the
    windows: a web page outliving its profile into interpreter shutdown crashes it too."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        QGuiApplication.clipboard().clear()
        app.processEvents()
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    qInstallMessageHandler(None)


@pytest.fixture(autouse=True)
def private_app_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every window test gets its own application data and settings folders, so recovery
    files, project locks and settings never touch the real ones (QStandardPaths reads these
    variables at each call)."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home / "data" / "recapdesk" / "recapdesk"


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    """A writable copy of the bundled example project."""
    return copy_example(tmp_path / f"{EXAMPLE}.recap.toml")


@pytest.fixture
def document(qapp: object, example_file: Path) -> ProjectDocument:
    """The example, opened (clean undo stack)."""
    doc = ProjectDocument()
    doc.open(example_file)
    return doc


MakeWindow = Callable[..., MainWindow]


def visit_every_tab(window: MainWindow) -> MainWindow:
    """Build every form tab, as a user clicking through them does (each is built when it is
    first needed): for tests of what the whole window shows."""
    for index in range(len(window.form_tabs)):
        window.form_tabs.tab(index)
    return window


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, private_app_data: Path) -> Iterator[MakeWindow]:
    """Build real main windows answered by ScriptedDialogs, sharing one application data
    folder (as two starts of recapdesk on one computer do); all are closed and deleted after
    the test."""
    made: list[MainWindow] = []

    def make(dialogs: ScriptedDialogs | None = None) -> MainWindow:
        settings = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, dialogs=dialogs or ScriptedDialogs(), data=private_app_data)
        made.append(window)
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):  # else the test deleted it (a crash, no clean close)
            window.document.undo_stack.setClean()  # no prompt while the window closes
            window.close()
            delete_window(qtbot, window)


def delete_window(qtbot: QtBot, window: MainWindow) -> None:
    """Delete ``window`` now, as the event loop would. The web page must go before its
    profile, at the latest at application exit."""
    destroyed: list[bool] = []
    window.destroyed.connect(lambda: destroyed.append(True))
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed))


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    """The answers a test scripts for the window's dialogs (and the reports it records)."""
    return ScriptedDialogs()


@pytest.fixture
def window(make_window: MakeWindow, dialogs: ScriptedDialogs, example_file: Path) -> MainWindow:
    """A real window with a writable copy of the example open."""
    main = make_window(dialogs)
    assert main.files.open_file(example_file)
    return main
