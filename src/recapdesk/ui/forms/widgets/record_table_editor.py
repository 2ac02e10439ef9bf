"""A table of records with the row operations organizers need: add, delete, move up/down,
drag to reorder, multi-row selection, and paste of rows copied from a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recapdesk.ui.forms.binding import UNLIMITED
from recapdesk.ui.forms.palette import problem_text_style
from recapdesk.ui.forms.record_table import RecordTableModel

MAX_PASTE_ROWS = 20_000  # far beyond any recap; protects the window from a runaway paste


def parse_spreadsheet_rows(text: str) -> list[list[str]]:
    """Tab-separated rows as spreadsheets put them on the clipboard; blank lines skipped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.split("\t") for line in lines if line.strip()][:MAX_PASTE_ROWS]


class _CellDelegate(QStyledItemDelegate):
    """Cells are edited without QLineEdit's 32,767-character limit (see binding.UNLIMITED)."""

    def createEditor(  # noqa: N802 (Qt's name)
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(UNLIMITED)
        return editor


class RecordTableEditor(QWidget):
    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName(f"{name}Editor")
        self.view = QTableView(self)
        self.view.setObjectName(f"{name}Table")
        self.view.setAccessibleName(name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setItemDelegate(_CellDelegate(self.view))
        # Why a typed or pasted value was refused, under the table until the next change.
        self.refused = QLabel(self)
        self.refused.setObjectName(f"{name}_refused")
        self.refused.setAccessibleName(self.tr("Refused value"))
        self.refused.setStyleSheet(problem_text_style())
        self.refused.setWordWrap(True)
        self.refused.hide()
        model.refused.connect(self._show_refused)
        model.dataChanged.connect(lambda *_args: self.refused.hide())
        model.modelReset.connect(self.refused.hide)

        self.add_button = self._button("add", self.tr("Add"), self.add_row)
        self.delete_button = self._button("delete", self.tr("Delete"), self.delete_selected)
        self.up_button = self._button("up", self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = self._button("down", self.tr("Move down"), lambda: self.move_selected(1))
        self.paste_button = self._button("paste", self.tr("Paste rows"), self.paste_rows)
        self.paste_button.setToolTip(
            self.tr("Append rows copied from a spreadsheet (tab-separated)")
        )

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.refused)
        layout.addLayout(buttons)

        paste = QShortcut(QKeySequence.StandardKey.Paste, self.view, self.paste_rows)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _show_refused(self, reason: str) -> None:
        self.refused.setText(reason)
        self.refused.show()

    def _button(self, key: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{self.objectName()}_{key}")
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def select_rows(self, first: int, count: int) -> None:
        selection = self.view.selectionModel()
        if not count:
            selection.clearSelection()
            return
        # One range, not one select() per row: selecting 5,000 pasted rows one by one takes
        # seconds. NoUpdate: the view's setCurrentIndex would replace the rows with one row.
        rows = QItemSelection(self.model.index(first, 0), self.model.index(first + count - 1, 0))
        flag = QItemSelectionModel.SelectionFlag
        selection.select(rows, flag.ClearAndSelect | flag.Rows)
        selection.setCurrentIndex(self.model.index(first, 0), flag.NoUpdate)

    def add_row(self) -> None:
        rows = self.selected_rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        self.model.insert_records(at, [self.model.record_type()], self.tr("Add row"))
        self.select_rows(at, 1)
        self.view.edit(self.model.index(at, self._first_editable_column()))

    def _first_editable_column(self) -> int:
        return 0

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.remove_rows(rows, self.tr("Delete rows"))
            if self.model.rowCount():
                self.select_rows(min(rows[0], self.model.rowCount() - 1), 1)

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == self.model.rowCount() - 1):
            return
        destination = rows[0] - 1 if step < 0 else rows[-1] + 2
        first = self.model.move_rows(rows, destination, self.tr("Move rows"))
        self.select_rows(first, len(rows))

    def paste_rows(self) -> None:
        """Paste spreadsheet rows after the selection (or at the end) as one undo step."""
        text = QGuiApplication.clipboard().text()
        rows = parse_spreadsheet_rows(text)
        if not rows:
            return
        selected = self.selected_rows()
        at = selected[-1] + 1 if selected else self.model.rowCount()
        records = self.model.records_from_rows(rows)
        self.model.insert_records(at, records, self.tr("Paste %n row(s)", "", len(records)))
        self.select_rows(at, len(records))
