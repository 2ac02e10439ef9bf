"""Opening a Markdown recap as if it were a project: the window says it is not a project and
offers to import it instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from tests.support import SEED_DRAFT
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs

from recapdesk.ui.dialogs.dialogs import Dialogs


class OfferDialogs(ScriptedDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.offers: list[bool] = []
        self.offered_names: list[str] = []
        self.confirm: list[bool] = []

    def offer_markdown_import(self, name: str) -> bool:
        self.offered_names.append(name)
        return self._answer("import instead", self.offers)

    def confirm_import(self, name: str, summary: str, details: list[str]) -> bool:
        return self._answer("confirm import", self.confirm)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "一期总结.md"
    path.write_text(SEED_DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_opening_markdown_offers_to_import_it(make_window: MakeWindow, draft: Path) -> None:
    dialogs = OfferDialogs()
    dialogs.offers.append(True)
    dialogs.confirm.append(True)
    window = make_window(dialogs)
    assert window.files.open_file(draft)
    assert dialogs.asked == ["import instead", "confirm import"]
    assert dialogs.offered_names == ["一期总结.md"]
    assert dialogs.errors == []
    assert window.document.project.article.title == "kubernetes源码研习社 一期活动总结"
    assert window.document.path is None  # an import is a new project: saving asks where


def test_declining_the_import_leaves_the_window_as_it_was(
    make_window: MakeWindow, draft: Path
) -> None:
    dialogs = OfferDialogs()
    dialogs.offers.append(False)
    window = make_window(dialogs)
    before = window.document.project
    assert not window.files.open_file(draft)
    assert dialogs.asked == ["import instead"]
    assert window.document.project is before


def test_a_text_file_is_not_a_project_and_nothing_is_offered(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    dialogs = OfferDialogs()
    window = make_window(dialogs)
    notes = tmp_path / "notes.txt"
    notes.write_text("会议记录\n", encoding="utf-8")
    assert not window.files.open_file(notes)
    assert dialogs.asked == ["error"]
    assert dialogs.errors == [
        f"{notes}: not a recapdesk project: a project file is TOML that starts with 'schema = 2'"
    ]


def test_the_real_question_names_the_file_and_imports_on_yes(qtbot: QtBot) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = box.findChild(QPushButton, "importInstead")
        assert isinstance(button, QPushButton)
        button.click()

    QTimer.singleShot(0, answer)
    assert Dialogs(None).offer_markdown_import("一期总结.md")
    assert seen and "一期总结.md" in seen[0] and "not a recapdesk project" in seen[0]
