"""File > Import Rows…: which column of a spreadsheet fills which field, seen on its first rows.

The dialog shows the sheet's first rows under their headers, with a field chooser above each
column pre-set to the guess from the header (姓名 -> Name, git号 -> GitHub, 城市 -> City,
颁奖词 -> Citation...), where the rows go (any recognition group of the project, by its
heading, or the testimonials) and whether they are added or replace what is there. A group
offers the fields of the columns it shows (importers/mapping.group_fields), so rows for a
group of lecturers fill their city, cohort, role, what they did and citation too. Choosing
nothing else, the user imports with one click on Import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recapdesk.importers.mapping import AFFILIATION, FIELDS, IGNORE, Target, guess_mapping
from recapdesk.importers.rows import RowsImport, Sheet, make_records
from recapdesk.ui.i18n import fill

PREVIEW_ROWS = 20
TESTIMONIALS = "testimonials"


@dataclass(frozen=True)
class Destination:
    """Somewhere rows can go: a recognition group (``group_id``) or the testimonials."""

    target: Target  # the kind of record made, and the guesses of the testimonials'
    label: str  # as the dialog lists it: the group's heading
    count: int  # the rows there now
    group_id: str | None = None
    fields: tuple[str, ...] = ()  # a group's (mapping.group_fields); () for the target's

    @property
    def key(self) -> str:
        return self.group_id if self.group_id is not None else TESTIMONIALS

    def offered(self) -> tuple[str, ...]:
        return self.fields or FIELDS[self.target]


@dataclass(frozen=True)
class RowsChoice:
    """What the user chose in the dialog."""

    target: Target
    mapping: list[str]
    replace: bool
    group_id: str | None = None  # the group the rows go into; None: the testimonials


class ImportRowsDialog(QDialog):
    def __init__(
        self,
        sheet: Sheet,
        file_name: str,
        destinations: Sequence[Destination],
        current: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``destinations``: where rows may go (the groups, then the testimonials);
        ``current``: the key of the one chosen first (a group's id or "testimonials")."""
        super().__init__(parent)
        self.setObjectName("importRowsDialog")
        self.setWindowTitle(self.tr("Import Rows"))
        self.setAccessibleName(self.tr("Import rows from a spreadsheet"))
        self.sheet = sheet
        self.destinations = {destination.key: destination for destination in destinations}
        self.combos: list[QComboBox] = []

        source = f" ({sheet.source})" if sheet.source else ""
        self.info = QLabel(
            fill(self.tr("%1%2: %3"), file_name, source, self._rows(len(sheet.rows))),
            self,
        )
        self.info.setObjectName("importInfo")

        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("importTarget")
        self.target_combo.setAccessibleName(self.tr("Import into"))
        for destination in destinations:
            self.target_combo.addItem(destination.label, destination.key)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(current)))

        self.append_radio = QRadioButton(self)
        self.append_radio.setObjectName("importAppend")
        self.replace_radio = QRadioButton(self)
        self.replace_radio.setObjectName("importReplace")
        self.append_radio.setChecked(True)

        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("The first rows of the spreadsheet"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fill_preview()

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setObjectName("importRowsOk")
        self.import_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("importRowsCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Import &into:"), self.target_combo)
        how = QHBoxLayout()
        how.addWidget(self.append_radio)
        how.addWidget(self.replace_radio)
        how.addStretch(1)
        form.addRow(self.tr("Rows there:"), how)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        hint = QLabel(self.tr("Choose the field each column goes into:"), self)
        hint.setObjectName("importHint")
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(860, 520)

        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.append_radio.toggled.connect(self._update)
        self._target_changed()

    # -- names ------------------------------------------------------------------------------

    def _field_names(self) -> dict[str, str]:
        return {
            IGNORE: self.tr("(skip)"),
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "title": self.tr("Position"),
            AFFILIATION: self.tr("Company and position"),
            "github": self.tr("GitHub"),
            "city": self.tr("City"),
            "cohort": self.tr("Cohort"),
            "role": self.tr("Role"),
            "contribution": self.tr("What they did"),
            "citation": self.tr("Citation"),
            "body": self.tr("Testimonial"),
        }

    def _rows(self, count: int) -> str:
        return self.tr("1 row") if count == 1 else fill(self.tr("%1 rows"), count)

    # -- building ---------------------------------------------------------------------------

    def _fill_preview(self) -> None:
        shown = self.sheet.rows[:PREVIEW_ROWS]
        self.table.setColumnCount(len(self.sheet.headers))
        self.table.setRowCount(len(shown) + 1)
        self.table.setHorizontalHeaderLabels(self.sheet.headers)
        self.table.setVerticalHeaderLabels(
            [self.tr("Field"), *(str(n) for n in range(1, len(shown) + 1))]
        )
        for column, header in enumerate(self.sheet.headers):
            combo = QComboBox(self.table)
            combo.setObjectName(f"importColumn{column}")
            combo.setAccessibleName(fill(self.tr("Field for column “%1”"), header))
            combo.currentIndexChanged.connect(lambda _index, c=column: self._field_chosen(c))
            self.combos.append(combo)
            self.table.setCellWidget(0, column, combo)
        for row, cells in enumerate(shown, start=1):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell.replace("\n", " ⏎ "))
                item.setToolTip(cell)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 120), 280))

    def _fit_choosers(self) -> None:
        """Each column wide enough for the field chosen above it."""
        for column, combo in enumerate(self.combos):
            metrics = combo.fontMetrics()
            wanted = metrics.horizontalAdvance(combo.currentText()) + 48
            if self.table.columnWidth(column) < wanted:
                self.table.setColumnWidth(column, wanted)

    def _target_changed(self) -> None:
        destination = self.destination()
        names = self._field_names()
        fields = destination.fields or None
        guesses = guess_mapping(self.sheet.headers, destination.target, fields)
        for combo, guess in zip(self.combos, guesses, strict=True):
            combo.blockSignals(True)
            combo.clear()
            for field in (IGNORE, *destination.offered()):
                combo.addItem(names[field], field)
            combo.setCurrentIndex(combo.findData(guess))
            combo.blockSignals(False)
        self._fit_choosers()
        self._update()

    def _field_chosen(self, column: int) -> None:
        """A field fills one column: choosing it here takes it from any other column."""
        field = self.combos[column].currentData()
        taken = {field} | ({"company", "title"} if field == AFFILIATION else set())
        if field in ("company", "title"):
            taken.add(AFFILIATION)
        for other, combo in enumerate(self.combos):
            if other != column and field and combo.currentData() in taken:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(IGNORE))
                combo.blockSignals(False)
        self._fit_choosers()
        self._update()

    def _update(self) -> None:
        destination = self.destination()
        kind, there = destination.label, destination.count
        self.append_radio.setText(fill(self.tr("&Add after the %1 there"), there))
        self.replace_radio.setText(fill(self.tr("&Replace the %1 there"), there))
        self.replace_radio.setEnabled(there > 0)
        if not any(self.mapping()):
            self.summary.setText(self.tr("Choose a field for at least one column."))
            self.import_button.setEnabled(False)
            return
        made = self.records()
        after = len(made.records) + (0 if self.replace() else there)
        text = fill(self.tr("%1 become %2, %3 in all."), self._rows(len(made.records)), kind, after)
        if made.empty_rows:
            skipped = fill(
                self.tr("%1 with nothing in the chosen columns left out."),
                self._rows(len(made.empty_rows)),
            )
            text += " " + skipped
        self.summary.setText(text)
        self.import_button.setEnabled(bool(made.records) or self.replace())

    # -- the result -------------------------------------------------------------------------

    def destination(self) -> Destination:
        return self.destinations[str(self.target_combo.currentData())]

    def target(self) -> Target:
        return self.destination().target

    def mapping(self) -> list[str]:
        return [str(combo.currentData() or "") for combo in self.combos]

    def replace(self) -> bool:
        return self.replace_radio.isChecked()

    def records(self) -> RowsImport:
        return make_records(self.sheet, self.mapping(), self.target())

    def choice(self) -> RowsChoice:
        return RowsChoice(
            self.target(), self.mapping(), self.replace(), self.destination().group_id
        )
