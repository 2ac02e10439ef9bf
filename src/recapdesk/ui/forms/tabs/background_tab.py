"""The Background tab: why the program exists and what the phase achieved, as text, links and
numbers; a number not known yet stays empty and is shown as missing, never printed as 0."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel, QWidget

from recapdesk.model import BuiltinSection, Link, Number
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.record_table import Column, RecordTableModel
from recapdesk.ui.forms.widgets.form_parts import SectionForm, link_columns


def number_to_text(value: object) -> str:
    """A number as the cell shows it for editing; ``None`` (not known yet) is empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def number_from_text(text: str) -> int | float | None:
    """The value typed into a number cell: empty means not known yet; a whole number stays an
    int ("96" -> 96) so the article prints it without a decimal point. Raises ValueError for
    anything else, so the table refuses it and the cell keeps its old value."""
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        number = float(text)  # raises ValueError for text that is not a number
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {text!r}")
    return number


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
                    to_text=number_to_text,
                    from_text=number_from_text,
                    placeholder=self.tr("not known yet"),
                ),
                Column("unit", self.tr("Unit")),
            ],
        )
        self.numbers_table = self.add_table(
            form, self.tr("&Numbers:"), numbers, "backgroundNumbers"
        )
        hint = QLabel(
            self.tr(
                "Leave a value empty while the number is not known yet: the article marks it"
                " as missing. Values are whole or decimal numbers."
            ),
            self.body,
        )
        hint.setObjectName("background_numbers_hint")
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a field
        form.addRow(hint)
        self.finish()
