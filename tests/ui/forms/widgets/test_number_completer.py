"""Numbers inside sentences in the window: a number's key is edited in the Background tab,
typing ``{`` in a Markdown body offers the keys, and choosing one writes ``{key}``, which the
article shows as the number; each edit is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from tests.ui.forms.tabs.widgets import child, show

from recapdesk.compose import compose
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.background_tab import BackgroundTab
from recapdesk.ui.forms.widgets.number_completer import NumberCompleter

KEY = 3  # the key column of the numbers table

# The offscreen platform cannot size, raise or grab for a popup; a desktop can.
pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def test_a_key_typed_in_its_cell_is_one_undo_step(qtbot: QtBot, document: ProjectDocument) -> None:
    tab = BackgroundTab(document)
    qtbot.addWidget(tab)
    model = tab.numbers_table.model
    assert model.headerData(KEY, Qt.Orientation.Horizontal) == "Key"
    steps = document.undo_stack.count()
    assert model.setData(model.index(0, KEY), "participants")
    assert document.project.background.numbers[0].key == "participants"
    assert document.undo_stack.count() == steps + 1
    assert model.data(model.index(1, KEY)) == "for use in text"  # greyed placeholder
    document.undo_stack.undo()
    assert document.project.background.numbers[0].key == ""


def test_a_key_no_text_could_use_is_marked(qtbot: QtBot, document: ProjectDocument) -> None:
    tab = BackgroundTab(document)
    qtbot.addWidget(tab)
    model = tab.numbers_table.model
    model.setData(model.index(0, KEY), "two words")
    assert document.project.background.numbers[0].key == ""  # refused, old value kept
    assert not model.setData(model.index(0, KEY), "9lives")


def test_typing_a_brace_offers_the_keys_and_enter_writes_the_field(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    document.set_field(("background", "numbers", 0, "key"), "participants")
    document.set_field(("background", "numbers", 1, "key"), "people")
    tab = BackgroundTab(document)
    qtbot.addWidget(tab)
    show(qtbot, tab)
    edit = child(tab, QPlainTextEdit, "background_text")
    completer = edit.findChild(NumberCompleter)
    assert completer is not None
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    steps = document.undo_stack.count()
    edit.insertPlainText("共有")  # (QTest types ASCII only)
    qtbot.keyClicks(edit, "{pa")
    qtbot.waitUntil(completer.popup.isVisible)
    shown = [completer.completer.completionModel().index(i, 0).data() for i in range(1)]
    assert shown == ["participants  参与同学 96位"]
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert not completer.popup.isVisible()
    edit.insertPlainText("同学参与")
    assert document.project.background.text.endswith("共有{participants}同学参与")
    assert "共有96位同学参与" in compose(document.project)
    assert document.undo_stack.count() == steps + 1  # the typing and the completion: one step
    document.undo_stack.undo()
    assert "{participants}" not in document.project.background.text


def test_escape_closes_the_popup_and_keeps_what_was_typed(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    document.set_field(("background", "numbers", 0, "key"), "participants")
    tab = BackgroundTab(document)
    qtbot.addWidget(tab)
    show(qtbot, tab)
    edit = child(tab, QPlainTextEdit, "background_text")
    completer = edit.findChild(NumberCompleter)
    assert completer is not None
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, "{")
    qtbot.waitUntil(completer.popup.isVisible)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Escape)
    assert not completer.popup.isVisible()
    assert document.project.background.text.endswith("{")


def test_the_numbers_list_switch(qtbot: QtBot, document: ProjectDocument) -> None:
    tab = BackgroundTab(document)
    qtbot.addWidget(tab)
    box = child(tab, QCheckBox, "background_list_numbers")
    assert box.isChecked()
    assert "本期数据：" in compose(document.project)
    box.click()
    assert document.project.background.list_numbers is False
    assert "本期数据：" not in compose(document.project)
    document.undo_stack.undo()
    assert box.isChecked()
