"""The Next phase tab: what comes next, when, how to join, and where to read more."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from recapdesk.model import BuiltinSection, Link
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.record_table import RecordTableModel
from recapdesk.ui.forms.widgets.form_parts import SectionForm, link_columns


class NextPhaseTab(SectionForm):
    section_keys: tuple[str, ...] = ("next_phase",)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "nextPhaseTab", parent)
        form = self.new_form()
        self.add_heading(form, BuiltinSection.NEXT_PHASE)
        self.add_markdown(form, self.tr("&Description:"), ("next_phase", "text"), "next_phase_text")
        time = self.add_line(form, self.tr("&Time:"), ("next_phase", "time"), "next_phase_time")
        time.setPlaceholderText(self.tr("e.g. from 2021-03-01, four weeks"))
        self.add_markdown(
            form, self.tr("How to &join:"), ("next_phase", "how_to_join"), "next_phase_how_to_join"
        )
        links = RecordTableModel(document, ("next_phase", "links"), Link, link_columns())
        self.links_table = self.add_table(form, self.tr("&Links:"), links, "nextPhaseLinks")
        self.finish()
