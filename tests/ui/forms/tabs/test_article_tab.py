"""The Article tab: what a user sees in the article after editing the head and the section
order, and what undo gives back."""

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

from recapdesk.compose import compose
from recapdesk.model import Language, Numbering
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.article_tab import ArticleTab, outline_items
from recapdesk.ui.forms.tabs.section_order import SectionOrderModel

# Showing a top-level widget on the offscreen platform logs this; it is not a defect.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


EXAMPLE_TITLE = "kubernetes源码研习社 一期活动总结"
# The example's section headings in article order: the testimonials continue the honorees
# section without a heading of their own, and the next phase is still empty, so left out.
EXAMPLE_HEADINGS = ["一、活动背景", "二、个人表彰和感言", "三、感恩", "四、活动照片"]


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> ArticleTab:
    widget = ArticleTab(document)
    qtbot.addWidget(widget)
    return widget


def headings(document: ProjectDocument) -> list[str]:
    return [line[3:] for line in compose(document.project).splitlines() if line.startswith("## ")]


def order_model(tab: ArticleTab) -> SectionOrderModel:
    model = child(tab, QListView, "sectionOrderList").model()
    assert isinstance(model, SectionOrderModel)
    return model


def labels(model: SectionOrderModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


# -- the head -------------------------------------------------------------------------------


def test_typing_a_title_changes_the_article_and_undoes_in_one_step(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    title = child(tab, QLineEdit, "article_title")
    assert title.text() == EXAMPLE_TITLE
    title.selectAll()
    qtbot.keyClicks(title, "Phase 2 recap")

    assert document.project.article.title == "Phase 2 recap"
    assert compose(document.project).startswith("# Phase 2 recap\n")
    assert document.undo_stack.count() == 1  # a dozen keystrokes, one step

    document.undo_stack.undo()
    assert document.project.article.title == EXAMPLE_TITLE
    assert title.text() == EXAMPLE_TITLE
    assert compose(document.project).startswith(f"# {EXAMPLE_TITLE}\n")

    document.undo_stack.redo()
    assert title.text() == "Phase 2 recap"


def test_byline_is_shown_under_the_title(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    qtbot.keyClicks(child(tab, QLineEdit, "article_byline"), "By the *committee*")
    lines = compose(document.project).splitlines()
    assert lines[2] == r"By the \*committee\*"  # user text stays literal


def test_toc_checkbox_adds_and_removes_the_marker(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    toc = child(tab, QCheckBox, "article_toc")
    assert toc.isChecked()
    assert "[toc]" in compose(document.project).splitlines()

    toc.click()
    assert "[toc]" not in compose(document.project)
    document.undo_stack.undo()
    assert "[toc]" in compose(document.project).splitlines()
    assert toc.isChecked()


@pytest.mark.parametrize(
    ("numbering", "first_heading"),
    [(Numbering.ARABIC, r"1\. 活动背景"), (Numbering.NONE, "活动背景")],
)
def test_numbering_combo_changes_heading_numbers(
    tab: ArticleTab, document: ProjectDocument, numbering: Numbering, first_heading: str
) -> None:
    combo = child(tab, QComboBox, "article_numbering")
    assert headings(document)[0] == "一、活动背景"
    combo.setCurrentIndex(combo.findData(numbering))

    assert document.project.article.numbering is numbering
    assert headings(document)[0] == first_heading
    document.undo_stack.undo()
    assert headings(document)[0] == "一、活动背景"
    assert combo.currentData() == Numbering.CHINESE


def test_language_combo_switches_default_headings_to_english(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    # The testimonials have no heading of their own: show theirs to see the default one.
    document.set_field(("testimonials", "show_heading"), True)
    assert "三、学员感言" in headings(document)
    combo = child(tab, QComboBox, "article_language")

    combo.setCurrentIndex(combo.findData(Language.EN))

    assert document.project.article.language is Language.EN
    assert "三、Testimonials" in headings(document)
    assert "Outline" in compose(document.project).splitlines()
    assert "Testimonials" in labels(order_model(tab))  # the order list follows too
    document.undo_stack.undo()
    assert "学员感言" in labels(order_model(tab))


def test_outline_is_one_item_per_line(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    outline = child(tab, QPlainTextEdit, "article_outline")
    assert outline.toPlainText() == "\n".join(document.project.article.outline)
    outline.moveCursor(outline.textCursor().MoveOperation.End)
    qtbot.keyClick(outline, Qt.Key.Key_Return)
    qtbot.keyClicks(outline, "Thanks")

    assert document.project.article.outline[-1] == "Thanks"
    assert "-   Thanks" in compose(document.project).splitlines()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert "Thanks" not in outline.toPlainText()
    assert document.project.article.outline[-1] == "二期预告"


def test_outline_items_round_trip_the_text() -> None:
    assert outline_items("") == []
    assert outline_items("a\nb\n") == ["a", "b", ""]
    assert "\n".join(outline_items("a\n\nb")) == "a\n\nb"


def test_lead_text_is_markdown_after_the_title(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    lead = child(tab, QPlainTextEdit, "article_lead")
    lead.selectAll()
    qtbot.keyClicks(lead, "**Hello** readers")
    assert document.project.article.lead == "**Hello** readers"
    assert "**Hello** readers" in compose(document.project)
    assert document.undo_stack.count() == 1


# -- the section order ------------------------------------------------------------------------


def test_order_list_shows_every_section_with_its_heading(tab: ArticleTab) -> None:
    model = order_model(tab)
    assert labels(model) == [
        "活动背景",
        "个人表彰和感言",
        "学员感言",
        "感恩",
        "二期活动预告",
        "活动照片",
    ]
    checked = [model.data(model.index(r, 0), Qt.ItemDataRole.CheckStateRole) for r in range(5)]
    assert checked == [Qt.CheckState.Checked] * 5


def test_order_list_redraws_only_rows_whose_heading_changed(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    # A redraw lays out the whole list: typing in the title, which no row shows, must not.
    model = order_model(tab)
    redrawn: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: redrawn.append((first.row(), last.row())))
    document.set_field(("article", "title"), "新标题")
    document.set_field(("article", "title"), "新标题二")
    assert redrawn == []
    document.set_field(("groups", 1, "heading"), "管委会")
    assert len(redrawn) == 1
    assert any("管委会" in label for label in labels(model))
    document.set_field(("article", "title"), "新标题三")
    assert len(redrawn) == 1


def test_move_buttons_reorder_sections_one_step_each(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    editor = tab.order_editor
    up = child(tab, QPushButton, "sectionMoveUp")
    down = child(tab, QPushButton, "sectionMoveDown")
    editor.select_row(0)
    assert not up.isEnabled()

    down.click()
    assert headings(document)[:2] == ["一、个人表彰和感言", "二、活动背景"]
    assert editor.selected_key() == "background"  # the selection moved along
    down.click()
    assert document.undo_stack.count() == 2
    up.click()
    assert headings(document)[:2] == ["一、个人表彰和感言", "二、活动背景"]

    for _ in range(3):
        document.undo_stack.undo()
    assert headings(document) == EXAMPLE_HEADINGS
    assert editor.selected_key() == "background"


def test_drag_and_drop_reorders_sections(tab: ArticleTab, document: ProjectDocument) -> None:
    model = order_model(tab)
    dragged = model.mimeData([model.index(3, 0)])  # 感恩 to the top

    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    assert headings(document) == ["一、感恩", "二、活动背景", "三、个人表彰和感言", "四、活动照片"]
    assert document.project.order[0].key == "group:committee"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert headings(document) == EXAMPLE_HEADINGS


def test_drop_from_another_list_is_refused(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    other = ArticleTab(document)
    qtbot.addWidget(other)
    foreign = order_model(other).mimeData([order_model(other).index(4, 0)])
    model = order_model(tab)
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert document.undo_stack.count() == 0


def test_unchecking_a_section_hides_it(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    view = child(tab, QListView, "sectionOrderList")
    tab.order_editor.select_row(3)  # 感恩
    qtbot.keyClick(view, Qt.Key.Key_Space)  # as a keyboard user toggles the checkbox

    assert "感恩" not in compose(document.project)
    assert headings(document) == ["一、活动背景", "二、个人表彰和感言", "三、活动照片"]
    assert document.undo_stack.count() == 1
    assert tab.order_editor.selected_key() == "group:committee"  # still on the same row

    document.undo_stack.undo()
    assert headings(document) == EXAMPLE_HEADINGS
    model = order_model(tab)
    assert model.data(model.index(3, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_section_order_model_passes_the_model_tester(
    qtmodeltester: object, tab: ArticleTab, document: ProjectDocument
) -> None:
    model = order_model(tab)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # Then keep the tester watching while rows move, hide, appear and go.
    tab.order_editor.select_row(1)
    tab.order_editor.move_selected(1)
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    tab.free_editor.add_section()
    for _ in range(3):
        document.undo_stack.undo()
    assert model.rowCount() == 6


# -- free sections ------------------------------------------------------------------------------


def test_adding_a_free_section_and_writing_it_shows_it_in_the_article(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    child(tab, QPushButton, "freeSectionAdd").click()
    assert document.undo_stack.count() == 1
    assert [s.id for s in document.project.free_sections] == ["section-1"]
    assert document.project.order[-1].key == "free:section-1"
    assert labels(order_model(tab))[-1] == "New section"
    assert tab.section_key_for_selection() == "free:section-1"

    qtbot.keyClicks(child(tab, QPlainTextEdit, "free_section_body"), "Thank you all.")
    assert headings(document)[-1] == "五、New section"  # after the example's photos
    assert compose(document.project).endswith("## 五、New section\n\nThank you all.\n")
    assert document.undo_stack.count() == 2

    document.undo_stack.undo()  # the text
    assert "New section" not in compose(document.project)  # an empty section is left out
    document.undo_stack.undo()  # the section
    assert document.project.free_sections == []
    assert labels(order_model(tab))[-1] == "活动照片"
    assert tab.section_key_for_selection() == "head"
    assert not child(tab, QPlainTextEdit, "free_section_body").isEnabled()


def test_renaming_a_free_section_follows_everywhere(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    tab.free_editor.add_section()
    tab.free_editor.body.setPlainText("Body")
    heading = child(tab, QLineEdit, "free_section_heading")
    heading.selectAll()
    qtbot.keyClicks(heading, "Thanks")

    assert headings(document)[-1] == "五、Thanks"
    assert labels(order_model(tab))[-1] == "Thanks"
    free_model = child(tab, QListView, "freeSectionList").model()
    assert free_model.data(free_model.index(0, 0)) == "Thanks"


def test_free_ids_are_fresh(tab: ArticleTab, document: ProjectDocument) -> None:
    first = tab.free_editor.add_section()
    second = tab.free_editor.add_section()
    assert (first, second) == ("section-1", "section-2")
    tab.free_editor.select_id(first)
    tab.free_editor.delete_selected()
    assert tab.free_editor.add_section() == "section-1"


def test_deleting_a_free_section_is_undone_in_one_step(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    tab.free_editor.add_section()
    tab.free_editor.body.setPlainText("Shortcomings: too few reviews.")
    tab.order_editor.select_row(0)
    tab.order_editor.move_selected(1)
    steps = document.undo_stack.count()
    before = compose(document.project)

    tab.free_editor.select_id("section-1")
    child(tab, QPushButton, "freeSectionDelete").click()  # no question asked

    assert document.undo_stack.count() == steps + 1
    assert document.project.free_sections == []
    assert all(not slot.key.startswith("free:") for slot in document.project.order)
    assert "Shortcomings" not in compose(document.project)
    document.undo_stack.undo()
    assert compose(document.project) == before
    assert tab.free_editor.select_id("section-1")
    assert tab.free_editor.body.toPlainText() == "Shortcomings: too few reviews."


def test_picking_a_free_section_in_the_order_list_opens_it(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    tab.free_editor.add_section()
    tab.free_editor.add_section()
    assert tab.section_key_for_selection() == "free:section-2"
    assert tab.order_editor.select_key("free:section-1")
    assert tab.section_key_for_selection() == "free:section-1"
    assert tab.free_editor.heading.text() == "New section"


def test_selections_survive_adding_and_undoing_free_sections(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    tab.free_editor.add_section()
    tab.free_editor.add_section()
    assert tab.order_editor.select_key("free:section-1")  # opens section-1 in the editor
    assert tab.free_editor.select_id("section-2")  # then the user picks section-2 there
    tab.free_editor.add_section()
    assert tab.order_editor.selected_key() == "free:section-1"

    document.undo_stack.undo()
    # The order list keeps its row without pulling the editor away from the user's choice.
    assert tab.order_editor.selected_key() == "free:section-1"
    assert tab.section_key_for_selection() == "free:section-2"


def test_delete_key_deletes_the_selected_free_section(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    show(qtbot, tab)
    tab.free_editor.add_section()
    view = child(tab, QListView, "freeSectionList")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert document.project.free_sections == []


# -- selecting fields from outside ------------------------------------------------------------


def test_select_field_focuses_the_widget(
    qtbot: QtBot, tab: ArticleTab, document: ProjectDocument
) -> None:
    tab.free_editor.add_section()
    tab.free_editor.add_section()
    show(qtbot, tab)

    assert tab.select_field(("article", "title"))
    assert QApplication.focusWidget() is child(tab, QLineEdit, "article_title")
    assert tab.select_field(("article", "outline", 2))
    outline = child(tab, QPlainTextEdit, "article_outline")
    assert QApplication.focusWidget() is outline
    assert outline.textCursor().blockNumber() == 2
    assert tab.select_field(("free_sections", 0, "body"))
    assert QApplication.focusWidget() is child(tab, QPlainTextEdit, "free_section_body")
    assert tab.section_key_for_selection() == "free:section-1"
    assert tab.select_field(("order",))
    assert QApplication.focusWidget() is child(tab, QListView, "sectionOrderList")

    assert not tab.select_field(("testimonials", "people", 0, "name"))
    assert not tab.select_field(("free_sections", 9, "body"))
    assert not tab.select_field(())


def test_every_input_is_named_and_labelled(tab: ArticleTab) -> None:
    names = [
        "article_title",
        "article_byline",
        "article_toc",
        "article_numbering",
        "article_language",
        "article_outline",
        "article_lead",
        "sectionOrderList",
        "sectionMoveUp",
        "sectionMoveDown",
        "freeSectionList",
        "freeSectionAdd",
        "freeSectionDelete",
        "free_section_heading",
        "free_section_body",
    ]
    buddies = {label.buddy() for label in tab.findChildren(QLabel) if "&" in label.text()}
    for name in names:
        widget = child(tab, QWidget, name)
        assert widget.accessibleName(), name
        if not isinstance(widget, QCheckBox | QPushButton):
            assert widget in buddies, f"{name} has no label with a mnemonic"
    assert mnemonics_are_unique(tab)
    assert tab.objectName() == "articleTab"
    assert ArticleTab.section_keys == ("head",)


def test_the_title_level_and_github_links_are_article_choices_with_undo(
    tab: ArticleTab, document: ProjectDocument
) -> None:
    level = child(tab, QComboBox, "article_title_level")
    assert compose(document.project).startswith(f"# {EXAMPLE_TITLE}\n")
    level.setCurrentIndex(1)
    assert compose(document.project).startswith(f"## {EXAMPLE_TITLE}\n")
    links = child(tab, QCheckBox, "article_github_links")
    assert links.isChecked()
    links.click()
    assert "https://github.com/gasxia" not in compose(document.project)
    document.undo_stack.undo()
    assert "[gasxia](https://github.com/gasxia)" in compose(document.project)
    document.undo_stack.undo()
    assert level.currentIndex() == 0
    assert compose(document.project).startswith(f"# {EXAMPLE_TITLE}\n")
    assert tab.select_field(("article", "title_level"))
