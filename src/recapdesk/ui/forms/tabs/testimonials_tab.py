"""The Testimonials tab: the section's heading, intro, privacy (who the testimonials are
signed by: name and company, name, or GitHub id only) and its note, printed above or below
them, the style, and the people who gave testimonials (see
:mod:`recapdesk.ui.forms.tabs.testimonial_people`)."""

from __future__ import annotations

from itertools import pairwise
from typing import ClassVar

from PySide6.QtCore import Qt
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

from recapdesk.compose.words import DEFAULT_HEADINGS
from recapdesk.model import (
    BuiltinSection,
    NotePlace,
    SignatureDash,
    TestimonialDisplay,
    TestimonialStyle,
)
from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import Binder
from recapdesk.ui.forms.tabs.testimonial_list import PEOPLE_PATH
from recapdesk.ui.forms.tabs.testimonial_people import TestimonialPeopleEditor
from recapdesk.ui.forms.widgets.form_parts import scrolling_page
from recapdesk.ui.forms.widgets.number_completer import complete_numbers

SECTION = BuiltinSection.TESTIMONIALS.value
LANGUAGE_PATH: FieldPath = ("article", "language")


class TestimonialsTab(QWidget):
    section_keys: ClassVar[tuple[str, ...]] = (SECTION,)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testimonialsTab")
        self.setAccessibleName(self.tr("Testimonials"))
        self.document = document
        content = QWidget(self)
        content.setObjectName("testimonialsTabContent")

        self.heading = QLineEdit(content)
        self.heading.setObjectName("testimonials_heading")
        self.heading.setAccessibleName(self.tr("Section heading"))
        self.show_heading = QCheckBox(self.tr("&Show heading"), content)
        self.show_heading.setObjectName("testimonials_show_heading")
        self.show_heading.setAccessibleName(self.tr("Show heading"))
        self.show_heading.setToolTip(
            self.tr("Off: the testimonials continue the section before, without a heading")
        )
        self.intro = QPlainTextEdit(content)
        self.intro.setObjectName("testimonials_intro")
        self.intro.setAccessibleName(self.tr("Intro (Markdown)"))
        self.intro.setPlaceholderText(self.tr("How the testimonials were collected"))
        self.intro.setMinimumHeight(self.intro.fontMetrics().lineSpacing() * 3)
        self.intro.setMaximumHeight(self.intro.fontMetrics().lineSpacing() * 5)
        # Tab moves on to the next field, as in the rest of the form; Markdown indents with spaces.
        self.intro.setTabChangesFocus(True)
        self.display = QComboBox(content)
        self.display.setObjectName("testimonials_display")
        self.display.setAccessibleName(self.tr("Show people by"))
        self.display.addItem(
            self.tr("Name, company and cohort"), TestimonialDisplay.NAME_COMPANY_COHORT
        )
        self.display.addItem(self.tr("Name and cohort (no company)"), TestimonialDisplay.NAME)
        self.display.addItem(self.tr("GitHub id only (no names)"), TestimonialDisplay.GITHUB)
        # Why they are shown so ("应本人要求，以下按 GitHub id 列出。"), where wanted.
        self.privacy_note = QPlainTextEdit(content)
        self.privacy_note.setObjectName("testimonials_privacy_note")
        self.privacy_note.setAccessibleName(self.tr("Privacy note (Markdown)"))
        self.privacy_note.setPlaceholderText(
            self.tr("e.g. 应本人要求，以下按 GitHub id 列出。(shown only with testimonials)")
        )
        self.privacy_note.setMinimumHeight(self.privacy_note.fontMetrics().lineSpacing() * 2)
        self.privacy_note.setMaximumHeight(self.privacy_note.fontMetrics().lineSpacing() * 4)
        self.privacy_note.setTabChangesFocus(True)
        self.note_place = QComboBox(content)
        self.note_place.setObjectName("testimonials_privacy_note_place")
        self.note_place.setAccessibleName(self.tr("Place of the privacy note"))
        self.note_place.addItem(self.tr("Above the testimonials"), NotePlace.BEFORE)
        self.note_place.addItem(self.tr("Below the testimonials"), NotePlace.AFTER)
        self.style_combo = self._style_combo(content)
        # How signed quotes and their neighbours are set, as the article wrote them.
        self.signature_dash = QComboBox(content)
        self.signature_dash.setObjectName("testimonials_signature_dash")
        self.signature_dash.setAccessibleName(self.tr("Dash before a signature"))
        self.signature_dash.addItem(self.tr("-- before the signature"), SignatureDash.HYPHENS)
        self.signature_dash.addItem(self.tr("—— before the signature"), SignatureDash.CHINESE)
        self.signature_dash.addItem(
            self.tr("—— before Chinese signatures, -- before others"), SignatureDash.BY_SCRIPT
        )
        self.rules = QCheckBox(self.tr("&Quotes apart by a rule (---)"), content)
        self.rules.setObjectName("testimonials_rules")
        self.rules.setAccessibleName(self.tr("A rule between testimonials"))

        section_box = QGroupBox(self.tr("Section"), content)
        form = QFormLayout(section_box)
        form.addRow(self._label(self.tr("Sec&tion heading:"), self.heading), self.heading)
        form.addRow("", self.show_heading)
        form.addRow(self._label(self.tr("&Intro:"), self.intro), self.intro)
        form.addRow(self._label(self.tr("Show people &by:"), self.display), self.display)
        # One label for the note and its place: every other letter of the tab is taken.
        note_column = QVBoxLayout()
        note_column.addWidget(self.privacy_note)
        note_column.addWidget(self.note_place)
        form.addRow(self._label(self.tr("Privacy remar&k:"), self.privacy_note), note_column)
        style_column = QVBoxLayout()
        for widget in (self.style_combo, self.signature_dash, self.rules):
            style_column.addWidget(widget)
        form.addRow(self._label(self.tr("St&yle:"), self.style_combo), style_column)

        self.people = TestimonialPeopleEditor(document, content)
        people_box = QGroupBox(self.tr("People"), content)
        QVBoxLayout(people_box).addWidget(self.people)

        # The closing text after the last testimonial ("篇幅有限，更多感言……").
        self.outro = QPlainTextEdit(content)
        self.outro.setObjectName("testimonials_outro")
        self.outro.setAccessibleName(self.tr("Closing text (Markdown)"))
        self.outro.setPlaceholderText(self.tr("Shown after the last testimonial"))
        self.outro.setMinimumHeight(self.outro.fontMetrics().lineSpacing() * 3)
        self.outro.setMaximumHeight(self.outro.fontMetrics().lineSpacing() * 5)
        self.outro.setTabChangesFocus(True)
        closing_box = QGroupBox(self.tr("Closing"), content)
        closing_form = QFormLayout(closing_box)
        closing_form.addRow(self._label(self.tr("Closing te&xt:"), self.outro), self.outro)

        column = QVBoxLayout(content)
        column.addWidget(section_box)
        column.addWidget(people_box, 1)
        column.addWidget(closing_box)
        self.scroll_area = scrolling_page(self, content, "testimonialsTabScroll")

        chain: list[QWidget] = [
            self.heading,
            self.show_heading,
            self.intro,
            self.display,
            self.privacy_note,
            self.note_place,
            self.style_combo,
            self.signature_dash,
            self.rules,
        ]
        for first, second in pairwise([*chain, *self.people.focus_chain(), self.outro]):
            self.setTabOrder(first, second)
        self._section_fields: dict[str, QWidget] = {
            "heading": self.heading,
            "show_heading": self.show_heading,
            "intro": self.intro,
            "display": self.display,
            "privacy_note": self.privacy_note,
            "privacy_note_place": self.note_place,
            "style": self.style_combo,
            "signature_dash": self.signature_dash,
            "rules": self.rules,
            "outro": self.outro,
        }

        self.binder = Binder(document, self)
        self.binder.line(self.heading, (SECTION, "heading"))
        self.binder.check(self.show_heading, (SECTION, "show_heading"))
        self.binder.text(self.intro, (SECTION, "intro"))
        self.binder.text(self.outro, (SECTION, "outro"))
        complete_numbers(self.intro, document)
        complete_numbers(self.outro, document)
        self.binder.combo(self.display, (SECTION, "display"))
        self.binder.text(self.privacy_note, (SECTION, "privacy_note"))
        self.binder.combo(self.note_place, (SECTION, "privacy_note_place"))
        self.binder.combo(self.style_combo, (SECTION, "style"))
        self.binder.combo(self.signature_dash, (SECTION, "signature_dash"))
        self.binder.check(self.rules, (SECTION, "rules"))
        document.changed.connect(self._on_changed)
        document.reset.connect(self._show_heading_placeholder)
        self._show_heading_placeholder()

    def _style_combo(self, parent: QWidget) -> QComboBox:
        # Not named ``style``: that would hide QWidget.style().
        combo = QComboBox(parent)
        combo.setObjectName("testimonials_style")
        combo.setAccessibleName(self.tr("Style"))
        styles = [
            (
                TestimonialStyle.LIST,
                self.tr("Bulleted list"),
                self.tr("A bullet with each person's name, their words indented under it"),
            ),
            (
                TestimonialStyle.QUOTE,
                self.tr("Name, then quote"),
                self.tr("Each person's name in bold, then their words as a quote"),
            ),
            (
                TestimonialStyle.SIGNED,
                self.tr("Quote, signed"),
                self.tr("Each person's words as a quote, signed with their name at its end"),
            ),
            (
                TestimonialStyle.HEADING,
                self.tr("Heading per person"),
                self.tr("A small heading with each person's name, their words under it"),
            ),
        ]
        for style, text, tip in styles:
            combo.addItem(text, style)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, buddy.parentWidget())
        label.setBuddy(buddy)
        return label

    # -- following the document -------------------------------------------------------------

    def _show_heading_placeholder(self) -> None:
        # An empty heading means the default one of the article language: show which.
        language = self.document.project.article.language
        self.heading.setPlaceholderText(DEFAULT_HEADINGS[language][BuiltinSection.TESTIMONIALS])

    def _on_changed(self, changed: FieldPath) -> None:
        if LANGUAGE_PATH[: len(changed)] == changed[: len(LANGUAGE_PATH)]:
            self._show_heading_placeholder()

    # -- selecting a field from outside (a check finding, the preview) -----------------------

    def select_field(self, path: FieldPath) -> bool:
        """Show and focus the widget of ``path``, selecting its person first; False if the
        path is not this tab's."""
        widget = self._widget_for(path)
        if widget is None:
            return False
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()
        return True

    def _widget_for(self, path: FieldPath) -> QWidget | None:
        if not path or path[0] != SECTION:
            return None
        if len(path) == 1:
            return self.heading
        if path[1] != PEOPLE_PATH[1]:
            field = path[1]
            return self._section_fields.get(field) if isinstance(field, str) else None
        if len(path) == 2:
            return self.people.view
        row, field = path[2], path[3] if len(path) > 3 else "name"
        if not isinstance(row, int) or not isinstance(field, str):
            return None
        return self.people.select_person(row, field)
