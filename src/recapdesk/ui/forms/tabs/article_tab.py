"""The Article tab: title, byline, table of contents, heading numbering, article language,
outline and lead text; the section order; and the free sections."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import ClassVar

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recapdesk.compose import HEAD_KEY
from recapdesk.model import Language, Numbering
from recapdesk.model.paths import FieldPath
from recapdesk.model.project import FREE_PREFIX
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import Binder
from recapdesk.ui.forms.tabs.free_sections import FreeSectionsEditor
from recapdesk.ui.forms.tabs.section_order import SectionOrderEditor
from recapdesk.ui.forms.tabs.wechat_fields import ChoosePicture, CropCover, WeChatDraftFields
from recapdesk.ui.forms.widgets.form_parts import scrolling_page
from recapdesk.ui.forms.widgets.number_completer import complete_numbers

OUTLINE_PATH: FieldPath = ("article", "outline")


def outline_items(text: str) -> list[str]:
    """One outline item per line. Blank lines are kept (compose skips them) so that the text
    the user is typing, an empty last line included, comes back unchanged from the model."""
    return [] if text == "" else text.split("\n")


class ArticleTab(QWidget):
    section_keys: ClassVar[tuple[str, ...]] = (HEAD_KEY,)

    current_section_changed = Signal(str)  # see section_key_for_selection()

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        *,
        choose_picture: ChoosePicture | None = None,
        show_status: Callable[[str], None] | None = None,
        crop_cover: CropCover | None = None,
    ) -> None:
        """``choose_picture``, ``show_status``, ``crop_cover``: the window's file dialog,
        status bar and crop dialog, for the WeChat draft's cover."""
        super().__init__(parent)
        self.setObjectName("articleTab")
        self.setAccessibleName(self.tr("Article"))
        self.document = document
        content = QWidget(self)
        content.setObjectName("articleTabContent")

        self.title = self._line("article_title", self.tr("Title"), content)
        self.byline = self._line("article_byline", self.tr("Byline"), content)
        self.byline.setPlaceholderText(self.tr("Authors or organizers"))
        self.toc = QCheckBox(self.tr("Table of &contents"), content)
        self.toc.setObjectName("article_toc")
        self.toc.setAccessibleName(self.tr("Table of contents"))
        self.toc.setToolTip(self.tr("Put a [toc] marker after the title"))
        self.title_level = self._combo("article_title_level", self.tr("Title heading"), content)
        # The heading as the Markdown writes it: samples, not UI words.
        self.title_level.addItem("# " + self.tr("(level 1)"), 1)
        self.title_level.addItem("## " + self.tr("(level 2)"), 2)
        self.title_level.setToolTip(
            self.tr("Many WeChat drafts write the title as a level-2 heading, like the sections")
        )
        self.github_links = QCheckBox(self.tr("GitHub ids as links (&Q)"), content)
        self.github_links.setObjectName("article_github_links")
        self.github_links.setAccessibleName(self.tr("GitHub ids as links"))
        self.github_links.setToolTip(
            self.tr("Off: tables show GitHub ids as plain text, without a link to the profile")
        )
        self.numbering = self._combo("article_numbering", self.tr("Heading numbering"), content)
        # The choices show the article's own text, so they are samples, not UI words.
        self.numbering.addItem("一、二、三、", Numbering.CHINESE)
        self.numbering.addItem("1. 2. 3.", Numbering.ARABIC)
        self.numbering.addItem(self.tr("None"), Numbering.NONE)
        self.language = self._combo("article_language", self.tr("Article language"), content)
        # Language names as their speakers write them, whatever the UI language.
        self.language.addItem("中文", Language.ZH)
        self.language.addItem("English", Language.EN)
        self.language.setToolTip(self.tr("The language of the article's own words and headings"))
        self.outline = self._text("article_outline", self.tr("Outline"), content)
        self.outline.setPlaceholderText(self.tr("One item per line"))
        # Minimum heights make the scroll area scroll instead of squeezing the text fields.
        lines = self.outline.fontMetrics().lineSpacing()
        self.outline.setMinimumHeight(lines * 4)
        self.outline.setMaximumHeight(lines * 7)
        self.lead = self._text("article_lead", self.tr("Lead text (Markdown)"), content)
        self.lead.setMinimumHeight(lines * 8)
        self.lead.setPlaceholderText(
            self.tr("Markdown shown between the title and the first section")
        )

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Title:"), self.title, content), self.title)
        form.addRow(self._label(self.tr("&Byline:"), self.byline, content), self.byline)
        form.addRow("", self.toc)
        form.addRow(
            self._label(self.tr("Title si&ze:"), self.title_level, content), self.title_level
        )
        form.addRow("", self.github_links)
        form.addRow(
            self._label(self.tr("Heading &numbering:"), self.numbering, content), self.numbering
        )
        form.addRow(
            self._label(self.tr("Article lan&guage:"), self.language, content), self.language
        )
        form.addRow(self._label(self.tr("&Outline:"), self.outline, content), self.outline)
        form.addRow(self._label(self.tr("&Lead text:"), self.lead, content), self.lead)
        head_box = QGroupBox(self.tr("Article"), content)
        head_box.setLayout(form)

        self.wechat = WeChatDraftFields(document, content, choose_picture, show_status, crop_cover)

        self.order_editor = SectionOrderEditor(document, content)
        order_box = QGroupBox(self.tr("Sections"), content)
        QVBoxLayout(order_box).addWidget(self.order_editor)
        self.free_editor = FreeSectionsEditor(document, content)
        free_box = QGroupBox(self.tr("Free sections"), content)
        QVBoxLayout(free_box).addWidget(self.free_editor)

        column = QVBoxLayout(content)
        column.addWidget(head_box)
        column.addWidget(self.wechat)
        column.addWidget(order_box)
        column.addWidget(free_box)
        column.addStretch(1)
        self.scroll_area = scrolling_page(self, content, "articleTabScroll")

        chain: list[QWidget] = [
            self.title,
            self.byline,
            self.toc,
            self.title_level,
            self.github_links,
            self.numbering,
            self.language,
            self.outline,
            self.lead,
            *self.wechat.chain(),
            self.order_editor.view,
            self.order_editor.up_button,
            self.order_editor.down_button,
            self.free_editor.view,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

        self.binder = Binder(document, self)
        self.binder.line(self.title, ("article", "title"))
        self.binder.line(self.byline, ("article", "byline"))
        self.binder.check(self.toc, ("article", "toc"))
        self.binder.combo(self.title_level, ("article", "title_level"))
        self.binder.check(self.github_links, ("article", "github_links"))
        self.binder.combo(self.numbering, ("article", "numbering"))
        self.binder.combo(self.language, ("article", "language"))
        self.binder.text(self.lead, ("article", "lead"))
        complete_numbers(self.lead, document)
        self.outline.textChanged.connect(self._outline_edited)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._show_outline)
        self._show_outline()

        self.order_editor.current_key_changed.connect(self._order_selection_changed)
        self.free_editor.current_key_changed.connect(
            lambda _key: self.current_section_changed.emit(self.section_key_for_selection())
        )

    # -- construction helpers ---------------------------------------------------------------

    def _line(self, name: str, accessible: str, parent: QWidget) -> QLineEdit:
        widget = QLineEdit(parent)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _combo(self, name: str, accessible: str, parent: QWidget) -> QComboBox:
        widget = QComboBox(parent)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _text(self, name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
        widget = QPlainTextEdit(parent)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        # Tab moves on to the next field, as in the rest of the form; Markdown indents with spaces.
        widget.setTabChangesFocus(True)
        return widget

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    # -- the outline: a list in the model, lines in the widget ------------------------------

    def _outline_edited(self) -> None:
        items = outline_items(self.outline.toPlainText())
        if list(self.document.value(OUTLINE_PATH)) == items:
            return
        # The outline is typed like one text field: a run of keystrokes stays one undo step.
        self.document.set_field(OUTLINE_PATH, items, typing=True)

    def _show_outline(self) -> None:
        text = "\n".join(self.document.value(OUTLINE_PATH))
        if self.outline.toPlainText() == text:
            return
        position = self.outline.textCursor().position()
        with QSignalBlocker(self.outline):
            self.outline.setPlainText(text)
        cursor = self.outline.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.outline.setTextCursor(cursor)

    def _on_changed(self, changed: FieldPath) -> None:
        if OUTLINE_PATH[: len(changed)] == changed[: len(OUTLINE_PATH)]:
            self._show_outline()

    # -- selection --------------------------------------------------------------------------

    def _order_selection_changed(self, key: str) -> None:
        # Picking a free section in the order list opens it in the free-section editor.
        if key.startswith(FREE_PREFIX):
            self.free_editor.select_id(key.removeprefix(FREE_PREFIX))

    def section_key_for_selection(self) -> str:
        """``free:<id>`` of the free section being edited, else ``head``."""
        return self.free_editor.selected_key() or HEAD_KEY

    def select_field(self, path: FieldPath) -> bool:
        """Show and focus the widget of ``path``; False if the path is not this tab's."""
        widget = self._widget_for(path)
        if widget is None:
            return False
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()
        return True

    def _widget_for(self, path: FieldPath) -> QWidget | None:
        if not path:
            return None
        head, rest = path[0], path[1:]
        if head == "article":
            return self._article_widget(rest)
        if head == "order":
            if (
                rest
                and isinstance(rest[0], int)
                and 0 <= rest[0] < self.order_editor.model.rowCount()
            ):
                self.order_editor.select_row(rest[0])
            return self.order_editor.view
        if head == "free_sections":
            if not rest:
                return self.free_editor.view
            sections = self.document.project.free_sections
            if not isinstance(rest[0], int) or not 0 <= rest[0] < len(sections):
                return None
            self.free_editor.select_id(sections[rest[0]].id)
            if len(rest) > 1 and rest[1] == "body":
                return self.free_editor.body
            if len(rest) > 1 and rest[1] in ("heading", "id"):
                return self.free_editor.heading
            return self.free_editor.view
        return None

    def _article_widget(self, rest: FieldPath) -> QWidget | None:
        if not rest:
            return self.title
        widgets: dict[str | int, QWidget] = {
            "title": self.title,
            "byline": self.byline,
            "toc": self.toc,
            "title_level": self.title_level,
            "github_links": self.github_links,
            "numbering": self.numbering,
            "language": self.language,
            "outline": self.outline,
            "lead": self.lead,
        }
        widget = widgets.get(rest[0]) or self.wechat.widget_for(rest[0])
        if widget is self.outline and len(rest) > 1 and isinstance(rest[1], int):
            self._outline_cursor_to_line(rest[1])
        return widget

    def _outline_cursor_to_line(self, line: int) -> None:
        block = self.outline.document().findBlockByNumber(line)
        if block.isValid():
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            self.outline.setTextCursor(cursor)
