"""Undo commands that edit the Project through field paths.

Every edit in every tab is one of these, pushed on the document's QUndoStack. Typing in one field
merges into a single step (``mergeWith``); an edit that returns a field to its value before the
step makes the step obsolete, so undoing to it is not needed.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Project
from recapdesk.model.paths import FieldPath, get_at
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


# The undo history names a field as the user knows it ("Edit award title (person 3)"), in the UI
# language; a field missing here is named by its key.
FIELD_NAMES: dict[str, str] = {
    "article": QT_TRANSLATE_NOOP("Commands", "article"),
    "award_title": QT_TRANSLATE_NOOP("Commands", "award title"),
    "award_url": QT_TRANSLATE_NOOP("Commands", "award link"),
    "background": QT_TRANSLATE_NOOP("Commands", "background"),
    "body": QT_TRANSLATE_NOOP("Commands", "text"),
    "byline": QT_TRANSLATE_NOOP("Commands", "byline"),
    "cohort": QT_TRANSLATE_NOOP("Commands", "cohort"),
    "columns": QT_TRANSLATE_NOOP("Commands", "columns"),
    "committee": QT_TRANSLATE_NOOP("Commands", "committee"),
    "company": QT_TRANSLATE_NOOP("Commands", "company"),
    "display": QT_TRANSLATE_NOOP("Commands", "display"),
    "duty": QT_TRANSLATE_NOOP("Commands", "duty"),
    "free_sections": QT_TRANSLATE_NOOP("Commands", "free section"),
    "front_matter": QT_TRANSLATE_NOOP("Commands", "front matter"),
    "github": QT_TRANSLATE_NOOP("Commands", "GitHub id"),
    "heading": QT_TRANSLATE_NOOP("Commands", "heading"),
    "headers": QT_TRANSLATE_NOOP("Commands", "column headings"),
    "honorees": QT_TRANSLATE_NOOP("Commands", "honorees"),
    "how_to_join": QT_TRANSLATE_NOOP("Commands", "how to join"),
    "intro": QT_TRANSLATE_NOOP("Commands", "introduction"),
    "label": QT_TRANSLATE_NOOP("Commands", "label"),
    "language": QT_TRANSLATE_NOOP("Commands", "article language"),
    "lead": QT_TRANSLATE_NOOP("Commands", "lead text"),
    "links": QT_TRANSLATE_NOOP("Commands", "link"),
    "members": QT_TRANSLATE_NOOP("Commands", "member"),
    "name": QT_TRANSLATE_NOOP("Commands", "name"),
    "next_phase": QT_TRANSLATE_NOOP("Commands", "next phase"),
    "numbering": QT_TRANSLATE_NOOP("Commands", "heading numbering"),
    "numbers": QT_TRANSLATE_NOOP("Commands", "number"),
    "order": QT_TRANSLATE_NOOP("Commands", "section order"),
    "outline": QT_TRANSLATE_NOOP("Commands", "outline"),
    "outro": QT_TRANSLATE_NOOP("Commands", "closing text"),
    "people": QT_TRANSLATE_NOOP("Commands", "person"),
    "position": QT_TRANSLATE_NOOP("Commands", "position"),
    "primary_color": QT_TRANSLATE_NOOP("Commands", "primary colour"),
    "privacy": QT_TRANSLATE_NOOP("Commands", "privacy"),
    "role": QT_TRANSLATE_NOOP("Commands", "role"),
    "show_heading": QT_TRANSLATE_NOOP("Commands", "show heading"),
    "testimonials": QT_TRANSLATE_NOOP("Commands", "testimonials"),
    "text": QT_TRANSLATE_NOOP("Commands", "text"),
    "theme": QT_TRANSLATE_NOOP("Commands", "theme"),
    "time": QT_TRANSLATE_NOOP("Commands", "time"),
    "title": QT_TRANSLATE_NOOP("Commands", "title"),
    "toc": QT_TRANSLATE_NOOP("Commands", "table of contents"),
    "unit": QT_TRANSLATE_NOOP("Commands", "unit"),
    "url": QT_TRANSLATE_NOOP("Commands", "URL"),
    "value": QT_TRANSLATE_NOOP("Commands", "value"),
    "visible": QT_TRANSLATE_NOOP("Commands", "visible"),
}


def _field_name(key: str) -> str:
    name = FIELD_NAMES.get(key)
    return translate("Commands", name) if name else key.replace("_", " ")


def describe(path: FieldPath) -> str:
    """The undo-history text of an edit, e.g. "Edit name (person 3)" for a table cell."""
    names = [part for part in path if isinstance(part, str)]
    field = _field_name(names[-1]) if names else ""
    rows = [part for part in path if isinstance(part, int)]
    if rows and len(names) >= 2:
        where = f"{_field_name(names[-2])} {rows[-1] + 1}"
        return fill(translate("Commands", "Edit %1 (%2)"), field, where)
    return fill(translate("Commands", "Edit %1"), field)


__all__ = ["ListEditCommand", "SetFieldCommand", "SnapshotCommand", "describe"]
