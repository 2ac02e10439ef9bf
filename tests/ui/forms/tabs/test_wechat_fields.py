"""The Article tab's WeChat draft fields: typed into like every other field, one undo step per
edit, and the cover chosen as a picture beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot
from tests.publish.conftest import png
from tests.ui.forms.tabs.widgets import child, mnemonics_are_unique

from recapdesk.compose import compose
from recapdesk.publish.flow import draft_fields
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.article_tab import ArticleTab
from recapdesk.ui.forms.tabs.wechat_fields import COMMENTS_ALL, COMMENTS_FANS, COMMENTS_OFF

PNG = png(47, 20, (10, 120, 200))


def make_tab(qtbot: QtBot, document: ProjectDocument, chosen: list[Path]) -> ArticleTab:
    tab = ArticleTab(document, choose_picture=lambda _folder: chosen.pop(0) if chosen else None)
    qtbot.addWidget(tab)
    return tab


def test_typing_a_digest_and_an_author_is_one_undo_step_each(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    tab = make_tab(qtbot, document, [])
    before = compose(document.project)
    digest = child(tab, QLineEdit, "article_digest")
    author = child(tab, QLineEdit, "article_author")
    qtbot.keyClicks(digest, "Phase 1: awards and notes")
    qtbot.keyClicks(author, "CNCF SIG")

    assert document.project.article.digest == "Phase 1: awards and notes"
    assert draft_fields(document.project)["author"] == "CNCF SIG"
    assert document.undo_stack.count() == 2
    assert compose(document.project) == before  # only the draft carries them

    document.undo_stack.undo()
    assert document.project.article.author == ""
    assert author.text() == ""
    assert digest.text() == "Phase 1: awards and notes"
    document.undo_stack.undo()
    assert digest.text() == "" and document.project.article.digest == ""
    document.undo_stack.redo()
    assert digest.text() == "Phase 1: awards and notes"


def test_the_comment_box_sets_both_switches_in_one_step(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    tab = make_tab(qtbot, document, [])
    comments = child(tab, QComboBox, "article_comments")
    assert comments.currentData() == COMMENTS_OFF
    comments.setCurrentIndex(comments.findData(COMMENTS_FANS))
    fields = draft_fields(document.project)
    assert (fields["need_open_comment"], fields["only_fans_can_comment"]) == (1, 1)
    assert document.undo_stack.count() == 1
    comments.setCurrentIndex(comments.findData(COMMENTS_ALL))
    assert draft_fields(document.project)["only_fans_can_comment"] == 0
    document.undo_stack.undo()
    assert comments.currentData() == COMMENTS_FANS
    document.undo_stack.undo()
    assert comments.currentData() == COMMENTS_OFF
    assert not document.project.article.open_comments


def test_a_cover_inside_the_project_folder_is_kept_relative(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    assert document.path is not None
    inside = document.path.parent / "pictures" / "cover 1.png"
    inside.parent.mkdir()
    inside.write_bytes(PNG)
    tab = make_tab(qtbot, document, [inside])
    child(tab, QToolButton, "article_cover_browse").click()
    assert document.project.article.cover == "pictures/cover%201.png"
    assert child(tab, QLineEdit, "article_cover").text() == "pictures/cover%201.png"
    document.undo_stack.undo()
    assert document.project.article.cover == ""


def test_a_cover_from_elsewhere_is_copied_beside_the_project(
    qtbot: QtBot, document: ProjectDocument, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert document.path is not None
    outside = tmp_path_factory.mktemp("downloads") / "poster.png"
    outside.write_bytes(PNG)
    tab = make_tab(qtbot, document, [outside])
    child(tab, QToolButton, "article_cover_browse").click()
    cover = document.project.article.cover
    assert cover.startswith("k8s-source-study-phase1.assets/") and cover.endswith(".png")
    assert (document.path.parent / cover).read_bytes() == PNG
    assert outside.exists()  # the original is never moved


def test_a_finding_on_the_digest_goes_to_its_field(qtbot: QtBot, document: ProjectDocument) -> None:
    tab = make_tab(qtbot, document, [])
    assert tab.select_field(("article", "digest"))
    assert tab.select_field(("article", "fans_only_comments"))
    assert mnemonics_are_unique(tab)
