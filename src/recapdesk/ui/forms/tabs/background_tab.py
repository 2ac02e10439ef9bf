"""The Background tab: why the program exists and what the phase achieved, as text, links and
numbers; a number not known yet stays empty and is shown as missing, never printed as 0."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget

from recapdesk.model import BuiltinSection, Link, Number
from recapdesk.model.number_text import NOT_A_NUMBER, parse_number
from recapdesk.model.sections import KEY_PROBLEM, NUMBER_KEY_PATTERN
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.record_table import Column, RecordTableModel
from recapdesk.ui.forms.widgets.form_parts import SectionForm, link_columns
from recapdesk.ui.i18n import fill


def number_to_text(value: object) -> str:
    """A number as the cell shows it for editing; ``None`` (not known yet) is empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def number_from_text(text: str) -> int | float | None:
    """The value typed into a number cell: empty means not known yet; a whole number stays an
    int ("96" -> 96) so the article prints it without a decimal point; "1,234", "1.2万" and
    "三百" are read too (model/number_text.py). Raises ValueError for anything else (a pasted
    row leaves that cell empty)."""
    if not text.strip():
        return None
    number = parse_number(text)
    if number is None:
        raise ValueError(f"not a number: {text!r}")
    return number


def number_cell_text(number: Number) -> str:
    """The value cell: the number, or what was typed instead of one."""
    return number_to_text(number.value) if number.value is not None else number.value_text or ""


def number_with_text(number: Number, text: str) -> Number:
    """``number`` after ``text`` was typed into its value cell: a number read from it, or the
    text kept as typed (value not known) rather than lost."""
    value = parse_number(text)
    typed = None if value is not None or not text.strip() else text.strip()
    return number.model_copy(update={"value": value, "value_text": typed})


def number_key_problem(text: str) -> str | None:
    """The mark on a key cell that no text could use as ``{key}``."""
    if text.strip() and not re.fullmatch(NUMBER_KEY_PATTERN, text.strip()):
        return KEY_PROBLEM
    return None


def number_problem(text: str) -> str | None:
    """The mark on a value cell holding text that is not a number."""
    return NOT_A_NUMBER if text.strip() and parse_number(text) is None else None


class BackgroundTab(SectionForm):
    section_keys: tuple[str, ...] = ("background",)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "backgroundTab", parent)
        form = self.new_form()
        self.add_heading(form, BuiltinSection.BACKGROUND)
        self.add_markdown(form, self.tr("&Text:"), ("background", "text"), "background_text")

        links = RecordTableModel(document, ("background", "links"), Link, link_columns())
        self.links_table = self.add_table(form, self.tr("&Links:"), links, "backgroundLinks")

        numbers = RecordTableModel(
            document,
            ("background", "numbers"),
            Number,
            [
                Column("label", self.tr("Label")),
                Column(
                    "value",
                    self.tr("Value"),
                    rule=number_problem,
                    to_text=number_to_text,
                    from_text=number_from_text,
                    placeholder=self.tr("not known yet"),
                    record_to_text=number_cell_text,
                    record_from_text=number_with_text,
                ),
                Column("unit", self.tr("Unit")),
                Column(
                    "key",
                    self.tr("Key"),
                    rule=number_key_problem,
                    placeholder=self.tr("for use in text"),
                ),
            ],
        )
        self.numbers_table = self.add_table(
            form, self.tr("&Numbers:"), numbers, "backgroundNumbers"
        )
        hint = QLabel(
            self.tr(
                "Leave a value empty while the number is not known yet: the article marks it"
                " as missing. Values are numbers such as 96, 2.5, 1,234, 1.2万 or 三百; other"
                " text is kept and marked."
            ),
            self.body,
        )
        hint.setObjectName("background_numbers_hint")
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a field
        form.addRow(hint)
        self.add_check(
            form,
            self.tr("List the n&umbers under the text"),
            ("background", "list_numbers"),
            "background_list_numbers",
        )
        example = self.tr("participants", "an example key of a number")
        fields_hint = QLabel(
            fill(
                self.tr(
                    "Give a number a key (such as %1) and write {%1} in any Markdown text: the"
                    " article shows its value and unit there, or the placeholder while it is"
                    " not known. Type { to choose a key."
                ),
                example,
            ),
            self.body,
        )
        fields_hint.setObjectName("background_fields_hint")
        fields_hint.setWordWrap(True)
        fields_hint.setEnabled(False)
        form.addRow(fields_hint)
        self.finish()
