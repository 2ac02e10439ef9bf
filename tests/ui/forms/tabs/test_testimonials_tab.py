"""The Testimonials tab: people are added, edited, reordered and deleted as the article and
the list show them, each action one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.forms.tabs.widgets import child, mnemonics_are_unique, show

from recapdesk.compose import compose, compose_blocks
from recapdesk.model import Language, NotePlace
from recapdesk.model import TestimonialDisplay as Display
from recapdesk.model import TestimonialStyle as Style
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import INVALID_STYLE
from recapdesk.ui.forms.tabs import testimonials_tab
from recapdesk.ui.forms.tabs.testimonial_list import TestimonialListModel as PeopleModel
from recapdesk.ui.window.main_window import MainWindow

# Imported under other names: pytest would try to collect classes whose names begin with Test.
Tab = testimonials_tab.TestimonialsTab

# Showing a top-level widget on the offscreen platform logs this; it is not a defect.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


YAO = "姚沈结-爱立信-研习一期"  # person 2 of the example, as the article names him
LIANG = "梁豪-中信银行-研习一期"  # person 3
PERSON_FIELDS = [
    "testimonial_name",
    "testimonial_company",
    "testimonial_cohort",
    "testimonial_role",
    "testimonial_github",
    "testimonial_body",
]


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> Tab:
    widget = Tab(document)
    qtbot.addWidget(widget)
    return widget


def model_of(tab: Tab) -> PeopleModel:
    model = child(tab, QListView, "testimonialList").model()
    assert isinstance(model, PeopleModel)
    return model


def labels(tab: Tab) -> list[str]:
    model = model_of(tab)
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def attributions(document: ProjectDocument) -> list[str]:
    """The bullet line naming each testimonial's author, in article order."""
    (block,) = [b for b in compose_blocks(document.project) if b.key == "testimonials"]
    return [line[4:] for line in block.markdown.splitlines() if line.startswith("-   ")]


def names(document: ProjectDocument) -> list[str]:
    return [person.name for person in document.project.testimonials.people]


def click(tab: QWidget, name: str) -> None:
    button = child(tab, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    button.click()


# -- editing a person -----------------------------------------------------------------------


def test_typing_a_name_changes_the_article_and_the_list(
    qtbot: QtBot, tab: Tab, document: ProjectDocument
) -> None:
    assert YAO in attributions(document)
    tab.people.select_rows(2, 1)
    name = child(tab, QLineEdit, "testimonial_name")
    assert name.text() == "姚沈结"
    name.selectAll()
    qtbot.keyClicks(name, "Yao")

    assert document.project.testimonials.people[2].name == "Yao"
    assert "Yao-爱立信-研习一期" in attributions(document)
    assert labels(tab)[2] == "Yao-爱立信-研习一期"
    assert document.undo_stack.count() == 1

    document.undo_stack.undo()
    assert name.text() == "姚沈结"
    assert labels(tab)[2] == YAO
    assert YAO in attributions(document)


def test_detail_fields_need_exactly_one_selected_person(tab: Tab) -> None:
    def enabled() -> list[bool]:
        return [child(tab, QWidget, name).isEnabled() for name in PERSON_FIELDS]

    assert enabled() == [False] * 6
    assert not child(tab, QPushButton, "testimonialDelete").isEnabled()
    tab.people.select_rows(3, 1)
    assert enabled() == [True] * 6
    assert child(tab, QPlainTextEdit, "testimonial_body").toPlainText().startswith("我个人建议")
    tab.people.select_rows(3, 2)
    assert enabled() == [False] * 6
    assert child(tab, QLineEdit, "testimonial_name").text() == ""
    tab.people.view.clearSelection()
    assert enabled() == [False] * 6


def test_body_is_markdown_under_the_attribution(
    qtbot: QtBot, tab: Tab, document: ProjectDocument
) -> None:
    tab.people.select_rows(1, 1)  # 王冬, no text yet
    body = child(tab, QPlainTextEdit, "testimonial_body")
    qtbot.keyClicks(body, "1. read *slowly*")
    assert "-   王冬\n\n    1. read *slowly*" in compose(document.project)
    assert document.undo_stack.count() == 1


def test_an_invalid_github_id_is_marked_with_its_reason_and_kept(
    qtbot: QtBot, tab: Tab, document: ProjectDocument
) -> None:
    tab.people.select_rows(1, 1)
    github = child(tab, QLineEdit, "testimonial_github")
    problem = child(tab, QLabel, "testimonial_github_problem")
    assert not problem.isVisibleTo(tab)
    qtbot.keyClicks(github, "@wangdong")

    reason = "write the id without the leading @"
    assert document.project.testimonials.people[1].github == "@wangdong"  # kept
    assert github.styleSheet() == INVALID_STYLE
    assert github.toolTip() == reason
    assert github.accessibleDescription() == reason
    assert problem.isVisibleTo(tab)
    assert problem.text() == reason

    github.selectAll()
    qtbot.keyClicks(github, "wangdong")
    assert github.styleSheet() == ""
    assert not problem.isVisibleTo(tab)


def test_github_display_shows_ids(tab: Tab, document: ProjectDocument) -> None:
    combo = child(tab, QComboBox, "testimonials_display")
    combo.setCurrentIndex(combo.findData(Display.GITHUB))

    assert document.project.testimonials.display is Display.GITHUB
    assert attributions(document)[:4] == ["gasxia", "匿名", "Luffy110", "lianghao208"]
    # The list still tells people apart when the article shows only ids.
    assert labels(tab)[:3] == ["gasxia (金润森)", "匿名 (王冬)", "Luffy110 (姚沈结)"]
    document.undo_stack.undo()
    assert attributions(document)[2] == YAO
    assert labels(tab)[2] == YAO


def test_name_display_leaves_the_company_out(tab: Tab, document: ProjectDocument) -> None:
    combo = child(tab, QComboBox, "testimonials_display")
    assert [combo.itemData(i) for i in range(combo.count())] == [
        Display.NAME_COMPANY_COHORT,
        Display.NAME,
        Display.GITHUB,
    ]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Name, company and cohort",
        "Name and cohort (no company)",
        "GitHub id only (no names)",
    ]
    combo.setCurrentIndex(combo.findData(Display.NAME))
    assert document.project.testimonials.display is Display.NAME
    assert attributions(document)[2:4] == ["姚沈结-研习一期", "梁豪-研习一期"]
    assert "爱立信" not in "".join(attributions(document))
    document.undo_stack.undo()
    assert attributions(document)[2] == YAO


def test_the_privacy_note_is_printed_where_it_is_placed_one_step_each(
    tab: Tab, document: ProjectDocument
) -> None:
    note = child(tab, QPlainTextEdit, "testimonials_privacy_note")
    place = child(tab, QComboBox, "testimonials_privacy_note_place")
    label = next(label for label in tab.findChildren(QLabel) if label.buddy() is note)
    assert label.text() == "Privacy remar&k:"
    steps = document.undo_stack.count()
    note.setFocus()
    note.insertPlainText("应本人要求，以下按 **GitHub id** 列出。")
    markdown = compose(document.project)
    assert markdown.index("有删减和提取") < markdown.index("应本人要求") < markdown.index(YAO)
    place.setCurrentIndex(place.findData(NotePlace.AFTER))
    markdown = compose(document.project)
    assert markdown.index("刘天祥-华诺科技-研习一期") < markdown.index("应本人要求")
    assert document.undo_stack.count() == steps + 2
    document.undo_stack.undo()
    assert place.currentData() == NotePlace.BEFORE
    document.undo_stack.undo()
    assert note.toPlainText() == ""
    assert "应本人要求" not in compose(document.project)
    assert tab.select_field(("testimonials", "privacy_note"))
    assert tab.select_field(("testimonials", "privacy_note_place"))


def test_the_privacy_note_reaches_the_preview_and_the_wechat_copy(window: MainWindow) -> None:
    tab = window.form_tabs.tab(3)
    assert isinstance(tab, Tab)
    note = child(tab, QPlainTextEdit, "testimonials_privacy_note")
    note.setPlainText("应本人要求，以下按 **GitHub id** 列出。")
    display = child(tab, QComboBox, "testimonials_display")
    display.setCurrentIndex(display.findData(Display.GITHUB))
    source = window.preview.source
    window.preview.setCurrentWidget(source)
    assert "应本人要求，以下按 **GitHub id** 列出。" in source.toPlainText()
    html = window.document.pipeline.wechat_html()
    assert "应本人要求，以下按 <strong" in html and "姚沈结" not in html


def test_choosing_quote_signed_sets_each_testimonial_as_a_signed_quote(
    tab: Tab, document: ProjectDocument
) -> None:
    combo = child(tab, QComboBox, "testimonials_style")
    shown = [combo.itemText(index) for index in range(combo.count())]
    assert shown == ["Bulleted list", "Name, then quote", "Quote, signed", "Heading per person"]
    assert combo.currentText() == "Bulleted list"
    steps = document.undo_stack.count()
    combo.setCurrentIndex(combo.findText("Quote, signed"))

    assert document.project.testimonials.style is Style.SIGNED
    article = compose(document.project)
    assert ">\n> -- 姚沈结-爱立信-研习一期\n" in article
    assert "> -- 王冬" in article  # no text yet: the signature alone
    assert attributions(document) == []  # no bullets left
    assert document.undo_stack.count() == steps + 1

    document.undo_stack.undo()
    assert combo.currentText() == "Bulleted list"
    assert YAO in attributions(document)
    assert "> -- " not in compose(document.project)


def test_each_style_sets_the_names_as_the_article_shows_them(
    tab: Tab, document: ProjectDocument
) -> None:
    combo = child(tab, QComboBox, "testimonials_style")
    combo.setCurrentIndex(combo.findText("Name, then quote"))
    assert f"**{YAO}**\n\n> " in compose(document.project)
    combo.setCurrentIndex(combo.findText("Heading per person"))
    assert f"### {YAO}\n\n" in compose(document.project)
    # A style set elsewhere (a file reloaded, undo) is shown by its label.
    document.set_field(("testimonials", "style"), Style.QUOTE)
    assert combo.currentText() == "Name, then quote"


def test_labels_follow_the_article_language(tab: Tab, document: ProjectDocument) -> None:
    heading = child(tab, QLineEdit, "testimonials_heading")
    assert heading.placeholderText() == "学员感言"
    document.set_field(("article", "language"), Language.EN)
    assert labels(tab)[2] == "姚沈结, 爱立信, 研习一期"
    assert heading.placeholderText() == "Testimonials"


# -- the section ------------------------------------------------------------------------------


def test_heading_and_intro(qtbot: QtBot, tab: Tab, document: ProjectDocument) -> None:
    show_heading = child(tab, QCheckBox, "testimonials_show_heading")
    assert not show_heading.isChecked()
    show_heading.click()
    assert "## 三、学员感言" in compose(document.project)
    heading = child(tab, QLineEdit, "testimonials_heading")
    qtbot.keyClicks(heading, "They said")
    assert "## 三、They said" in compose(document.project)

    intro = child(tab, QPlainTextEdit, "testimonials_intro")
    intro.selectAll()
    qtbot.keyClicks(intro, "Collected in chat.")
    assert "Collected in chat.\n\n-   金润森" in compose(document.project)
    assert document.undo_stack.count() == 3


# -- row operations -------------------------------------------------------------------------


def test_add_selects_the_new_person_and_focuses_the_name(
    qtbot: QtBot, tab: Tab, document: ProjectDocument
) -> None:
    show(qtbot, tab)
    count = len(names(document))
    click(tab, "testimonialAdd")

    assert len(names(document)) == count + 1
    assert document.undo_stack.count() == 1
    assert tab.people.current_person() == count  # appended: nothing was selected
    name = child(tab, QLineEdit, "testimonial_name")
    assert QApplication.focusWidget() is name
    qtbot.keyClicks(name, "New Person")
    assert labels(tab)[-1] == "New Person"
    assert attributions(document)[-1] == "New Person"

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(names(document)) == count
    assert "New Person" not in compose(document.project)


def test_add_inserts_after_the_selection(tab: Tab, document: ProjectDocument) -> None:
    tab.people.select_rows(2, 1)
    click(tab, "testimonialAdd")
    assert names(document)[2:4] == ["姚沈结", ""]
    assert tab.people.current_person() == 3


def test_duplicate_is_one_step(tab: Tab, document: ProjectDocument) -> None:
    tab.people.select_rows(2, 2)
    click(tab, "testimonialDuplicate")
    assert names(document)[2:6] == ["姚沈结", "梁豪", "姚沈结", "梁豪"]
    assert tab.people.selected_rows() == [4, 5]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert names(document)[2:4] == ["姚沈结", "梁豪"]
    assert names(document)[4] == "王城"


def test_delete_several_is_one_step_and_undo_restores(tab: Tab, document: ProjectDocument) -> None:
    before = names(document)
    tab.people.select_rows(2, 2)
    click(tab, "testimonialDelete")  # no question asked

    assert names(document) == before[:2] + before[4:]
    assert YAO not in attributions(document)
    assert document.undo_stack.count() == 1
    assert tab.people.current_person() == 2  # the next person is selected
    assert child(tab, QLineEdit, "testimonial_name").text() == "王城"

    document.undo_stack.undo()
    assert names(document) == before
    assert attributions(document)[2:4] == [YAO, LIANG]


def test_delete_key_deletes_the_selection(
    qtbot: QtBot, tab: Tab, document: ProjectDocument
) -> None:
    show(qtbot, tab)
    view = child(tab, QListView, "testimonialList")
    view.setFocus()
    tab.people.select_rows(0, 1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert names(document)[0] == "王冬"


def test_move_up_and_down_one_step_each(tab: Tab, document: ProjectDocument) -> None:
    tab.people.select_rows(2, 1)
    click(tab, "testimonialMoveDown")
    assert attributions(document)[2:4] == [LIANG, YAO]
    assert tab.people.current_person() == 3  # the selection moved along
    assert child(tab, QLineEdit, "testimonial_name").text() == "姚沈结"
    click(tab, "testimonialMoveUp")
    click(tab, "testimonialMoveUp")
    assert attributions(document)[1] == YAO
    assert document.undo_stack.count() == 3

    document.undo_stack.undo()
    assert attributions(document)[2] == YAO
    assert tab.people.current_person() == 2  # undo carries the selection too
    tab.people.select_rows(0, 1)
    assert not child(tab, QPushButton, "testimonialMoveUp").isEnabled()


def test_an_edited_person_is_still_followed_when_moved(tab: Tab, document: ProjectDocument) -> None:
    # The list knows people by what they wrote: after a keystroke in a body it must know the
    # edited person by the new text, or a move would lose the selection.
    tab.people.select_rows(2, 1)
    body = child(tab, QPlainTextEdit, "testimonial_body")
    body.setPlainText(body.toPlainText() + "新加的一句。")
    model = model_of(tab)
    assert "新加的一句" not in str(model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole))
    click(tab, "testimonialMoveDown")
    assert attributions(document)[2:4] == [LIANG, YAO]
    assert tab.people.current_person() == 3
    assert body.toPlainText().endswith("新加的一句。")
    document.undo_stack.undo()  # the move
    assert tab.people.current_person() == 2
    assert body.toPlainText().endswith("新加的一句。")


def test_the_list_redraws_a_person_only_when_their_row_looks_different(
    tab: Tab, document: ProjectDocument
) -> None:
    # Any row announced as changed makes the view lay out and repaint all it shows: typing
    # past the first line of a body (the row's tooltip) must not, on every keystroke.
    model = model_of(tab)
    redrawn: list[int] = []
    model.dataChanged.connect(lambda first, _last, *_: redrawn.append(first.row()))
    body = ("testimonials", "people", 2, "body")
    document.set_field(body, "第一行\n\n后面")
    assert redrawn == [2]
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole) == "第一行"
    document.set_field(body, "第一行\n\n后面的话")
    document.set_field(body, "第一行\n\n后面的话。")
    assert redrawn == [2]
    document.set_field(body, "新的第一行\n\n后面的话。")
    assert redrawn == [2, 2]
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole) == "新的第一行"
    document.set_field(("testimonials", "people", 2, "name"), "姚")
    assert redrawn == [2, 2, 2]
    assert model.data(model.index(2, 0)).startswith("姚-")


def test_drag_and_drop_reorders_people(tab: Tab, document: ProjectDocument) -> None:
    model = model_of(tab)
    tab.people.select_rows(0, 1)
    dragged = model.mimeData([model.index(2, 0), model.index(3, 0)])

    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    assert attributions(document)[:3] == [YAO, LIANG, "金润森"]
    assert document.undo_stack.count() == 1
    assert tab.people.current_person() == 2  # 金润森 is still the one selected
    assert child(tab, QLineEdit, "testimonial_name").text() == "金润森"
    document.undo_stack.undo()
    assert attributions(document)[:3] == ["金润森", "王冬", YAO]


def test_list_model_passes_the_model_tester(
    qtmodeltester: object, tab: Tab, document: ProjectDocument
) -> None:
    model = model_of(tab)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # Then keep the tester watching while rows are added, edited, moved and deleted.
    tab.people.select_rows(1, 2)
    tab.people.move_selected(1)
    tab.people.duplicate_selected()
    tab.people.delete_selected()
    document.set_field(("testimonials", "people", 0, "name"), "Edited")
    document.set_field(("testimonials", "display"), Display.GITHUB)
    for _ in range(5):
        document.undo_stack.undo()
    assert labels(tab)[:3] == ["金润森", "王冬", YAO]


# -- selecting fields from outside ----------------------------------------------------------


def test_select_field_selects_the_person_and_focuses_the_field(qtbot: QtBot, tab: Tab) -> None:
    show(qtbot, tab)
    assert tab.select_field(("testimonials", "people", 3, "body"))
    assert tab.people.current_person() == 3
    body = child(tab, QPlainTextEdit, "testimonial_body")
    assert QApplication.focusWidget() is body
    assert body.toPlainText().startswith("我个人建议")

    assert tab.select_field(("testimonials", "people", 1, "github"))
    assert QApplication.focusWidget() is child(tab, QLineEdit, "testimonial_github")
    assert tab.select_field(("testimonials", "people", 4))
    assert QApplication.focusWidget() is child(tab, QLineEdit, "testimonial_name")
    assert tab.select_field(("testimonials", "intro"))
    assert QApplication.focusWidget() is child(tab, QPlainTextEdit, "testimonials_intro")
    assert tab.select_field(("testimonials", "people"))
    assert QApplication.focusWidget() is child(tab, QListView, "testimonialList")
    assert tab.select_field(("testimonials", "style"))
    assert QApplication.focusWidget() is child(tab, QComboBox, "testimonials_style")

    assert not tab.select_field(("article", "title"))
    assert not tab.select_field(("testimonials", "people", 99, "name"))
    assert not tab.select_field(("testimonials", "people", 0, "nonsense"))


def test_every_input_is_named_and_labelled(tab: Tab) -> None:
    names = [
        "testimonials_heading",
        "testimonials_show_heading",
        "testimonials_intro",
        "testimonials_display",
        "testimonials_privacy_note",
        "testimonials_style",
        "testimonialList",
        "testimonialAdd",
        "testimonialDelete",
        "testimonialDuplicate",
        "testimonialMoveUp",
        "testimonialMoveDown",
        *PERSON_FIELDS,
    ]
    buddies = {label.buddy() for label in tab.findChildren(QLabel) if "&" in label.text()}
    for name in names:
        widget = child(tab, QWidget, name)
        assert widget.accessibleName(), name
        if not isinstance(widget, QCheckBox | QPushButton):
            assert widget in buddies, f"{name} has no label with a mnemonic"
    place = child(tab, QComboBox, "testimonials_privacy_note_place")
    assert place.accessibleName() == "Place of the privacy note"
    assert mnemonics_are_unique(tab)
    assert tab.objectName() == "testimonialsTab"
    assert Tab.section_keys == ("testimonials",)


def test_tab_order_follows_the_form(tab: Tab) -> None:
    expected = [
        "testimonials_heading",
        "testimonials_show_heading",
        "testimonials_intro",
        "testimonials_display",
        "testimonials_privacy_note",
        "testimonials_privacy_note_place",
        "testimonials_style",
        "testimonialList",
    ]
    widget: QWidget = child(tab, QLineEdit, "testimonials_heading")
    seen: list[str] = []
    for _ in range(100):
        if widget.objectName() in expected and widget.objectName() not in seen:
            seen.append(widget.objectName())
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
    assert seen == expected


def test_the_previews_markdown_follows_the_style_and_undo(window: MainWindow) -> None:
    tab = window.form_tabs.tab(3)
    assert isinstance(tab, Tab)
    source = window.preview.source
    window.preview.setCurrentWidget(source)  # the Markdown, as View > Markdown shows it
    combo = child(tab, QComboBox, "testimonials_style")
    combo.setCurrentIndex(combo.findText("Quote, signed"))
    assert f"> -- {YAO}" in source.toPlainText()
    assert f"-   {YAO}" not in source.toPlainText()
    window.window_actions.undo.trigger()
    assert f"-   {YAO}" in source.toPlainText()
    assert combo.currentText() == "Bulleted list"


def test_the_closing_text_follows_the_testimonials_and_undoes_in_one_step(
    tab: Tab, document: ProjectDocument
) -> None:
    outro = child(tab, QPlainTextEdit, "testimonials_outro")
    assert outro.accessibleName() == "Closing text (Markdown)"
    steps = document.undo_stack.count()
    outro.setFocus()
    outro.insertPlainText("篇幅有限，就不在一一罗列。")
    markdown = compose(document.project)
    assert markdown.index("刘天祥-华诺科技-研习一期") < markdown.index("篇幅有限，就不在一一罗列。")
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert outro.toPlainText() == ""
    assert "篇幅有限" not in compose(document.project)
    assert tab.select_field(("testimonials", "outro"))


def test_signature_dash_and_rules_between_signed_quotes(
    tab: Tab, document: ProjectDocument
) -> None:
    document.set_field(("testimonials", "style"), Style.SIGNED)
    steps = document.undo_stack.count()
    dash = child(tab, QComboBox, "testimonials_signature_dash")
    dash.setCurrentIndex(dash.findText("—— before the signature"))
    assert f"> —— {YAO}\n" in compose(document.project)
    rules = child(tab, QCheckBox, "testimonials_rules")
    rules.click()
    assert f"> —— {YAO}\n\n---\n\n> " in compose(document.project)
    assert document.undo_stack.count() == steps + 2
