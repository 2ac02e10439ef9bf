"""The Next phase tab: what comes next, when, how to join, links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QPushButton, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from recapdesk.compose import compose
from recapdesk.model import Language
from recapdesk.model.validation import url_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.next_phase_tab import NextPhaseTab


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> NextPhaseTab:
    widget = NextPhaseTab(document)
    qtbot.addWidget(widget)
    return widget


def line(tab: NextPhaseTab, name: str) -> QLineEdit:
    widget = tab.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def text(tab: NextPhaseTab, name: str) -> QPlainTextEdit:
    widget = tab.findChild(QPlainTextEdit, name)
    assert widget is not None, name
    return widget


def labels(document: ProjectDocument) -> list[str]:
    return [link.label for link in document.project.next_phase.links]


def paste_three_links(tab: NextPhaseTab) -> None:
    QGuiApplication.clipboard().setText(
        "Repository\thttps://github.com/cloudnativeto/sig-k8s-source-code\n"
        "Sign-up\thttps://example.com/join\n"
        "Book\thttps://weread.qq.com/web/reader/f1e3207071eeeefaf1e138a\n"
    )
    tab.links_table.paste_button.click()


def test_typing_the_time_shows_the_section_and_undo_hides_it(
    qtbot: QtBot, tab: NextPhaseTab, document: ProjectDocument
) -> None:
    assert "二期活动预告" not in compose(document.project)  # empty sections are left out
    time = line(tab, "next_phase_time")
    steps = document.undo_stack.count()
    qtbot.keyClicks(time, "March 2021")

    assert document.project.next_phase.time == "March 2021"
    article = compose(document.project)
    assert "二期活动预告" in article
    assert "**时间**：March 2021" in article
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert document.project.next_phase.time == ""
    assert time.text() == ""
    assert "二期活动预告" not in compose(document.project)


def test_typing_text_and_how_to_join(
    qtbot: QtBot, tab: NextPhaseTab, document: ProjectDocument
) -> None:
    qtbot.keyClicks(text(tab, "next_phase_text"), "Phase two reads chapter 6.")
    how = text(tab, "next_phase_how_to_join")
    qtbot.keyClicks(how, "Open an issue.")
    article = compose(document.project)
    assert "Phase two reads chapter 6." in article
    assert "**参与方式**\n\nOpen an issue." in article

    document.undo_stack.undo()
    assert document.project.next_phase.how_to_join == ""
    assert how.toPlainText() == ""
    assert document.project.next_phase.text == "Phase two reads chapter 6."


def test_heading_placeholder_is_the_default_heading(
    tab: NextPhaseTab, document: ProjectDocument
) -> None:
    heading = line(tab, "next_phase_heading")
    assert heading.text() == "二期活动预告"
    assert heading.placeholderText() == "下期预告"
    document.set_field(("article", "language"), Language.EN)
    assert heading.placeholderText() == "What's next"


def test_paste_three_links_is_one_step_in_order(
    tab: NextPhaseTab, document: ProjectDocument
) -> None:
    steps = document.undo_stack.count()
    paste_three_links(tab)
    assert labels(document) == ["Repository", "Sign-up", "Book"]
    assert document.undo_stack.count() == steps + 1
    article = compose(document.project)
    assert article.index("[Repository]") < article.index("[Sign-up]") < article.index("[Book]")
    document.undo_stack.undo()
    assert labels(document) == []


def test_add_delete_and_move_links(tab: NextPhaseTab, document: ProjectDocument) -> None:
    paste_three_links(tab)
    editor = tab.links_table
    editor.select_rows(2, 1)
    editor.up_button.click()
    assert labels(document) == ["Repository", "Book", "Sign-up"]
    editor.delete_button.click()  # the moved row is still selected
    assert labels(document) == ["Repository", "Sign-up"]
    editor.add_button.click()
    assert len(labels(document)) == 3
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert labels(document) == ["Repository", "Book", "Sign-up"]


def test_drag_and_drop_reorders_links(tab: NextPhaseTab, document: ProjectDocument) -> None:
    paste_three_links(tab)
    model = tab.links_table.model
    model.dropMimeData(
        model.mimeData([model.index(0, 1)]), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    assert labels(document) == ["Sign-up", "Book", "Repository"]


def test_an_invalid_url_is_marked_and_kept(tab: NextPhaseTab, document: ProjectDocument) -> None:
    paste_three_links(tab)
    model = tab.links_table.model
    index = model.index(1, 1)
    assert model.setData(index, "example.com/join")  # no scheme yet: kept, marked
    assert document.project.next_phase.links[1].url == "example.com/join"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == url_problem("example.com/join")
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "](example.com/join)" not in compose(document.project)


def test_a_javascript_url_is_refused_with_its_reason(
    tab: NextPhaseTab, document: ProjectDocument
) -> None:
    paste_three_links(tab)
    model = tab.links_table.model
    assert not model.setData(model.index(1, 1), "javascript:alert(1)")
    assert document.project.next_phase.links[1].url == "https://example.com/join"
    refused = tab.links_table.refused
    assert refused.isVisibleTo(tab)
    assert "“javascript:” links are refused" in refused.text()
    assert "javascript:" not in compose(document.project)


def test_links_model_passes_the_model_tester(tab: NextPhaseTab, qtmodeltester: ModelTester) -> None:
    paste_three_links(tab)
    qtmodeltester.check(tab.links_table.model)


def test_select_field(tab: NextPhaseTab) -> None:
    paste_three_links(tab)
    assert tab.select_field(("next_phase", "links", 2, "url"))
    view = tab.links_table.view
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)
    assert tab.focusWidget() is view
    assert tab.select_field(("next_phase", "time"))
    assert tab.focusWidget() is line(tab, "next_phase_time")
    assert tab.select_field(("next_phase",))
    assert tab.focusWidget() is line(tab, "next_phase_heading")
    assert not tab.select_field(("groups", 0, "intro"))
    assert not tab.select_field(("next_phase", "links", 3))


def test_controls_are_named(tab: NextPhaseTab) -> None:
    assert tab.objectName() == "nextPhaseTab"
    assert NextPhaseTab.section_keys == ("next_phase",)
    assert tab.findChild(QTableView, "nextPhaseLinksTable") is tab.links_table.view
    for kind in (QLineEdit, QPlainTextEdit, QCheckBox, QPushButton, QTableView):
        for widget in tab.findChildren(kind):
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
