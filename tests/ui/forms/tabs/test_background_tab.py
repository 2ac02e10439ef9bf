"""The Background tab: text, links and the phase's numbers (unknown ones stay visibly missing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QPushButton, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from recapdesk.compose import compose
from recapdesk.model import Language
from recapdesk.model.validation import url_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.background_tab import BackgroundTab, number_from_text, number_to_text

VALUE = 1  # the value column of the numbers table


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> BackgroundTab:
    widget = BackgroundTab(document)
    qtbot.addWidget(widget)
    return widget


def values(document: ProjectDocument) -> list[int | float | None]:
    return [number.value for number in document.project.background.numbers]


def test_typing_the_text_changes_the_article_in_one_undo_step(
    qtbot: QtBot, tab: BackgroundTab, document: ProjectDocument
) -> None:
    edit = tab.findChild(QPlainTextEdit, "background_text")
    assert edit is not None
    before = document.project.background.text
    steps = document.undo_stack.count()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Four weeks.")

    assert document.project.background.text == before + " Four weeks."
    assert "Four weeks." in compose(document.project)
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert document.project.background.text == before
    assert edit.toPlainText() == before


def test_heading_placeholder_follows_the_article_language(
    tab: BackgroundTab, document: ProjectDocument
) -> None:
    heading = tab.findChild(QLineEdit, "background_heading")
    assert heading is not None
    assert heading.placeholderText() == "活动背景"
    document.set_field(("article", "language"), Language.EN)
    assert heading.placeholderText() == "Background"
    document.undo_stack.undo()
    assert heading.placeholderText() == "活动背景"

    show = tab.findChild(QCheckBox, "background_show_heading")
    assert show is not None
    show.click()
    assert "## 一、活动背景" not in compose(document.project)


def test_unknown_numbers_show_a_greyed_placeholder(
    tab: BackgroundTab, document: ProjectDocument
) -> None:
    model = tab.numbers_table.model
    unknown = model.index(2, VALUE)  # 读书笔记: not in yet
    assert document.project.background.numbers[2].value is None
    assert model.data(unknown, Qt.ItemDataRole.DisplayRole) == "not known yet"
    assert model.data(unknown, Qt.ItemDataRole.EditRole) == ""
    assert isinstance(model.data(unknown, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert "读书笔记：〔待补充〕篇" in compose(document.project)


def test_number_cells_accept_whole_and_decimal_numbers_and_empty(
    tab: BackgroundTab, document: ProjectDocument
) -> None:
    model = tab.numbers_table.model
    assert model.setData(model.index(2, VALUE), "96")
    assert values(document)[2] == 96
    assert type(values(document)[2]) is int
    assert "读书笔记：96篇" in compose(document.project)

    assert model.setData(model.index(3, VALUE), " 2.5 ")
    assert values(document)[3] == 2.5

    assert model.setData(model.index(0, VALUE), "")
    assert values(document)[0] is None
    assert model.data(model.index(0, VALUE)) == "not known yet"
    assert "参与同学：〔待补充〕位" in compose(document.project)
    document.undo_stack.undo()
    assert values(document)[0] == 96


@pytest.mark.parametrize("text", ["abc", "96位", "nan", "inf", "1e999"])
def test_text_that_is_not_a_number_is_kept_as_typed_and_marked(
    tab: BackgroundTab, document: ProjectDocument, text: str
) -> None:
    model = tab.numbers_table.model
    steps = document.undo_stack.count()
    cell = model.index(1, VALUE)
    assert model.setData(cell, text)
    number = document.project.background.numbers[1]
    assert (number.value, number.value_text) == (None, text)
    assert model.data(cell) == text  # what was typed stays in the cell
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).startswith("not a number")
    assert "参与交流：〔待补充〕人" in compose(document.project)
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert values(document)[1] == 379
    assert model.data(cell) == "379"


@pytest.mark.parametrize(
    ("text", "value"), [("三百", 300), ("1,234", 1234), ("1.2万", 12000), ("一千二百", 1200)]
)
def test_common_ways_of_writing_a_number_are_read(
    tab: BackgroundTab, document: ProjectDocument, text: str, value: int
) -> None:
    model = tab.numbers_table.model
    cell = model.index(1, VALUE)
    assert model.setData(cell, "约三百")
    assert model.setData(cell, text)
    number = document.project.background.numbers[1]
    assert (number.value, number.value_text) == (value, None)
    assert model.data(cell) == str(value)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is None


def test_a_number_typed_into_the_cell_editor(
    qtbot: QtBot, tab: BackgroundTab, document: ProjectDocument
) -> None:
    view = tab.numbers_table.view
    index = view.model().index(4, VALUE)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == ""  # not the placeholder: that is only shown
    qtbot.keyClicks(editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: values(document)[4] == 12)
    assert "公众号文章：12篇" in compose(document.project)


@pytest.mark.parametrize(
    ("text", "value"),
    [("", None), ("  ", None), ("96", 96), ("-3", -3), ("2.5", 2.5), ("1e3", 1000.0)],
)
def test_number_from_text(text: str, value: float | None) -> None:
    parsed = number_from_text(text)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize(("value", "text"), [(None, ""), (96, "96"), (2.5, "2.5"), (3.0, "3")])
def test_number_to_text(value: float | None, text: str) -> None:
    assert number_to_text(value) == text


def test_paste_three_numbers_is_one_step(tab: BackgroundTab, document: ProjectDocument) -> None:
    QGuiApplication.clipboard().setText("讨论\t12\t次\n分享\t\t场\n时长\t1.5\t小时\n")
    steps = document.undo_stack.count()
    tab.numbers_table.paste_button.click()
    assert values(document)[5:] == [12, None, 1.5]
    assert document.undo_stack.count() == steps + 1
    assert "时长：1.5小时" in compose(document.project)  # no needless escape: 1.5 is no list
    document.undo_stack.undo()
    assert len(values(document)) == 5


def test_pasted_numbers_in_words_are_read_and_other_text_kept(
    tab: BackgroundTab, document: ProjectDocument
) -> None:
    QGuiApplication.clipboard().setText("讨论\t三百\t次\n分享\t约十场\t\n")
    tab.numbers_table.paste_button.click()
    pasted = document.project.background.numbers[5:]
    assert [(n.value, n.value_text) for n in pasted] == [(300, None), (None, "约十场")]


def test_an_invalid_link_is_marked_in_its_cell_and_kept(
    tab: BackgroundTab, document: ProjectDocument
) -> None:
    model = tab.links_table.model
    url = model.index(0, 1)
    assert model.setData(url, "github.com/cloudnativeto")
    assert document.project.background.links[0].url == "github.com/cloudnativeto"
    assert model.data(url, Qt.ItemDataRole.ToolTipRole) == url_problem("github.com/cloudnativeto")
    assert model.data(url, Qt.ItemDataRole.BackgroundRole) is not None
    assert "- 源码研习社Github github.com/cloudnativeto" in compose(document.project)


def test_links_rows_move_by_drag_and_drop(tab: BackgroundTab, document: ProjectDocument) -> None:
    model = tab.links_table.model
    model.dropMimeData(
        model.mimeData([model.index(1, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    assert [link.label for link in document.project.background.links] == [
        "活动的发起",
        "源码研习社Github",
    ]


def test_table_models_pass_the_model_tester(tab: BackgroundTab, qtmodeltester: ModelTester) -> None:
    for editor in (tab.links_table, tab.numbers_table):
        qtmodeltester.check(editor.model)


def test_select_field(tab: BackgroundTab) -> None:
    assert tab.select_field(("background", "numbers", 3, "value"))
    view = tab.numbers_table.view
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, VALUE)
    assert tab.numbers_table.selected_rows() == [3]
    assert tab.focusWidget() is view

    assert tab.select_field(("background", "links", 1, "url"))
    assert tab.focusWidget() is tab.links_table.view
    assert tab.select_field(("background", "text"))
    assert tab.focusWidget() is tab.findChild(QPlainTextEdit, "background_text")
    assert not tab.select_field(("next_phase", "text"))


def test_controls_are_named(tab: BackgroundTab) -> None:
    assert tab.objectName() == "backgroundTab"
    assert BackgroundTab.section_keys == ("background",)
    assert tab.findChild(QTableView, "backgroundLinksTable") is tab.links_table.view
    assert tab.findChild(QTableView, "backgroundNumbersTable") is tab.numbers_table.view
    for kind in (QLineEdit, QPlainTextEdit, QCheckBox, QPushButton, QTableView):
        for widget in tab.findChildren(kind):
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
