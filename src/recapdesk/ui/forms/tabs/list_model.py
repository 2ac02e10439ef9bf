"""A one-column list model over a list of the project (section order, free sections,
testimonials), editing through the document's undo stack.

Rows are reordered by drag and drop or by buttons; each move is one ``set_list`` undo step.
When the list changes into a permutation of itself (a move, its undo), the model announces a
layout change and carries persistent indexes along, so the selection follows the moved items;
any other change (rows added or removed) resets the model, and :func:`follow_current` puts the
view's current row back on the same item or, if it is gone, on the same row.
"""

from __future__ import annotations

import json
import os
from collections.abc import Hashable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def moved(items: Sequence[T], rows: Sequence[int], destination: int) -> tuple[list[T], int]:
    """``items`` with ``rows`` (kept in their order) moved before ``destination``, and the
    row where the first of them now is."""
    chosen = sorted({row for row in rows if 0 <= row < len(items)})
    moving = [items[row] for row in chosen]
    staying = [item for row, item in enumerate(items) if row not in set(chosen)]
    before = destination - sum(1 for row in chosen if row < destination)
    before = max(0, min(before, len(staying)))
    staying[before:before] = moving
    return staying, before


def _permutation(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[int] | None:
    """For each old row, its row in ``new``; ``None`` unless ``new`` only reorders ``old``.
    Equal items (two identical testimonials) are matched in order, which is as good as any
    other matching since the user cannot tell them apart."""
    if len(old) != len(new):
        return None
    rows_of: dict[Hashable, list[int]] = {}
    for row, identity in enumerate(new):
        rows_of.setdefault(identity, []).append(row)
    mapping = []
    for identity in old:
        rows = rows_of.get(identity)
        if not rows:
            return None
        mapping.append(rows.pop(0))
    return mapping


class DocumentListModel(QAbstractListModel):
    """Subclasses name the list, say what identifies an item and how a row is labelled."""

    mime_type = "application/x-recapdesk-list-rows"
    reorderable = True
    # Every role a row shows (label() and item_data() answer no others).
    shown_roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ForegroundRole,
    )

    def __init__(self, document: ProjectDocument, list_path: FieldPath) -> None:
        super().__init__(document)
        self.document = document
        self.list_path = list_path
        # Rows as the views know them; the document may already hold the next state while its
        # change signal is on its way, so the row count comes from here, not from the document.
        self._identities = self._current_identities()
        # What rows showed when last announced, by row: a change that leaves a row looking the
        # same (most of a testimonial's body, the title for the section list) announces
        # nothing, for any change announced makes the view lay out and repaint all it shows.
        self._looks = self._current_looks()
        # A drag carries this token so a drop from another list or another window is refused.
        self._token = f"{os.getpid()}:{id(self)}"
        document.changed.connect(self._on_changed)
        document.reset.connect(self._reset)

    # -- for subclasses ---------------------------------------------------------------------

    def identity(self, item: Any) -> Hashable:
        """What stays the same about an item when it moves (a key, or its whole content)."""
        raise NotImplementedError

    def label(self, item: Any) -> str:
        raise NotImplementedError

    def item_data(self, item: Any, role: int) -> Any:
        """Roles beyond the label (check state, colours, tooltips)."""
        return None

    def labels_depend_on(self, changed: FieldPath) -> bool:
        """True when a change outside the list (a language, a display mode) changes labels."""
        return False

    # -- reading --------------------------------------------------------------------------------

    def items(self) -> list[Any]:
        return list(self.document.value(self.list_path))

    def _current_identities(self) -> list[Hashable]:
        return [self.identity(item) for item in self.items()]

    def identity_at(self, row: int) -> Hashable:
        """The identity of ``row`` as the views know it (before a pending change lands)."""
        return self._identities[row]

    def row_of(self, identity: Hashable) -> int | None:
        try:
            return self._identities.index(identity)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._identities)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        # Read in place, never through items(): a view asks for several roles of every row it
        # lays out, and copying a list of hundreds for each answer stalled typing.
        items = self.document.value(self.list_path)
        if not 0 <= index.row() < min(len(items), self.rowCount()):
            return None
        item = items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(item)
        return self.item_data(item, role)

    def _look(self, item: Any) -> tuple[Any, ...]:
        return (self.label(item), *(self.item_data(item, role) for role in self.shown_roles[1:]))

    def _current_looks(self) -> dict[int, tuple[Any, ...]]:
        return {row: self._look(item) for row, item in enumerate(self.items())}

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only, never on a row, so the view shows an insertion line.
            return Qt.ItemFlag.ItemIsDropEnabled if self.reorderable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.reorderable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- editing --------------------------------------------------------------------------------

    def set_items(self, items: list[Any], text: str) -> None:
        self.document.set_list(self.list_path, items, text)

    def move(self, rows: Sequence[int], destination: int, text: str = "") -> int:
        """Move ``rows`` before ``destination`` as one undo step; return their new first row."""
        items, first = moved(self.items(), rows, destination)
        self.set_items(items, text or self.tr("Move"))
        return first

    # -- drag and drop reordering -----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction if self.reorderable else Qt.DropAction.IgnoreAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [self.mime_type]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(self.mime_type, json.dumps({"from": self._token, "rows": rows}).encode())
        return data

    def _dropped_rows(self, data: QMimeData) -> list[int] | None:
        if not self.reorderable or not data.hasFormat(self.mime_type):
            return None
        try:
            payload = json.loads(bytes(data.data(self.mime_type).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("from") != self._token:
            return None
        rows = payload.get("rows")
        if not isinstance(rows, list) or not all(isinstance(row, int) for row in rows):
            return None
        return rows

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dropped_rows(data) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        rows = self._dropped_rows(data)
        if action != Qt.DropAction.MoveAction or rows is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.move(rows, row)
        # The document did the move (one undo step); returning False stops the view from
        # removing the source rows itself.
        return False

    # -- following the document ----------------------------------------------------------------

    def _reset(self) -> None:
        self.beginResetModel()
        self._identities = self._current_identities()
        self._looks = self._current_looks()
        self.endResetModel()

    def _all_changed(self) -> None:
        """Announce the rows that may look different now: those whose look is not known or
        changed (a keystroke in the title must not relay out the section list)."""
        items = self.document.value(self.list_path)
        if len(items) != self.rowCount():
            self._looks.clear()
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
            return
        changed = []
        for row, item in enumerate(items):
            look = self._look(item)
            if self._looks.get(row) != look:
                self._looks[row] = look
                changed.append(row)
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0))

    def _list_replaced(self) -> None:
        new = self._current_identities()
        if new == self._identities:
            self._all_changed()  # same items in the same places; some other field changed
            return
        mapping = _permutation(self._identities, new)
        if mapping is None:
            self._reset()
            return
        self._looks.clear()  # they are by row, and the rows moved
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(mapping[index.row()], 0) for index in persistent]
        )
        self._identities = new
        self.layoutChanged.emit()
        self._all_changed()

    def _on_changed(self, changed: FieldPath) -> None:
        n = len(self.list_path)
        if len(changed) <= n and self.list_path[: len(changed)] == changed:
            self._list_replaced()  # the list itself or something holding it was replaced
        elif changed[:n] == self.list_path:
            row = changed[n]
            items = self.document.value(self.list_path)
            if isinstance(row, int) and 0 <= row < self.rowCount() == len(items):
                # A field of one item: only its identity can have changed. Recomputing them
                # all cost milliseconds per keystroke in a list of hundreds of testimonials.
                self._identities[row] = self.identity(items[row])
                look = self._look(items[row])
                if self._looks.get(row) != look:
                    self._looks[row] = look
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            else:
                self._identities = self._current_identities()
        elif self.labels_depend_on(changed):
            self._all_changed()


def follow_current(view: QAbstractItemView, model: DocumentListModel) -> None:
    """Keep ``view``'s current item across a model reset: the same item if it is still there
    (an add elsewhere, an undo), else the same row (the one after a deleted item)."""
    remembered: list[tuple[Hashable, int]] = []

    def before() -> None:
        remembered.clear()
        current = view.currentIndex()
        selection = view.selectionModel()
        if current.isValid() and selection is not None and selection.isSelected(current):
            remembered.append((model.identity_at(current.row()), current.row()))

    def after() -> None:
        if not remembered or not model.rowCount():
            return
        identity, row = remembered.pop()
        found = model.row_of(identity)
        row = min(row if found is None else found, model.rowCount() - 1)
        view.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    model.modelAboutToBeReset.connect(before)
    model.modelReset.connect(after)
