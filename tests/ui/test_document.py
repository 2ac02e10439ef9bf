"""The document's undo steps: typing merges per field, or per part of a field set whole."""

from __future__ import annotations

from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument

HEADERS: FieldPath = ("groups", 0, "headers")


def type_heading(document: ProjectDocument, position: int, text: str) -> None:
    """Type ``text`` key by key into heading ``position``, as a field set whole would send it."""
    for end in range(1, len(text) + 1):
        headers = list(document.project.groups[0].headers)
        headers += [""] * (position + 1 - len(headers))
        headers[position] = text[:end]
        document.set_field(HEADERS, headers, typing=True, typing_in=(*HEADERS, position))


def test_typing_into_one_part_of_a_field_is_one_step(document: ProjectDocument) -> None:
    type_heading(document, 1, "Member")
    assert document.project.groups[0].headers == ["", "Member"]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit column headings (recognition group 1)"
    document.undo_stack.undo()
    assert document.project.groups[0].headers == []


def test_typing_into_another_part_is_a_step_of_its_own(document: ProjectDocument) -> None:
    type_heading(document, 1, "Member")
    type_heading(document, 0, "#")
    assert document.project.groups[0].headers == ["#", "Member"]
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.project.groups[0].headers == ["", "Member"]


def test_typing_in_two_text_fields_is_still_a_step_each(document: ProjectDocument) -> None:
    document.set_field(("article", "title"), "A")
    document.set_field(("article", "title"), "AB")
    document.set_field(("groups", 0, "award"), "C")
    assert document.undo_stack.count() == 2
