"""Lengths no article can show: a name or a table cell of hundreds of characters.

Nothing stops a paste from putting a whole paragraph into a name, and the article would still
render: as a table whose column is a tall strip of two characters per line on a phone. These
findings say so. GitHub ids need no limit here: the field rule already refuses more than 39
characters (validation.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model.project import Project

CONTEXT = "Checks"

NAME_LIMIT = 40
"""A person's name: Chinese names have two to four characters and most Western full names
fewer than 30; 40 leaves room for a long one, and a name beyond it is a paste gone wrong."""

CELL_LIMIT = 100
"""Any other table cell or column heading (company, position, duty, cohort): a five-column
table on a 375-px phone gives a cell about five characters a line, so 100 characters are
already twenty lines; beyond that the table stops being readable."""


def _name(length: int) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Checks", "%1 characters: far longer than a name can be shown; at most %2"
        ),
        (str(length), str(NAME_LIMIT)),
    )


def _cell(length: int) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Checks", "%1 characters: far more than a table cell can show; at most %2"
        ),
        (str(length), str(CELL_LIMIT)),
    )


def _fields(project: Project) -> Iterator[tuple[str, str, bool]]:
    """(field path, text, is a name) of every name and table cell, in article order."""
    for g, group in enumerate(project.groups):
        prefix = f"groups[{g}]"
        for i, header in enumerate(group.headers):
            yield f"{prefix}.headers[{i}]", header, False
        for i, person in enumerate(group.people):
            yield f"{prefix}.people[{i}].name", person.name, True
            for name in ("company", "title", "city", "cohort", "role", "contribution"):
                yield f"{prefix}.people[{i}].{name}", getattr(person, name), False
    for i, author in enumerate(project.testimonials.people):
        # Not cells, but the attribution line "name-company-cohort" is one line too.
        yield f"testimonials.people[{i}].name", author.name, True
        yield f"testimonials.people[{i}].company", author.company, False
        yield f"testimonials.people[{i}].cohort", author.cohort, False
        yield f"testimonials.people[{i}].role", author.role, False


def too_long(project: Project) -> Iterator[tuple[str, Message]]:
    """(field path, what is wrong) of each name and cell beyond its limit."""
    for field, text, is_name in _fields(project):
        length = len(text.strip())
        if is_name and length > NAME_LIMIT:
            yield field, _name(length)
        elif not is_name and length > CELL_LIMIT:
            yield field, _cell(length)
