"""The Honorees tab: the award, the honorees table with its columns (which, in which order,
under which headings: :mod:`recapdesk.ui.forms.tabs.honoree_columns`) and privacy switch, and the
organizing committee (a section of its own, edited here because it is the second table of
people)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from recapdesk.model import BuiltinSection, CommitteeMember, Honoree, HonoreeColumn
from recapdesk.model.paths import FieldPath
from recapdesk.model.validation import github_id_problem, url_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.record_table import Column, RecordTableModel
from recapdesk.ui.forms.tabs.honoree_columns import (
    COLUMNS_PATH,
    HEADERS_PATH,
    PRIVACY_PATH,
    WATCHED,
    HonoreeColumnsEditor,
)
from recapdesk.ui.forms.widgets.form_parts import SectionForm, plain_label


class HonoreesTab(SectionForm):
    section_keys: tuple[str, ...] = ("honorees", "committee")

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "honoreesTab", parent)
        self._build_honorees()
        self._build_committee()
        self.finish()

    # -- honorees -----------------------------------------------------------------------------

    def _build_honorees(self) -> None:
        form = self.new_form()
        self.add_heading(form, BuiltinSection.HONOREES)
        self.add_markdown(form, self.tr("&Introduction:"), ("honorees", "intro"), "honorees_intro")
        title = self.add_line(
            form, self.tr("&Award title:"), ("honorees", "award_title"), "honorees_award_title"
        )
        title.setPlaceholderText(self.tr("e.g. Kubernetes源码之星"))
        link = self.add_line(
            form,
            self.tr("Award &link:"),
            ("honorees", "award_url"),
            "honorees_award_url",
            url_problem,
        )
        link.setPlaceholderText(self.tr("https://… (optional: makes the award title a link)"))
        privacy = self.add_check(
            form,
            self.tr("&Show GitHub ids only (hide names and companies)"),
            PRIVACY_PATH,
            "honorees_privacy",
        )
        privacy.setToolTip(self.tr("The article's table keeps only the number and GitHub columns"))
        self._build_column_chooser(form, privacy)

        model = RecordTableModel(
            self.document,
            ("honorees", "people"),
            Honoree,
            [
                Column("name", self.tr("Name")),
                Column("company", self.tr("Company")),
                Column("position", self.tr("Position")),
                Column("github", self.tr("GitHub"), rule=github_id_problem),
            ],
        )
        self.honorees_table = self.add_table(form, self.tr("H&onorees:"), model, "honorees")
        self.add_markdown(form, self.tr("&Closing text:"), ("honorees", "outro"), "honorees_outro")

    def _column_names(self) -> dict[HonoreeColumn, str]:
        return {
            HonoreeColumn.INDEX: self.tr("No."),
            HonoreeColumn.NAME: self.tr("Name"),
            HonoreeColumn.COMPANY: self.tr("Company"),
            HonoreeColumn.POSITION: self.tr("Position"),
            HonoreeColumn.AFFILIATION: self.tr("Company and position"),
            HonoreeColumn.GITHUB: self.tr("GitHub"),
        }

    def _build_column_chooser(self, form: QFormLayout, before: QWidget) -> None:
        self.columns_editor = HonoreeColumnsEditor(self.document, self._column_names(), self.body)
        self.columns_editor.before = before
        for widget in self.columns_editor.focus_widgets():
            self.chain(widget)
        # The editor hands the mnemonic on to its first row, whichever column that is.
        label = self.label_for(self.tr("Table colu&mns:"), self.columns_editor, names_buddy=False)
        self.columns_editor.setAccessibleName(plain_label(label.text()))
        form.addRow(label, self.columns_editor)
        self.watch(WATCHED, self.columns_editor.refresh)

    def select_field(self, path: FieldPath) -> bool:
        """As :meth:`SectionForm.select_field`; a column or heading by its position selects
        the row of the column now at that position."""
        if path[:2] in (COLUMNS_PATH, HEADERS_PATH):
            self._focus(self.columns_editor.widget_for(path))
            return True
        return super().select_field(path)

    # -- organizing committee -------------------------------------------------------------

    def _build_committee(self) -> None:
        group = QGroupBox(self.tr("Organizing committee"), self.body)
        group.setObjectName("committeeGroup")
        group.setAccessibleName(plain_label(group.title()))
        self.body_layout.addWidget(group)
        form = self.new_form(group)
        self.add_heading(
            form, BuiltinSection.COMMITTEE, self.tr("Hea&ding:"), self.tr("Show headi&ng")
        )
        self.add_markdown(
            form, self.tr("In&troduction:"), ("committee", "intro"), "committee_intro"
        )
        model = RecordTableModel(
            self.document,
            ("committee", "members"),
            CommitteeMember,
            [
                Column("name", self.tr("Name")),
                Column("duty", self.tr("Duty")),
                Column("github", self.tr("GitHub"), rule=github_id_problem),
            ],
        )
        self.committee_table = self.add_table(form, self.tr("Mem&bers:"), model, "committee")
        self.add_markdown(
            form, self.tr("Closing te&xt:"), ("committee", "outro"), "committee_outro"
        )
