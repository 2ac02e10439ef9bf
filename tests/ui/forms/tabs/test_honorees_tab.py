"""The Honorees tab, as an organizer uses it: typing, undo, the tables, privacy and columns."""

from __future__ import annotations

import re
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.forms.tabs.widgets import show
from tests.ui.preview_support import run_js

from recapdesk.compose import compose
from recapdesk.model import HonoreeColumn, Language
from recapdesk.model.validation import github_id_problem, url_problem
from recapdesk.render.html import render_fragment
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import INVALID_STYLE
from recapdesk.ui.forms.tabs.honoree_columns import column_insert_position
from recapdesk.ui.forms.tabs.honorees_tab import HonoreesTab
from recapdesk.ui.forms.widgets.record_table_editor import RecordTableEditor
from recapdesk.ui.window.main_window import MainWindow

COMMITTEE = ["厉辉", "赵卫国", "金润森", "王文虎"]
FULL_HEADER = "| 序号 | 姓名 | 公司职位 | GitHub |"


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> HonoreesTab:
    widget = HonoreesTab(document)
    qtbot.addWidget(widget)
    # Not shown: showing a window under the offscreen platform logs a Qt warning; focus and
    # selection are tracked for hidden widgets too.
    widget.resize(640, 480)
    return widget


W = TypeVar("W", bound=QWidget)


def find(tab: QWidget, kind: type[W], name: str) -> W:
    widget = tab.findChild(kind, name)
    assert widget is not None, name
    return widget


def committee_names(document: ProjectDocument) -> list[str]:
    return [member.name for member in document.project.committee.members]


def select(editor: RecordTableEditor, *rows: int) -> None:
    selection = editor.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(editor.model.index(row, 0), flags)


def test_typing_the_award_title_is_one_undo_step(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    edit = find(tab, QLineEdit, "honorees_award_title")
    steps = document.undo_stack.count()
    edit.end(False)
    qtbot.keyClicks(edit, " 2021")

    assert document.project.honorees.award_title == "Kubernetes源码之星 2021"
    assert "**Kubernetes源码之星 2021**" in compose(document.project)
    assert document.undo_stack.count() == steps + 1

    document.undo_stack.undo()
    assert document.project.honorees.award_title == "Kubernetes源码之星"
    assert edit.text() == "Kubernetes源码之星"
    assert "**Kubernetes源码之星**" in compose(document.project)


def test_typing_the_intro_changes_the_article_and_undoes_in_one_step(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    edit = find(tab, QPlainTextEdit, "committee_intro")
    before = document.project.committee.intro
    steps = document.undo_stack.count()
    edit.clear()
    qtbot.keyClicks(edit, "Thanks to")
    assert document.project.committee.intro == "Thanks to"
    assert "Thanks to" in compose(document.project)
    assert document.undo_stack.count() == steps + 1  # clearing and typing: one edit

    document.undo_stack.undo()
    assert document.project.committee.intro == before
    assert edit.toPlainText() == before
    assert before in compose(document.project)


def test_heading_shows_the_language_default_and_can_be_hidden(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    heading = find(tab, QLineEdit, "honorees_heading")
    assert heading.placeholderText() == "个人表彰"
    document.set_field(("article", "language"), Language.EN)
    assert heading.placeholderText() == "Honorees"
    assert find(tab, QLineEdit, "committee_heading").placeholderText() == "Organizing committee"

    find(tab, QCheckBox, "honorees_show_heading").click()
    assert document.project.honorees.show_heading is False
    assert "个人表彰和感言" not in compose(document.project)
    document.undo_stack.undo()
    assert find(tab, QCheckBox, "honorees_show_heading").isChecked()


def test_an_invalid_award_link_is_marked_at_the_field_and_kept(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    edit = find(tab, QLineEdit, "honorees_award_url")
    qtbot.keyClicks(edit, "www.example.com")
    reason = url_problem("www.example.com")
    assert reason
    assert document.project.honorees.award_url == "www.example.com"
    assert edit.styleSheet() == INVALID_STYLE
    assert edit.toolTip() == reason
    assert find(tab, QLabel, "honorees_award_url_problem").text() == reason

    edit.clear()
    qtbot.keyClicks(edit, "https://example.com")
    assert edit.styleSheet() == ""
    assert "[Kubernetes源码之星](https://example.com)" in compose(document.project)


def test_an_invalid_github_id_typed_into_a_cell_is_marked_and_kept(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    view = tab.honorees_table.view
    model = tab.honorees_table.model
    index = model.index(0, 3)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "@gasxia")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop

    qtbot.waitUntil(lambda: document.project.honorees.people[0].github == "@gasxia")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == github_id_problem("@gasxia")
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "[@gasxia]" not in compose(document.project)  # shown literally, not as a link
    document.undo_stack.undo()
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "gasxia"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None


def test_table_models_pass_the_model_tester(tab: HonoreesTab, qtmodeltester: ModelTester) -> None:
    for editor in (tab.honorees_table, tab.committee_table):
        qtmodeltester.check(editor.model)


def test_add_row_is_one_step_after_the_selection(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    editor = tab.committee_table
    select(editor, 1)
    steps = document.undo_stack.count()
    editor.add_button.click()
    assert committee_names(document) == ["厉辉", "赵卫国", "", "金润森", "王文虎"]
    assert editor.selected_rows() == [2]
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert committee_names(document) == COMMITTEE


def test_delete_rows_is_one_step(tab: HonoreesTab, document: ProjectDocument) -> None:
    editor = tab.committee_table
    select(editor, 0, 2)
    editor.delete_button.click()
    assert committee_names(document) == ["赵卫国", "王文虎"]
    assert "厉辉" not in compose(document.project)
    document.undo_stack.undo()
    assert committee_names(document) == COMMITTEE
    assert editor.model.rowCount() == 4


def test_move_up_and_down_are_one_step_each(tab: HonoreesTab, document: ProjectDocument) -> None:
    editor = tab.committee_table
    select(editor, 2)
    editor.up_button.click()
    assert committee_names(document) == ["厉辉", "金润森", "赵卫国", "王文虎"]
    assert editor.selected_rows() == [1]
    editor.down_button.click()
    editor.down_button.click()
    assert committee_names(document) == ["厉辉", "赵卫国", "王文虎", "金润森"]
    document.undo_stack.undo()
    assert committee_names(document) == COMMITTEE
    document.undo_stack.undo()
    assert committee_names(document) == ["厉辉", "金润森", "赵卫国", "王文虎"]


def test_paste_three_spreadsheet_rows_is_one_step(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    editor = tab.committee_table
    QGuiApplication.clipboard().setText("甲\t宣传\tjia\r\n乙\t后勤\tyi\r\n丙\t财务\tbing-3\r\n")
    select(editor, 0)
    steps = document.undo_stack.count()
    editor.paste_button.click()
    assert committee_names(document) == ["厉辉", "甲", "乙", "丙", *COMMITTEE[1:]]
    assert document.project.committee.members[3].github == "bing-3"
    assert "| 乙 | 后勤 |" in compose(document.project)
    assert document.undo_stack.count() == steps + 1
    assert editor.selected_rows() == [1, 2, 3]  # the pasted rows, ready to move or delete
    document.undo_stack.undo()
    assert committee_names(document) == COMMITTEE


def test_moving_several_rows_keeps_them_selected(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    editor = tab.committee_table
    select(editor, 2, 3)
    editor.up_button.click()
    assert editor.selected_rows() == [1, 2]
    editor.up_button.click()
    assert committee_names(document) == ["金润森", "王文虎", "厉辉", "赵卫国"]
    assert editor.selected_rows() == [0, 1]


def test_pasting_five_thousand_rows_is_one_step(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    editor = tab.honorees_table
    rows = "\n".join(f"name {n}\tcompany {n}\tposition {n}\tid-{n}" for n in range(5000))
    QGuiApplication.clipboard().setText(rows)
    steps = document.undo_stack.count()
    editor.paste_button.click()
    assert editor.model.rowCount() == 4 + 5000
    assert document.project.honorees.people[4 + 4999].github == "id-4999"
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert editor.model.rowCount() == 4


def test_drag_and_drop_moves_rows(tab: HonoreesTab, document: ProjectDocument) -> None:
    model = tab.committee_table.model
    data = model.mimeData([model.index(0, 0), model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert committee_names(document) == ["赵卫国", "金润森", "厉辉", "王文虎"]
    document.undo_stack.undo()
    assert committee_names(document) == COMMITTEE


def test_privacy_switch_keeps_only_github_ids_in_the_article(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    assert FULL_HEADER in compose(document.project)
    privacy = find(tab, QCheckBox, "honorees_privacy")
    privacy.click()
    article = compose(document.project)
    assert "| 序号 | GitHub |" in article
    assert "金润森 | 云帐房" not in article
    # Name columns stay chosen but cannot be toggled while they are hidden anyway.
    assert not find(tab, QCheckBox, "honorees_column_name").isEnabled()
    assert find(tab, QCheckBox, "honorees_column_github").isEnabled()
    document.undo_stack.undo()
    assert not privacy.isChecked()
    assert FULL_HEADER in compose(document.project)
    assert find(tab, QCheckBox, "honorees_column_name").isEnabled()


def test_column_chooser_changes_the_columns_in_one_step(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    company = find(tab, QCheckBox, "honorees_column_company")
    name = find(tab, QCheckBox, "honorees_column_name")
    assert not company.isChecked()
    assert name.isChecked()

    steps = document.undo_stack.count()
    company.click()
    assert document.project.honorees.columns == [
        HonoreeColumn.INDEX,
        HonoreeColumn.NAME,
        HonoreeColumn.COMPANY,
        HonoreeColumn.AFFILIATION,
        HonoreeColumn.GITHUB,
    ]
    assert "| 序号 | 姓名 | 公司 | 公司职位 | GitHub |" in compose(document.project)
    assert document.undo_stack.count() == steps + 1

    name.click()
    assert HonoreeColumn.NAME not in document.project.honorees.columns
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert FULL_HEADER in compose(document.project)
    assert not company.isChecked()


def test_column_chooser_keeps_the_users_order(tab: HonoreesTab, document: ProjectDocument) -> None:
    own_order = [HonoreeColumn.GITHUB, HonoreeColumn.NAME, HonoreeColumn.INDEX]
    document.set_list(("honorees", "columns"), own_order)
    find(tab, QCheckBox, "honorees_column_position").click()
    columns = document.project.honorees.columns
    assert [c for c in columns if c is not HonoreeColumn.POSITION] == own_order
    assert "| GitHub | 姓名 | 序号 | 职位 |" in compose(document.project)


# -- column headings -------------------------------------------------------------------------


def header_row(document: ProjectDocument) -> str:
    """The honorees table's header row in the article's Markdown."""
    rows = [line for line in compose(document.project).splitlines() if line.startswith("| 序号")]
    assert rows, "no honorees table"
    return rows[0]


def shown_order(tab: HonoreesTab) -> list[str]:
    """The columns top to bottom as the chooser lays them out (its check boxes' texts)."""
    grid = tab.columns_editor.layout()
    assert isinstance(grid, QGridLayout)
    rows = {}
    for box in tab.columns_editor.findChildren(QCheckBox):
        row, _column, _rows, _columns = grid.getItemPosition(grid.indexOf(box))
        rows[row] = box.text()
    return [rows[row] for row in sorted(rows)]


def test_renaming_a_heading_shows_it_in_the_articles_table(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    name = find(tab, QLineEdit, "honorees_header_name")
    assert name.text() == ""
    assert name.placeholderText() == "姓名"  # the article's own word until renamed
    steps = document.undo_stack.count()
    qtbot.keyClicks(name, "Member")

    assert header_row(document) == "| 序号 | Member | 公司职位 | GitHub |"
    assert document.project.honorees.headers == ["", "Member"]  # by position, none trailing
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Edit column headings"

    document.undo_stack.undo()
    assert header_row(document) == FULL_HEADER
    assert name.text() == ""
    assert document.project.honorees.headers == []


def test_emptying_a_heading_stores_nothing_and_needs_no_undo(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    name = find(tab, QLineEdit, "honorees_header_name")
    qtbot.keyClicks(name, "Member")
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert document.project.honorees.headers == []
    assert header_row(document) == FULL_HEADER
    assert document.undo_stack.count() == 0  # typed and taken back: nothing to undo


def test_each_heading_typed_into_is_an_undo_step_of_its_own(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    qtbot.keyClicks(find(tab, QLineEdit, "honorees_header_name"), "Member")
    qtbot.keyClicks(find(tab, QLineEdit, "honorees_header_github"), "Account")
    assert header_row(document) == "| 序号 | Member | 公司职位 | Account |"
    document.undo_stack.undo()
    assert header_row(document) == "| 序号 | Member | 公司职位 | GitHub |"


def test_heading_placeholders_follow_the_article_language(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    document.set_field(("article", "language"), Language.EN)
    assert find(tab, QLineEdit, "honorees_header_name").placeholderText() == "Name"
    assert find(tab, QLineEdit, "honorees_header_index").placeholderText() == "No."


def test_moving_a_column_keeps_its_heading_in_one_step(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    qtbot.keyClicks(find(tab, QLineEdit, "honorees_header_name"), "Member")
    assert shown_order(tab)[:4] == ["No.", "Name", "Company and position", "GitHub"]
    steps = document.undo_stack.count()
    find(tab, QToolButton, "honorees_column_name_down").click()

    assert header_row(document) == "| 序号 | 公司职位 | Member | GitHub |"
    assert shown_order(tab)[:4] == ["No.", "Company and position", "Name", "GitHub"]
    assert find(tab, QLineEdit, "honorees_header_name").text() == "Member"
    assert document.undo_stack.count() == steps + 1

    document.undo_stack.undo()
    assert header_row(document) == "| 序号 | Member | 公司职位 | GitHub |"
    assert shown_order(tab)[:4] == ["No.", "Name", "Company and position", "GitHub"]
    document.undo_stack.redo()
    assert header_row(document) == "| 序号 | 公司职位 | Member | GitHub |"


def test_alt_up_moves_the_column_whose_heading_has_the_cursor(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    show(qtbot, tab)
    github = find(tab, QLineEdit, "honorees_header_github")
    github.setFocus()
    qtbot.keyClicks(github, "Account")
    qtbot.keyClick(github, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert header_row(document) == "| 序号 | 姓名 | Account | 公司职位 |"
    assert QApplication.focusWidget() is github  # the cursor moves with its column
    # Tab follows the rows as they are now shown.
    qtbot.keyClick(github, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(tab, QCheckBox, "honorees_column_affiliation")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is find(tab, QCheckBox, "honorees_column_github")
    # The label's mnemonic leads to the first row, whichever column that is now.
    find(tab, QToolButton, "honorees_column_index_down").click()
    qtbot.keyClick(github, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is find(tab, QCheckBox, "honorees_column_name")
    assert find(tab, QCheckBox, "honorees_column_name").isChecked()  # focused, not toggled


def test_removing_and_adding_columns_keeps_each_heading_with_its_column(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    qtbot.keyClicks(find(tab, QLineEdit, "honorees_header_github"), "Account")
    find(tab, QCheckBox, "honorees_column_name").click()
    assert header_row(document) == "| 序号 | 公司职位 | Account |"
    assert document.project.honorees.headers == ["", "", "Account"]
    assert not find(tab, QLineEdit, "honorees_header_name").isEnabled()

    find(tab, QCheckBox, "honorees_column_company").click()  # goes in after 序号
    assert header_row(document) == "| 序号 | 公司 | 公司职位 | Account |"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert header_row(document) == "| 序号 | 姓名 | 公司职位 | Account |"
    assert document.project.honorees.headers == ["", "", "", "Account"]


def test_a_heading_full_of_markdown_comes_out_literally(
    qtbot: QtBot, tab: HonoreesTab, document: ProjectDocument
) -> None:
    qtbot.keyClicks(find(tab, QLineEdit, "honorees_header_name"), "| ** <b>")
    assert header_row(document) == r"| 序号 | \| \*\* \<b> | 公司职位 | GitHub |"
    html = render_fragment(compose(document.project))
    headings = re.findall(r"<th[^>]*>(.*?)</th>", html)
    assert headings[:4] == ["序号", "| ** &lt;b&gt;", "公司职位", "GitHub"]


def test_with_privacy_on_only_the_shown_columns_can_be_renamed(
    tab: HonoreesTab, document: ProjectDocument
) -> None:
    find(tab, QCheckBox, "honorees_privacy").click()
    assert find(tab, QLineEdit, "honorees_header_github").isEnabled()
    assert not find(tab, QLineEdit, "honorees_header_name").isEnabled()
    assert not find(tab, QToolButton, "honorees_column_name_up").isEnabled()
    find(tab, QToolButton, "honorees_column_github_up").click()
    assert "| 序号 | GitHub |" in compose(document.project)  # past the hidden columns
    assert shown_order(tab)[:4] == ["No.", "Name", "GitHub", "Company and position"]


@pytest.mark.parametrize(
    ("columns", "new", "expected"),
    [
        ([], HonoreeColumn.NAME, 0),
        (["index", "github"], HonoreeColumn.NAME, 1),
        (["github", "name"], HonoreeColumn.COMPANY, 2),
        (["github", "name"], HonoreeColumn.INDEX, 0),
    ],
)
def test_column_insert_position(columns: list[str], new: HonoreeColumn, expected: int) -> None:
    assert column_insert_position([HonoreeColumn(c) for c in columns], new) == expected


def test_select_field_selects_the_row_and_cell(tab: HonoreesTab) -> None:
    assert tab.select_field(("honorees", "people", 2, "github"))
    view = tab.honorees_table.view
    assert tab.honorees_table.selected_rows() == [2]
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 3)
    assert tab.focusWidget() is view

    assert tab.select_field(("committee", "members", 1, "duty"))
    committee = tab.committee_table.view
    assert (committee.currentIndex().row(), committee.currentIndex().column()) == (1, 1)
    assert tab.focusWidget() is committee

    assert tab.select_field(("honorees", "award_url"))
    assert tab.focusWidget() is find(tab, QLineEdit, "honorees_award_url")
    # A column or heading by position: the row of the column at that position (1: Name).
    assert tab.select_field(("honorees", "columns", 1))
    assert tab.focusWidget() is find(tab, QCheckBox, "honorees_column_name")
    assert tab.select_field(("honorees", "headers", 1))
    assert tab.focusWidget() is find(tab, QLineEdit, "honorees_header_name")
    assert tab.select_field(("honorees", "columns"))
    assert tab.focusWidget() is find(tab, QCheckBox, "honorees_column_index")


def test_select_field_refuses_paths_of_other_tabs(tab: HonoreesTab) -> None:
    assert not tab.select_field(("background", "text"))
    assert not tab.select_field(("honorees", "people", 99, "name"))
    assert not tab.select_field(())


def test_every_control_is_named_and_reachable_by_keyboard(tab: HonoreesTab) -> None:
    assert tab.objectName() == "honoreesTab"
    assert find(tab, QTableView, "honoreesTable").accessibleName() == "Honorees"
    assert find(tab, QTableView, "committeeTable").accessibleName() == "Members"
    for kind in (QLineEdit, QPlainTextEdit, QCheckBox, QPushButton, QTableView):
        for widget in tab.findChildren(kind):
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    texts = [label.text() for label in tab.findChildren(QLabel) if "&" in label.text()]
    for label in tab.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    texts += [button.text() for button in tab.findChildren(QAbstractButton)]
    mnemonics = [match.lower() for text in texts for match in re.findall(r"&(\w)", text)]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics


def tab_order(tab: HonoreesTab, names: list[str]) -> list[str]:
    """``names`` in the order the Tab key visits them, from the first field on."""
    widget: QWidget = find(tab, QLineEdit, "honorees_heading")
    seen: list[str] = []
    for _ in range(200):
        if widget.objectName() in names and widget.objectName() not in seen:
            seen.append(widget.objectName())
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
    return seen


def test_tab_order_follows_the_form(tab: HonoreesTab) -> None:
    expected = [
        "honorees_heading",
        "honorees_show_heading",
        "honorees_intro",
        "honorees_award_title",
        "honorees_award_url",
        "honorees_privacy",
        "honorees_column_index",
        "honorees_header_index",
        "honorees_column_name",
        "honorees_header_name",
        "honoreesTable",
        "honoreesEditor_add",
        "honorees_outro",
        "committee_heading",
        "committeeTable",
        "committee_outro",
    ]
    assert tab_order(tab, expected) == expected


def test_tab_order_follows_the_columns_as_they_move(tab: HonoreesTab) -> None:
    tab.columns_editor.move_column(HonoreeColumn.INDEX, 1)
    tab.columns_editor.move_column(HonoreeColumn.GITHUB, -1)
    expected = [
        "honorees_privacy",
        "honorees_column_name",
        "honorees_column_index",
        "honorees_column_github",
        "honorees_column_affiliation",
        "honorees_column_company",
        "honorees_column_position",
        "honoreesTable",
    ]
    assert tab_order(tab, expected) == expected


def test_opening_another_project_shows_it(tab: HonoreesTab, document: ProjectDocument) -> None:
    other = document.project.model_copy(deep=True)
    other.honorees.award_title = "Star"
    other.honorees.columns = [HonoreeColumn.GITHUB]
    other.committee.members = []
    document.replace_project(other, None)
    assert find(tab, QLineEdit, "honorees_award_title").text() == "Star"
    assert not find(tab, QCheckBox, "honorees_column_name").isChecked()
    assert find(tab, QCheckBox, "honorees_column_github").isChecked()
    assert tab.committee_table.model.rowCount() == 0


def test_a_closed_tab_no_longer_follows_the_document(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    closed = HonoreesTab(document)
    closed.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(closed))
    document.set_field(("honorees", "award_title"), "Star")
    document.set_list(("committee", "members"), [])
    document.undo_stack.undo()
    assert len(document.project.committee.members) == 4


def test_the_preview_follows_renaming_moving_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.form_tabs[2]
    assert isinstance(tab, HonoreesTab)
    preview = window.preview
    preview.setCurrentWidget(preview.source)  # the Markdown, as View > Markdown shows it
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.start()

    def headings() -> list[str]:
        script = "Array.from(document.querySelectorAll('th'), h => h.textContent).join('|')"
        return str(run_js(qtbot, preview, script)).split("|")

    qtbot.keyClicks(find(tab, QLineEdit, "honorees_header_name"), "Member")
    assert "| 序号 | Member | 公司职位 | GitHub |" in preview.source.toPlainText()
    find(tab, QToolButton, "honorees_column_name_down").click()
    assert "| 序号 | 公司职位 | Member | GitHub |" in preview.source.toPlainText()
    qtbot.waitUntil(lambda: headings()[:4] == ["序号", "公司职位", "Member", "GitHub"])

    window.window_actions.undo.trigger()
    assert "| 序号 | Member | 公司职位 | GitHub |" in preview.source.toPlainText()
    window.window_actions.undo.trigger()
    assert FULL_HEADER in preview.source.toPlainText()
    qtbot.waitUntil(lambda: headings()[:4] == ["序号", "姓名", "公司职位", "GitHub"])
