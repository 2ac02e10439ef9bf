"""A field path as the user knows it, in the UI language: the undo history's "Edit name
(person 9)" and the Checks panel's "Honorees, row 9, Name" for ``honorees.people[8].name``
come from :func:`field_place`, so the two never disagree about which row is meant."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model.paths import FieldPath

# The undo history names a field as the user knows it ("Edit award title (person 3)"), in the UI
# language; a field missing here is named by its key.
FIELD_NAMES: dict[str, str] = {
    "article": QT_TRANSLATE_NOOP("Commands", "article"),
    "award": QT_TRANSLATE_NOOP("Commands", "award line"),
    "author": QT_TRANSLATE_NOOP("Commands", "author shown by WeChat"),
    "background": QT_TRANSLATE_NOOP("Commands", "background"),
    "body": QT_TRANSLATE_NOOP("Commands", "text"),
    "byline": QT_TRANSLATE_NOOP("Commands", "byline"),
    "cover": QT_TRANSLATE_NOOP("Commands", "cover"),
    "cover_crop": QT_TRANSLATE_NOOP("Commands", "cover crop"),
    "cohort": QT_TRANSLATE_NOOP("Commands", "cohort"),
    "columns": QT_TRANSLATE_NOOP("Commands", "columns"),
    "citation": QT_TRANSLATE_NOOP("Commands", "citation"),
    "city": QT_TRANSLATE_NOOP("Commands", "city"),
    "contribution": QT_TRANSLATE_NOOP("Commands", "what they did"),
    "company": QT_TRANSLATE_NOOP("Commands", "company"),
    "digest": QT_TRANSLATE_NOOP("Commands", "digest"),
    "display": QT_TRANSLATE_NOOP("Commands", "display"),
    "free_sections": QT_TRANSLATE_NOOP("Commands", "free section"),
    "front_matter": QT_TRANSLATE_NOOP("Commands", "front matter"),
    "fans_only_comments": QT_TRANSLATE_NOOP("Commands", "comment box"),
    "github": QT_TRANSLATE_NOOP("Commands", "GitHub id"),
    "github_links": QT_TRANSLATE_NOOP("Commands", "GitHub ids as links"),
    "groups": QT_TRANSLATE_NOOP("Commands", "recognition group"),
    "heading": QT_TRANSLATE_NOOP("Commands", "heading"),
    "headers": QT_TRANSLATE_NOOP("Commands", "column headings"),
    "layout": QT_TRANSLATE_NOOP("Commands", "layout"),
    "how_to_join": QT_TRANSLATE_NOOP("Commands", "how to join"),
    "intro": QT_TRANSLATE_NOOP("Commands", "introduction"),
    "key": QT_TRANSLATE_NOOP("Commands", "key"),
    "label": QT_TRANSLATE_NOOP("Commands", "label"),
    "language": QT_TRANSLATE_NOOP("Commands", "article language"),
    "lead": QT_TRANSLATE_NOOP("Commands", "lead text"),
    "links": QT_TRANSLATE_NOOP("Commands", "link"),
    "list_numbers": QT_TRANSLATE_NOOP("Commands", "numbers list"),
    "name": QT_TRANSLATE_NOOP("Commands", "name"),
    "next_phase": QT_TRANSLATE_NOOP("Commands", "next phase"),
    "numbering": QT_TRANSLATE_NOOP("Commands", "heading numbering"),
    "numbers": QT_TRANSLATE_NOOP("Commands", "number"),
    "open_comments": QT_TRANSLATE_NOOP("Commands", "comment box"),
    "order": QT_TRANSLATE_NOOP("Commands", "section order"),
    "outline": QT_TRANSLATE_NOOP("Commands", "outline"),
    "outro": QT_TRANSLATE_NOOP("Commands", "closing text"),
    "github_at": QT_TRANSLATE_NOOP("Commands", "GitHub ids as @id"),
    "people": QT_TRANSLATE_NOOP("Commands", "person"),
    "photo": QT_TRANSLATE_NOOP("Commands", "photo"),
    "primary_color": QT_TRANSLATE_NOOP("Commands", "primary colour"),
    "privacy": QT_TRANSLATE_NOOP("Commands", "privacy"),
    "privacy_note": QT_TRANSLATE_NOOP("Commands", "privacy note"),
    "privacy_note_place": QT_TRANSLATE_NOOP("Commands", "place of the privacy note"),
    "role": QT_TRANSLATE_NOOP("Commands", "role"),
    "rules": QT_TRANSLATE_NOOP("Commands", "rules between testimonials"),
    "show_heading": QT_TRANSLATE_NOOP("Commands", "show heading"),
    "signature_dash": QT_TRANSLATE_NOOP("Commands", "dash before a signature"),
    "source_url": QT_TRANSLATE_NOOP("Commands", "original link"),
    "sub_heading": QT_TRANSLATE_NOOP("Commands", "sub-heading"),
    "testimonials": QT_TRANSLATE_NOOP("Commands", "testimonials"),
    "text": QT_TRANSLATE_NOOP("Commands", "text"),
    "theme": QT_TRANSLATE_NOOP("Commands", "theme"),
    "time": QT_TRANSLATE_NOOP("Commands", "time"),
    "title": QT_TRANSLATE_NOOP("Commands", "title"),
    "title_level": QT_TRANSLATE_NOOP("Commands", "title heading"),
    "toc": QT_TRANSLATE_NOOP("Commands", "table of contents"),
    "unit": QT_TRANSLATE_NOOP("Commands", "unit"),
    "url": QT_TRANSLATE_NOOP("Commands", "URL"),
    "value": QT_TRANSLATE_NOOP("Commands", "value"),
    "visible": QT_TRANSLATE_NOOP("Commands", "visible"),
}


def field_name(key: str) -> str:
    name = FIELD_NAMES.get(key)
    return QCoreApplication.translate("Commands", name) if name else key.replace("_", " ")


# Lists shown as a table in the form: their items are rows there ("row 9").
TABLE_LISTS = frozenset({"people", "numbers", "links"})


@dataclass(frozen=True)
class FieldPlace:
    """Where a path points, each part named in the UI language."""

    section: str  # the first part: "honorees"
    item: str  # what the innermost list holds: "person" ("" outside a list)
    row: int  # the item's number, counted from 1 as the form shows it (0: not in a list)
    field: str  # the last named part: "name"
    in_table: bool  # the list is a table in the form
    ends_in_field: bool  # the path names a field of the item, not the item itself


def field_place(path: FieldPath) -> FieldPlace:
    names = [part for part in path if isinstance(part, str)]
    rows = [part for part in path if isinstance(part, int)]
    section = field_name(names[0]) if names else ""
    field = field_name(names[-1]) if names else ""
    ends_in_field = bool(path) and isinstance(path[-1], str)
    if rows and len(names) >= 2:
        # The list is the name before the last index: "people" in honorees.people[8].name.
        last_index = max(i for i, part in enumerate(path) if isinstance(part, int))
        list_key = str(path[last_index - 1]) if last_index else ""
        item = field_name(list_key)
        return FieldPlace(
            section, item, rows[-1] + 1, field, list_key in TABLE_LISTS, ends_in_field
        )
    return FieldPlace(section, "", 0, field, False, ends_in_field)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_label(path: FieldPath) -> str:
    """``honorees.people[8].name`` -> "Honorees, row 9, Name" (in the UI language)."""
    place = field_place(path)
    parts = [_capital(place.section)]
    if len(path) > 2 and path[0] == "groups" and isinstance(path[1], int):
        # A group's field: "Recognition group 1, row 9, Name".
        parts = [f"{_capital(place.section)} {path[1] + 1}"]
        if place.row and len(path) > 3:
            parts.append(
                QCoreApplication.translate("Commands", "row %1").replace("%1", str(place.row))
            )
    elif place.row and len(path) > 1 and isinstance(path[1], int):
        parts = [_capital(f"{place.item} {place.row}")]  # the section is a list: free sections
    elif place.row:
        where = (
            QCoreApplication.translate("Commands", "row %1")
            if place.in_table
            else f"{place.item} %1"
        )
        parts.append(where.replace("%1", str(place.row)))
    if place.ends_in_field and place.field != place.section:
        parts.append(_capital(place.field))
    text = parts[0]
    for part in parts[1:]:
        text = (
            QCoreApplication.translate("Commands", "%1, %2").replace("%1", text).replace("%2", part)
        )
    return text
