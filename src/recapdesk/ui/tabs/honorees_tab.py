"""The Honorees tab: the award, the honorees table with its columns and privacy switch, and the
organizing committee (a section of its own, edited here because it is the second table of
people)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QWidget

from recapdesk.model import BuiltinSection, CommitteeMember, Honoree, HonoreeColumn
from recapdesk.model.paths import FieldPath
from recapdesk.model.validation import github_id_problem, url_problem
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.record_table import Column, RecordTableModel
from recapdesk.ui.widgets.form_parts import SectionForm, plain_label

COLUMNS_PATH: FieldPath = ("honorees", "columns")
PRIVACY_PATH: FieldPath = ("honorees", "privacy")
CHOOSER_COLUMNS_PER_ROW = 3
# With privacy on, the article shows only these columns; the others stay chosen for later.
PRIVATE_COLUMNS = (HonoreeColumn.INDEX, HonoreeColumn.GITHUB)


def column_insert_position(columns: Sequence[HonoreeColumn], column: HonoreeColumn) -> int:
    """Where a newly shown ``column`` goes: right after the last shown column that comes before
    it in the standard order, so the columns the user already arranged never move."""
    standard = list(HonoreeColumn)
    earlier = set(standard[: standard.index(column)])
    for position in range(len(columns) - 1, -1, -1):
        if columns[position] in earlier:
            return position + 1
    return 0


class HonoreesTab(SectionForm):
    section_keys: tuple[str, ...] = ("honorees", "committee")

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "honoreesTab", parent)
        self._column_boxes: dict[HonoreeColumn, QCheckBox] = {}
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
        self._build_column_chooser(form)

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

    def _build_column_chooser(self, form: QFormLayout) -> None:
        chooser = QWidget(self.body)
        chooser.setObjectName("honorees_columns")
        grid = QGridLayout(chooser)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (column, name) in enumerate(self._column_names().items()):
            box = QCheckBox(name, chooser)
            box.setObjectName(f"honorees_column_{column.value}")
            box.setAccessibleName(self.tr("Column: {name}").format(name=name))
            box.toggled.connect(lambda shown, c=column: self._toggle_column(c, shown))
            grid.addWidget(box, *divmod(number, CHOOSER_COLUMNS_PER_ROW))
            self._column_boxes[column] = box
            if number == 0:
                self.register(COLUMNS_PATH, box)
            else:
                self.chain(box)
        label = self.label_for(
            self.tr("Table colu&mns:"), self._column_boxes[HonoreeColumn.INDEX], names_buddy=False
        )
        chooser.setAccessibleName(plain_label(label.text()))
        form.addRow(label, chooser)
        self.watch([COLUMNS_PATH, PRIVACY_PATH], self._show_columns)

    def _show_columns(self) -> None:
        honorees = self.document.project.honorees
        for column, box in self._column_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(column in honorees.columns)
            hidden_by_privacy = honorees.privacy and column not in PRIVATE_COLUMNS
            # Disabled rather than unchecked: the choice is kept for when privacy is off again.
            box.setEnabled(not hidden_by_privacy)
            box.setToolTip(
                self.tr("Not shown while only GitHub ids are shown") if hidden_by_privacy else ""
            )

    def _toggle_column(self, column: HonoreeColumn, shown: bool) -> None:
        columns = list(self.document.project.honorees.columns)
        if shown and column not in columns:
            columns.insert(column_insert_position(columns, column), column)
        elif not shown and column in columns:
            columns.remove(column)
        else:
            return
        self.document.set_list(COLUMNS_PATH, columns, self.tr("Honoree table columns"))

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
