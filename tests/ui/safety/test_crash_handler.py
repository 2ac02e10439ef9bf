"""An uncaught exception writes the recovery file first, then tells the user what happened
and where their work is; the window stays usable, and quitting keeps the recovery file."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from tests.ui.scripted import ScriptedDialogs

import recapdesk.ui.safety.autosave
from recapdesk.store.recovery import read_recovery
from recapdesk.ui.dialogs.crash_dialog import CrashChoice, CrashDialog, CrashReport
from recapdesk.ui.safety.crash_handler import EXIT_AFTER_CRASH, CrashHandler
from recapdesk.ui.window.main_window import MainWindow

Install = Callable[[Callable[[CrashReport], CrashChoice]], CrashHandler]


@pytest.fixture
def install(window: MainWindow) -> Iterator[Install]:
    """Install a handler as run_app does, showing its reports with ``report``. pytest-qt has
    its own hook around each test (to fail tests on errors in Qt callbacks); ours replaces it
    for the test and gives it back."""
    installed: list[CrashHandler] = []

    def make(report: Callable[[CrashReport], CrashChoice]) -> CrashHandler:
        crash = CrashHandler(report)
        crash.watch(window.autosave)
        crash.install()
        installed.append(crash)
        return crash

    yield make
    for crash in reversed(installed):
        crash.uninstall()


@pytest.fixture
def handler(install: Install, dialogs: ScriptedDialogs) -> CrashHandler:
    return install(dialogs.report_crash)


def fail_in_the_event_loop(qtbot: QtBot, dialogs: ScriptedDialogs) -> None:
    def broken_slot() -> None:
        print(1 / 0)

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(dialogs.reports), timeout=5000)


def test_the_work_is_written_before_the_dialog_shows(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, install: Install
) -> None:
    window.document.set_field(("article", "title"), "Typed just before the crash")
    seen_at_report: list[str] = []

    def report(crash: CrashReport) -> CrashChoice:
        # What is on disk at the moment the user reads the dialog.
        [path] = crash.recovery_files
        seen_at_report.append(read_recovery(path)[1].article.title)
        return dialogs.report_crash(crash)

    install(report)
    dialogs.crash.append(CrashChoice.CONTINUE)
    fail_in_the_event_loop(qtbot, dialogs)
    assert seen_at_report == ["Typed just before the crash"]
    [crash] = dialogs.reports
    assert crash.error == "ZeroDivisionError: division by zero"
    assert "broken_slot" in crash.traceback and crash.traceback.startswith("Traceback")
    assert crash.recovery_files == [window.autosave.path]


def test_keep_working_leaves_a_usable_window(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, handler: CrashHandler
) -> None:
    window.document.set_field(("article", "title"), "Before")
    dialogs.crash.append(CrashChoice.CONTINUE)
    fail_in_the_event_loop(qtbot, dialogs)
    window.document.set_field(("article", "title"), "After")
    assert window.document.project.article.title == "After"
    assert window.files.save()
    assert not window.autosave.path.exists()  # saved: nothing left to recover


def test_quit_exits_without_removing_the_recovery_file(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: ScriptedDialogs,
    handler: CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    window.document.set_field(("article", "title"), "Quit after the crash")
    dialogs.crash.append(CrashChoice.QUIT)
    fail_in_the_event_loop(qtbot, dialogs)
    assert exits == [EXIT_AFTER_CRASH]
    assert read_recovery(window.autosave.path)[1].article.title == "Quit after the crash"


def test_nothing_unsaved_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, handler: CrashHandler
) -> None:
    dialogs.crash.append(CrashChoice.CONTINUE)
    fail_in_the_event_loop(qtbot, dialogs)
    assert dialogs.reports[0].recovery_files == []
    assert not window.autosave.path.exists()


def test_an_error_from_a_window_action_is_reported(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: ScriptedDialogs,
    handler: CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the real menu action: PySide hands the slot's exception to sys.excepthook."""

    def broken_compose(*_args: object) -> str:
        raise RuntimeError("compose broke")

    monkeypatch.setattr("recapdesk.pipeline.ArticlePipeline.markdown", broken_compose)
    window.document.set_field(("article", "title"), "Unsaved")
    dialogs.crash.append(CrashChoice.CONTINUE)
    window.window_actions.copy_markdown.trigger()
    assert [r.error for r in dialogs.reports] == ["RuntimeError: compose broke"]
    assert dialogs.reports[0].recovery_files == [window.autosave.path]


def test_a_worker_thread_error_is_reported_in_the_window_thread(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, install: Install
) -> None:
    threads: list[threading.Thread] = []

    def report(crash: CrashReport) -> CrashChoice:
        threads.append(threading.current_thread())
        return dialogs.report_crash(crash)

    install(report)
    window.document.set_field(("article", "title"), "From a thread")
    dialogs.crash.append(CrashChoice.CONTINUE)
    worker = threading.Thread(target=lambda: [][1], name="importer")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.reports), timeout=5000)
    assert threads == [threading.main_thread()]
    assert dialogs.reports[0].error == "IndexError: list index out of range"
    assert read_recovery(window.autosave.path)[1].article.title == "From a thread"


def test_when_the_state_cannot_be_written_the_earlier_autosave_is_named(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: ScriptedDialogs,
    handler: CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.autosave.idle_ms = 50
    with qtbot.waitSignal(window.autosave.written, timeout=5000):
        window.document.set_field(("article", "title"), "Autosaved earlier")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("the model is half-changed")

    monkeypatch.setattr(recapdesk.ui.safety.autosave, "write_recovery", broken)
    window.document.set_field(("article", "title"), "Typed after")
    dialogs.crash.append(CrashChoice.CONTINUE)
    fail_in_the_event_loop(qtbot, dialogs)
    [crash] = dialogs.reports
    assert crash.recovery_files == [window.autosave.path]
    assert crash.problems == ["ValueError: the model is half-changed"]
    assert read_recovery(window.autosave.path)[1].article.title == "Autosaved earlier"


def test_a_failing_dialog_does_not_loop(
    qtbot: QtBot,
    window: MainWindow,
    install: Install,
    capsys: pytest.CaptureFixture[str],
) -> None:
    calls: list[CrashReport] = []

    def broken_dialog(crash: CrashReport) -> CrashChoice:
        calls.append(crash)
        raise RuntimeError("no display")

    handler = install(broken_dialog)
    handler.handle(ZeroDivisionError, ZeroDivisionError("division by zero"), None)
    assert len(calls) == 1
    err = capsys.readouterr().err
    assert "ZeroDivisionError: division by zero" in err and "RuntimeError: no display" in err


def test_install_and_uninstall_restore_the_previous_hooks(window: MainWindow) -> None:
    before = (sys.excepthook, threading.excepthook)
    crash = CrashHandler(lambda _report: CrashChoice.CONTINUE)
    crash.install()
    assert sys.excepthook == crash.handle
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_dialog_shows_the_error_the_file_and_the_traceback_on_request(
    qtbot: QtBot, tmp_path: Path
) -> None:
    report = CrashReport(
        error="ZeroDivisionError: division by zero",
        traceback='Traceback (most recent call last):\n  File "x.py", line 1\nZeroDivisionError',
        recovery_files=[tmp_path / "abc.recap-recovery.toml"],
    )
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(button.text() for button in dialog.findChildren(QPushButton))
    assert "Keep Working" in texts and "Quit" in texts
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["crashError"] == "ZeroDivisionError: division by zero"
    assert str(tmp_path / "abc.recap-recovery.toml") in labels["crashRecovery"]
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText() == report.traceback
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("ZeroDivisionError: division by zero")
    dialog.quit_button.click()
    assert dialog.choice is CrashChoice.QUIT
