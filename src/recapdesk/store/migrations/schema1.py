"""Schema 1 -> 2: the honorees and the organizing committee become two recognition groups.

Schema 1 had two fixed sections of people (``honorees``: an award title and link, a table of
chosen columns, a privacy switch; ``committee``: name, duty, GitHub). Schema 2 has any number of
recognition groups (model/groups.py); this step makes the two groups ``honorees`` and
``committee`` of them, so the article's Markdown stays byte for byte what schema 1 composed
(tests/store/test_schema1_migration.py). What schema 1 composed is frozen here, not read from
compose/: the award line's words and the escaping of the award title as they were.

One thing does not survive: an award link that is not a usable URL, which schema 1 already left
out of the article (the award title was shown as text); it has nowhere to go in a Markdown line.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from recapdesk.compose.escape import inline, link
from recapdesk.model.paths import format_path
from recapdesk.model.validation import is_safe_url

Data = dict[str, Any]

_AWARD_LINE = {
    "zh": "下面是本期评出的**{award}**：",
    "en": "Here are this phase's **{award}**:",
}
_SCHEMA1_KEYS = ["background", "honorees", "committee", "testimonials", "next_phase"]


class _Column(StrEnum):
    INDEX = "index"
    NAME = "name"
    COMPANY = "company"
    POSITION = "position"
    AFFILIATION = "affiliation"
    GITHUB = "github"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _Honoree(_Strict):
    name: str = ""
    company: str = ""
    position: str = ""
    github: str = ""


class _Member(_Strict):
    name: str = ""
    duty: str = ""
    github: str = ""


class _Honorees(_Strict):
    heading: str = ""
    show_heading: bool = True
    intro: str = ""
    award_title: str = ""
    award_url: str = ""
    columns: list[_Column] = [
        _Column.INDEX,
        _Column.NAME,
        _Column.COMPANY,
        _Column.POSITION,
        _Column.GITHUB,
    ]
    privacy: bool = False
    headers: list[str] = []
    people: list[_Honoree] = []
    outro: str = ""


class _Committee(_Strict):
    heading: str = ""
    show_heading: bool = True
    intro: str = ""
    members: list[_Member] = []
    outro: str = ""


class Schema1Error(ValueError):
    """A schema-1 section is malformed: ``where`` (``honorees.privacy``) and pydantic's reason."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


_Model = TypeVar("_Model", bound=_Strict)


def _validated(model: type[_Model], data: Data, key: str) -> _Model:
    try:
        # JSON mode, as the loader validates: an enum's value may be its string.
        return model.model_validate_json(json.dumps(data.get(key, {})))
    except ValidationError as error:
        first = error.errors()[0]
        where = format_path((key, *first["loc"]))
        raise Schema1Error(where, first["msg"]) from None


def _award(honorees: _Honorees, language: str) -> str:
    if not honorees.award_title.strip():
        return ""
    title = (
        link(honorees.award_title, honorees.award_url)
        if is_safe_url(honorees.award_url)
        else inline(honorees.award_title)
    )
    line = _AWARD_LINE.get(language, _AWARD_LINE["zh"])
    return line.replace("**{award}**", f"**{title}**")


def to_schema2(data: Data) -> Data:
    """The schema-2 data of schema-1 ``data``."""
    data = dict(data)
    honorees = _validated(_Honorees, data, "honorees")
    committee = _validated(_Committee, data, "committee")
    data.pop("honorees", None)
    data.pop("committee", None)
    article = data.get("article")
    language = article.get("language", "zh") if isinstance(article, dict) else "zh"
    columns = ["title" if c is _Column.POSITION else c.value for c in honorees.columns]
    groups = [
        {
            "id": "honorees",
            "heading": honorees.heading,
            "show_heading": honorees.show_heading,
            "intro": honorees.intro,
            "award": _award(honorees, str(language)),
            "layout": "table",
            "columns": columns,
            "headers": honorees.headers,
            "privacy": "github" if honorees.privacy else "name-company",
            "people": [
                {"name": p.name, "company": p.company, "title": p.position, "github": p.github}
                for p in honorees.people
            ],
            "outro": honorees.outro,
        },
        {
            "id": "committee",
            "heading": committee.heading,
            "show_heading": committee.show_heading,
            "intro": committee.intro,
            "columns": ["name", "role", "github"],
            "people": [
                {"name": m.name, "role": m.duty, "github": m.github} for m in committee.members
            ],
            "outro": committee.outro,
        },
    ]
    data["groups"] = groups
    order = data.get("order")
    if isinstance(order, list) and all(isinstance(slot, dict) for slot in order):
        # Schema 1 appended a missing built-in section in its own order; so does this step,
        # before the keys of the two groups change.
        keys = [slot.get("key") for slot in order]
        order = [dict(slot) for slot in order]
        order += [{"key": key} for key in _SCHEMA1_KEYS if key not in keys]
        for slot in order:
            if slot.get("key") in ("honorees", "committee"):
                # A committee without members showed nothing, not even its intro; a group
                # without people shows its intro, so that one is hidden (and kept).
                if slot["key"] == "committee" and not committee.members:
                    slot["visible"] = False
                slot["key"] = "group:" + slot["key"]
        data["order"] = order
    return data
