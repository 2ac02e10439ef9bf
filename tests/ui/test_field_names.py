"""Fields named as the user knows them: the Checks panel and the undo menu agree on the row."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.ui.languages import Speak

from recapdesk.ui.commands import describe
from recapdesk.ui.field_names import field_label


def test_a_table_cell_is_named_by_section_row_and_column(qtbot: QtBot) -> None:
    assert field_label(("groups", 0, "people", 8, "name")) == "Recognition group 1, row 9, Name"
    assert describe(("groups", 0, "people", 8, "name")) == "Edit name (person 9)"
    assert field_label(("groups", 0, "people", 8)) == "Recognition group 1, row 9"
    assert field_label(("groups", 1, "heading")) == "Recognition group 2, Heading"
    assert field_label(("article", "title")) == "Article, Title"
    assert field_label(("free_sections", 1, "body")) == "Free section 2, Text"


def test_names_are_in_the_ui_language(qtbot: QtBot, speak: Speak) -> None:
    speak("zh_CN")
    assert field_label(("groups", 0, "people", 8, "name")) == "表彰组 1，第 9 行，姓名"
    assert field_label(("next_phase", "text")) == "下期预告，正文"
