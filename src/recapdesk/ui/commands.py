"""Undo commands that edit the Project through field paths.

Every edit in every tab is one of these, pushed on the document's QUndoStack. Typing in one field
merges into a single step (``mergeWith``); an edit that returns a field to its value before the
step makes the step obsolete, so undoing to it is not needed.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from recapdesk.model import Project
from recapdesk.model.paths import FieldPath, get_at
from recapdesk.ui.field_names import field_place
from recapdesk.ui.i18n import fill, translate


class EditedProject(Protocol):
    """What the commands edit: the document (document.py) applies a change to its project and
    tells the widgets; the commands only decide which change, and keep the way back."""

    project: Project

    def apply_set(self, path: FieldPath, value: Any) -> None: ...
    def apply_list(self, path: FieldPath, items: list[Any]) -> None: ...
    def apply_snapshot(self, project: Project) -> None: ...


_SET_FIELD_ID = 1001


class SetFieldCommand(QUndoCommand):
    """Set one field; consecutive sets of the same field (typing) merge."""

    def __init__(self, document: EditedProject, path: FieldPath, value: Any, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.path = path
        self._old = copy.deepcopy(get_at(document.project, path))
        self._new = value
        self.merge_typing = isinstance(value, str)
        self.merge_path = path  # typing merges while it stays in this field (or part of it)

    def id(self) -> int:
        return _SET_FIELD_ID

    def redo(self) -> None:
        self._document.apply_set(self.path, copy.deepcopy(self._new))

    def undo(self) -> None:
        self._document.apply_set(self.path, copy.deepcopy(self._old))

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SetFieldCommand) or other.path != self.path:
            return False
        if other.merge_path != self.merge_path:
            return False
        if not (self.merge_typing and other.merge_typing):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True


class ListEditCommand(QUndoCommand):
    """Replace a whole list (insert, delete, move, paste rows): one undo step each."""

    def __init__(
        self, document: EditedProject, path: FieldPath, new_items: list[Any], text: str
    ) -> None:
        super().__init__(text)
        self._document = document
        self.path = path
        self._old = copy.deepcopy(list(get_at(document.project, path)))
        self._new = copy.deepcopy(new_items)

    def redo(self) -> None:
        self._document.apply_list(self.path, copy.deepcopy(self._new))

    def undo(self) -> None:
        self._document.apply_list(self.path, copy.deepcopy(self._old))


class SnapshotCommand(QUndoCommand):
    """Swap the whole Project: for edits that must change several parts together."""

    def __init__(self, document: EditedProject, project: Project, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._old = document.project.model_copy(deep=True)
        self._new = project.model_copy(deep=True)

    def redo(self) -> None:
        self._document.apply_snapshot(self._new.model_copy(deep=True))

    def undo(self) -> None:
        self._document.apply_snapshot(self._old.model_copy(deep=True))


def describe(path: FieldPath) -> str:
    """The undo-history text of an edit, e.g. "Edit name (person 3)" for a table cell."""
    place = field_place(path)
    if place.row and not place.ends_in_field:
        return fill(translate("Commands", "Edit %1"), f"{place.item} {place.row}")
    if place.row:
        where = f"{place.item} {place.row}"
        return fill(translate("Commands", "Edit %1 (%2)"), place.field, where)
    return fill(translate("Commands", "Edit %1"), place.field)


__all__ = ["ListEditCommand", "SetFieldCommand", "SnapshotCommand", "describe"]
