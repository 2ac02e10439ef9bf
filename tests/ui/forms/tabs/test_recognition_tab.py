"""The Recognition tab: any number of recognition groups, one undo step per action, the
article following every edit, the preview scrolling to the group selected."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from recapdesk.compose import compose
from recapdesk.model import GroupColumn, GroupLayout, Privacy
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab
from recapdesk.ui.window.main_window import MainWindow


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> RecognitionTab:
    widget = RecognitionTab(document)
    qtbot.addWidget(widget)
    return widget


def _combo(tab: RecognitionTab, name: str) -> QComboBox:
    widget = tab.findChild(QComboBox, name)
    assert widget is not None, name
    return widget


def _choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _ids(document: ProjectDocument) -> list[str]:
    return [group.id for group in document.project.groups]


def _keys(document: ProjectDocument) -> list[str]:
    return [slot.key for slot in document.project.order]


def test_the_example_shows_its_two_groups_honorees_first(tab: RecognitionTab) -> None:
    labels = [tab.list_model.label(g) for g in tab.document.project.groups]
    assert labels == ["个人表彰和感言", "感恩"]
    assert tab.section_key_for_selection() == "group:honorees"
    assert tab.heading.text() == "个人表彰和感言"
    assert tab.people_model.rowCount() == 4


def test_add_five_groups_each_one_undo_step_each_a_section(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument
) -> None:
    steps = document.undo_stack.count()
    names = ["Lecturers", "Volunteers", "Contributors", "SIG organizers", "City managers"]
    for name in names:
        tab.add_button.click()
        tab.heading.selectAll()  # the new group's placeholder heading is selected for typing
        qtbot.keyClicks(tab.heading, name)
        QGuiApplication.clipboard().setText(f"{name}甲\t\t\tjia\n{name}乙\t\t\tyi\n")
        tab.people_table.paste_button.click()
    # Each group: add, type the heading (one merged step), paste the rows.
    assert document.undo_stack.count() == steps + 3 * len(names)
    assert len(document.project.groups) == 7
    article = compose(document.project)
    for name in names:
        assert f"、{name}\n" in article
        assert f"{name}甲" in article and f"{name}乙" in article
    (lecturers,) = [g for g in document.project.groups if g.heading == "Lecturers"]
    assert lecturers.people[0].github == "jia"  # pasted as name, company, title, GitHub
    # Undo walks back one action at a time: the last paste, the heading, the group.
    document.undo_stack.undo()
    assert "City managers甲" not in compose(document.project)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(document.project.groups) == 6
    assert "group:group-5" not in _keys(document)


def test_a_new_group_goes_after_the_selected_one_in_the_article(
    tab: RecognitionTab, document: ProjectDocument
) -> None:
    tab.add_button.click()
    new = tab.section_key_for_selection()
    keys = _keys(document)
    assert keys.index(new) == keys.index("group:honorees") + 1
    assert _ids(document) == ["honorees", "group-1", "committee"]


def test_delete_and_move_are_one_step_each_and_move_the_section(
    tab: RecognitionTab, document: ProjectDocument
) -> None:
    before = document.project.model_copy(deep=True)
    tab.select_group("committee")
    tab.up_button.click()
    assert _ids(document) == ["committee", "honorees"]
    keys = _keys(document)
    assert keys.index("group:committee") < keys.index("group:honorees")
    assert compose(document.project).index("感恩") < compose(document.project).index("金润森")
    assert tab.section_key_for_selection() == "group:committee"  # still on the moved group
    tab.delete_button.click()
    assert _ids(document) == ["honorees"]
    assert "group:committee" not in _keys(document)
    assert "厉辉" not in compose(document.project)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project == before


def test_layout_columns_and_privacy_of_the_selected_group(
    tab: RecognitionTab, document: ProjectDocument
) -> None:
    tab.select_group("committee")
    steps = document.undo_stack.count()
    _choose(_combo(tab, "group_layout"), GroupLayout.LIST)
    assert document.project.groups[1].layout is GroupLayout.LIST
    assert "- 厉辉 · 社长 ([Miss-you](https://github.com/Miss-you))" in compose(document.project)
    box = tab.findChild(QCheckBox, "group_column_role")
    assert isinstance(box, QCheckBox) and box.isChecked()
    box.click()
    assert GroupColumn.ROLE not in document.project.groups[1].columns
    _choose(_combo(tab, "group_privacy"), Privacy.GITHUB)
    note = tab.findChild(QPlainTextEdit, "group_privacy_note")
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("应本人要求，按 GitHub id 列出。")
    assert document.undo_stack.count() == steps + 4
    article = compose(document.project)
    assert "厉辉" not in article and "Miss-you" in article and "应本人要求" in article
    assert document.project.groups[0].privacy is Privacy.NAME_COMPANY  # the other group


def test_a_finding_selects_its_group_and_row(tab: RecognitionTab) -> None:
    assert tab.select_field(("groups", 1, "people", 2, "github"))
    assert tab.section_key_for_selection() == "group:committee"
    assert tab.people_table.selected_rows() == [2]
    assert tab.select_field(("groups", 0, "award"))
    assert tab.section_key_for_selection() == "group:honorees"


def test_undo_elsewhere_keeps_the_editors_on_their_group(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument
) -> None:
    tab.select_group("committee")
    heading = tab.findChild(QLineEdit, "group_heading")
    assert heading is tab.heading
    qtbot.keyClicks(tab.heading, "!")
    tab.select_group("honorees")
    document.undo_stack.undo()
    assert document.project.groups[1].heading == "感恩"
    assert tab.heading.text() == "个人表彰和感言"


def test_the_preview_follows_the_group_selected(window: MainWindow) -> None:
    tab = window.form_tabs.tab(2)
    assert isinstance(tab, RecognitionTab)
    asked: list[str] = []
    window.preview.scroll_to = asked.append  # type: ignore[method-assign,assignment]
    tab.current_section_changed.connect(window.preview.scroll_to)
    tab.select_group("committee")
    assert asked[-1] == "group:committee"


def test_a_project_without_groups_shows_none_and_an_empty_table(tab: RecognitionTab) -> None:
    """An imported article may have no recognition group: the tab then lists none, and its
    people table, which showed the honorees, shows nothing and takes no edit."""
    project = tab.document.project.model_copy(deep=True)
    data = project.model_dump(by_alias=True)
    data["groups"] = []
    data["order"] = [s for s in data["order"] if not s["key"].startswith("group:")]
    tab.document.replace_project(type(project).model_validate(data), None)
    assert tab.list_model.rowCount() == 0
    assert tab.section_key_for_selection() == ""
    assert tab.people_model.rowCount() == 0
    assert not tab.people_table.isEnabled()


def test_sub_heading_makes_the_group_a_level_three_heading_in_one_step(
    tab: RecognitionTab, document: ProjectDocument
) -> None:
    tab.select_group("committee")
    steps = document.undo_stack.count()
    box = tab.findChild(QCheckBox, "group_sub_heading")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    box.click()
    assert document.project.group("committee").sub_heading
    assert "\n### 感恩\n" in compose(document.project)
    assert document.undo_stack.count() == steps + 1
    tab.select_group("honorees")
    assert not box.isChecked()  # the box shows the selected group's


def test_github_ids_as_at_ids_in_one_step(tab: RecognitionTab, document: ProjectDocument) -> None:
    tab.select_group("committee")
    steps = document.undo_stack.count()
    box = tab.findChild(QCheckBox, "group_github_at")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    box.click()
    assert "[@Miss-you](https://github.com/Miss-you)" in compose(document.project)
    assert document.undo_stack.count() == steps + 1
