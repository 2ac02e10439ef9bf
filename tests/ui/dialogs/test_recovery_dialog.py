"""The restore offer as the user sees it: project name, file and time; Restore, Discard
Changes or Keep for Later; Escape keeps the file; an unreadable file cannot be restored."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from recapdesk.store.recovery import RecoveryInfo
from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog, describe_time

NOW = datetime.datetime(2024, 5, 1, 22, 0, tzinfo=datetime.UTC)


def info(**changes: object) -> RecoveryInfo:
    base: dict[str, object] = {
        "path": Path("/data/recovery/abc.recap-recovery.toml"),
        "original": Path("/home/organizer/phase1.recap.toml"),
        "title": "kubernetes源码研习社 一期活动总结",
        "saved": NOW - datetime.timedelta(minutes=12),
    }
    base.update(changes)
    return RecoveryInfo(**base)  # type: ignore[arg-type]


def labels(dialog: RecoveryDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


@pytest.mark.parametrize(
    ("ago", "text"),
    [
        (datetime.timedelta(seconds=20), "just now"),
        (datetime.timedelta(minutes=1), "1 minute ago"),
        (datetime.timedelta(minutes=12), "12 minutes ago"),
        (datetime.timedelta(hours=5), "5 hours ago"),
        (datetime.timedelta(days=3), "3 days ago"),
    ],
)
def test_the_time_says_when_and_how_long_ago(ago: datetime.timedelta, text: str) -> None:
    saved = NOW - ago
    assert describe_time(saved, NOW) == f"{saved.astimezone():%Y-%m-%d %H:%M} ({text})"


def test_shows_project_file_and_time(qtbot: QtBot) -> None:
    dialog = RecoveryDialog(info())
    qtbot.addWidget(dialog)
    shown = labels(dialog)
    assert shown["recoveryTitle"] == "kubernetes源码研习社 一期活动总结"
    assert shown["recoveryFile"] == "/home/organizer/phase1.recap.toml"
    assert shown["recoveryTime"].endswith("ago)")
    assert "recoveryProblem" not in shown
    for button in dialog.findChildren(QPushButton):
        assert button.objectName() and button.accessibleName(), button.text()
    assert dialog.restore_button.isDefault()


def test_an_untitled_project_says_so(qtbot: QtBot) -> None:
    dialog = RecoveryDialog(info(original=None, title=""))
    qtbot.addWidget(dialog)
    shown = labels(dialog)
    assert shown["recoveryTitle"] == "(no title)"
    assert shown["recoveryFile"] == "Untitled project (never saved)"


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("restore_button", RecoveryChoice.RESTORE),
        ("discard_button", RecoveryChoice.DISCARD),
        ("keep_button", RecoveryChoice.KEEP),
    ],
)
def test_each_button_gives_its_answer(qtbot: QtBot, button: str, choice: RecoveryChoice) -> None:
    dialog = RecoveryDialog(info())
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, button).click()
    assert dialog.choice is choice
    assert not dialog.isVisible()


def test_escape_keeps_it_for_later(qtbot: QtBot) -> None:
    dialog = RecoveryDialog(info())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is RecoveryChoice.KEEP


def test_an_unreadable_file_shows_why_and_cannot_be_restored(qtbot: QtBot) -> None:
    dialog = RecoveryDialog(info(title="", problem="abc.recap-recovery.toml: not valid TOML"))
    qtbot.addWidget(dialog)
    assert labels(dialog)["recoveryProblem"] == "abc.recap-recovery.toml: not valid TOML"
    assert not dialog.restore_button.isEnabled()
    assert dialog.discard_button.isEnabled() and dialog.keep_button.isEnabled()
