"""A QAbstractTableModel over a list of records of the project (honorees, committee, links,
numbers), editing through the document's undo stack.

Cell edits are validated by the model (pydantic); a refused value leaves the cell as it was.
A column may carry a rule (GitHub id, URL) whose problem is shown at the cell, colour and
tooltip, while the value is kept. Rows move by drag and drop; every row operation is one undo
step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.palette import problem_cell_background
from recapdesk.ui.i18n import translate

ROW_MIME = "application/x-recapdesk-rows"
Index = QModelIndex | QPersistentModelIndex


def _reason(error: ValueError) -> str:
    if isinstance(error, ValidationError):
        return str(error.errors()[0]["msg"]).removeprefix("Value error, ")
    return str(error)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    rule: Callable[[str], str | None] | None = None  # a problem to mark, value still kept
    to_text: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    from_text: Callable[[str], Any] = lambda text: text  # ValueError(reason) refuses the text
    placeholder: str = ""  # shown greyed when the value is empty/None
    # A cell whose text stands for more than its own field (a number's value, or the text
    # typed instead of one): the whole record is read from it and set from it, one step.
    record_to_text: Callable[[Any], str] | None = None
    record_from_text: Callable[[Any, str], Any] | None = None
    # A picture in the cell (a person's photo as a thumbnail): the value -> a QPixmap, or None
    # while there is none (yet: see RecordTableModel.refresh_column). With one, the cell
    # shows no text; its tooltip tells the value, and editing the cell edits it.
    decoration: Callable[[Any], Any] | None = None


class RecordTableModel(QAbstractTableModel):
    refused = Signal(str)  # why a typed value was refused (the cell keeps its old value)

    def __init__(
        self,
        document: ProjectDocument,
        list_path: FieldPath,
        record_type: type[BaseModel],
        columns: Sequence[Column],
    ) -> None:
        super().__init__(document)
        self.document = document
        self.list_path = list_path
        self.record_type = record_type
        self.columns = list(columns)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._reset)

    # -- reading --------------------------------------------------------------------------------

    def records(self) -> list[BaseModel]:
        """The list shown; none while ``list_path`` names nothing (a project replaced by one
        without the group shown, until the tab shows another)."""
        try:
            return list(self.document.value(self.list_path))
        except (IndexError, AttributeError):
            return []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def _value(self, index: Index) -> Any:
        record = self.document.value(self.list_path)[index.row()]
        return getattr(record, self.columns[index.column()].field)

    def _text(self, index: Index) -> str:
        column = self.columns[index.column()]
        if column.record_to_text is not None:
            return column.record_to_text(self.document.value(self.list_path)[index.row()])
        return column.to_text(self._value(index))

    def problem(self, index: Index) -> str | None:
        column = self.columns[index.column()]
        if column.rule is None:
            return None
        return column.rule(self._text(index))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        column = self.columns[index.column()]
        text = self._text(index)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.decoration is not None else text or column.placeholder
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(self._value(index))
        if role == Qt.ItemDataRole.ToolTipRole and column.decoration is not None:
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and not text and column.placeholder:
            return QBrush(QColor("#888888"))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            problem = self.problem(index)
            if problem and role == Qt.ItemDataRole.ToolTipRole:
                return translate("Validation", problem)
            if problem:
                return QBrush(problem_cell_background())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- editing --------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        try:
            if column.record_from_text is not None:
                record = self.document.value(self.list_path)[index.row()]
                new = column.record_from_text(record, str(value))
                self.document.set_field((*self.list_path, index.row()), new)
                return True
            converted = column.from_text(str(value))
            path = (*self.list_path, index.row(), column.field)
            self.document.set_field(path, converted)
        except ValueError as error:  # pydantic's ValidationError is a ValueError too
            self.refused.emit(_reason(error))
            return False
        return True

    def _set_records(self, records: list[BaseModel], text: str) -> None:
        self.document.set_list(self.list_path, records, text)

    def insert_records(self, row: int, new: Sequence[BaseModel], text: str = "Add rows") -> None:
        records = self.records()
        records[row:row] = list(new)
        self._set_records(records, text)

    def remove_rows(self, rows: Sequence[int], text: str = "Delete rows") -> None:
        doomed = set(rows)
        self._set_records([r for i, r in enumerate(self.records()) if i not in doomed], text)

    def move_rows(self, rows: Sequence[int], destination: int, text: str = "Move rows") -> int:
        """Move ``rows`` (in their order) before ``destination``; return their new first row."""
        records = self.records()
        chosen = sorted(set(rows))
        moving = [records[i] for i in chosen]
        staying = [r for i, r in enumerate(records) if i not in set(chosen)]
        before = destination - sum(1 for i in chosen if i < destination)
        before = max(0, min(before, len(staying)))
        staying[before:before] = moving
        self._set_records(staying, text)
        return before

    def records_from_rows(self, rows: list[list[str]]) -> list[BaseModel]:
        """Records from pasted spreadsheet rows, cells in column order; bad cells stay empty."""
        made = []
        reasons: list[str] = []
        for cells in rows:
            record = self.record_type()
            for column, cell in zip(self.columns, cells, strict=False):
                try:
                    if column.record_from_text is not None:  # kept as typed, if need be
                        record = column.record_from_text(record, cell)
                        continue
                    setattr(record, column.field, column.from_text(cell.strip()))
                except ValueError as error:
                    reasons.append(_reason(error))
            made.append(record)
        if reasons:
            self.refused.emit(reasons[0])
        return made

    # -- drag and drop reordering -----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(ROW_MIME, json.dumps(rows).encode())
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        rows = json.loads(bytes(data.data(ROW_MIME).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.move_rows(rows, row)
        # The move is done by the document; returning False stops the view deleting sources.
        return False

    def refresh_column(self, field: str) -> None:
        """Show the column of ``field`` again (its pictures arrived)."""
        rows = self.rowCount()
        for number, column in enumerate(self.columns):
            if column.field == field and rows:
                self.dataChanged.emit(self.index(0, number), self.index(rows - 1, number))

    # -- following the document ----------------------------------------------------------------

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_changed(self, changed: FieldPath) -> None:
        n = len(self.list_path)
        if changed == () or (changed[:n] == self.list_path[: len(changed)] and len(changed) <= n):
            self._reset()
        elif changed[:n] == self.list_path and len(changed) > n + 1:
            row = changed[n]
            assert isinstance(row, int)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
