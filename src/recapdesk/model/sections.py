"""The sections of a recap article, one pydantic model each.

Every model is mutable and validates on assignment, so the window's undo commands can set a field
and get the same checks as a file load. Unknown keys are refused so that a typo in a hand-edited
project file is reported, not silently dropped.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainValidator

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model.text import Line, Text
from recapdesk.model.written import when_set


class Record(BaseModel):
    """Base of every model in the document: strict keys, validated assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Link(Record):
    label: Line = ""
    url: Line = ""


def _number_value(value: object) -> int | float | None:
    # One validator instead of the union int | float | None, so an error names the field
    # ("background.numbers[0].value", not "...value.int") and says what is expected.
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"a number is expected, such as 96 or 2.5, not {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"a number is expected, not {value}")
    return value


NumberValue = Annotated[int | float | None, PlainValidator(_number_value)]

NUMBER_KEY_PATTERN = r"[^\W\d][\w-]*"
"""A number's key: a letter (any script) or "_", then letters, digits, "_" or "-"."""


KEY_PROBLEM = QT_TRANSLATE_NOOP(
    "Validation", "a key starts with a letter and has only letters, digits, _ and -"
)


def _number_key(value: str) -> str:
    value = value.strip()
    if value and not re.fullmatch(NUMBER_KEY_PATTERN, value):
        raise ValueError(f"{KEY_PROBLEM}, not {value!r}")
    return value


NumberKey = Annotated[str, AfterValidator(_number_key)]


class Number(Record):
    """A figure of the phase; ``value`` is ``None`` while the number is not known yet."""

    label: Line = ""
    value: NumberValue = None
    unit: Line = ""
    # What was typed into the value when it is not a number ("约三百", "96位"): kept, so
    # nothing typed is lost, and listed by the checks; ``value`` stays None meanwhile. None
    # (not "") when there is none, so the project file has no such line.
    value_text: Line | None = None
    # The name a Markdown body uses to show the number inside a sentence: "{participants}"
    # (compose/inline_fields.py). Empty: the number has none.
    key: NumberKey = when_set("")


class TestimonialDisplay(StrEnum):
    """Who a testimonial is signed by: the same three choices as a recognition group's privacy
    (groups.Privacy), for people who asked not to be named or not with their employer."""

    NAME_COMPANY_COHORT = "name-company-cohort"  # name, company, cohort and role
    NAME = "name"  # name, cohort and role: no company
    GITHUB = "github"  # the GitHub id only


class NotePlace(StrEnum):
    """Where a privacy note is printed: above the people it speaks of, or below them."""

    BEFORE = "before"
    AFTER = "after"


class TestimonialStyle(StrEnum):
    """How the article sets each testimonial (the shapes organizers write by hand)."""

    LIST = "list"  # a bullet per person, the body indented under it
    QUOTE = "quote"  # the attribution in bold on its own line, then the body as a blockquote
    SIGNED = "signed"  # the body as a blockquote ending in "-- attribution"
    HEADING = "heading"  # a small heading per person, then the body


class SignatureDash(StrEnum):
    """The dash before a signed testimonial's attribution."""

    HYPHENS = "--"  # "-- Nat Friedman, CEO, GitHub"
    CHINESE = "——"  # the Chinese dash: "—— CSDN 创始人 蒋涛"
    BY_SCRIPT = "by-script"  # —— before an attribution in Chinese characters, -- before others


class Testimonial(Record):
    name: Line = ""
    company: Line = ""
    cohort: Line = ""
    role: Line = ""
    github: Line = ""
    body: Text = ""


class Section(Record):
    """What every built-in section shares: an optional own heading text and a lead paragraph."""

    heading: Line = ""  # empty: the article language's default heading
    show_heading: bool = True  # False: the section continues the one before it, unnumbered


class Background(Section):
    text: Text = ""
    links: list[Link] = Field(default_factory=list)
    numbers: list[Number] = Field(default_factory=list)
    # False: the numbers are not listed ("本期数据：..."); sentences show them ({key}).
    list_numbers: bool = when_set(True)


class Testimonials(Section):
    intro: Text = ""
    display: TestimonialDisplay = TestimonialDisplay.NAME_COMPANY_COHORT
    style: TestimonialStyle = TestimonialStyle.LIST
    people: list[Testimonial] = Field(default_factory=list)
    # Markdown after the last testimonial: "篇幅有限，更多感言……".
    outro: Text = when_set("")
    # Why the people are shown as they are ("应本人要求，以下按 GitHub id 列出。"), printed with
    # the testimonials, above or below them, as a recognition group's privacy note.
    privacy_note: Text = when_set("")
    privacy_note_place: NotePlace = when_set(NotePlace.BEFORE)
    signature_dash: SignatureDash = when_set(SignatureDash.HYPHENS)  # of the signed style
    rules: bool = when_set(False)  # True: a "---" rule between testimonials (not in a list)


class NextPhase(Section):
    text: Text = ""
    time: Line = ""
    how_to_join: Text = ""
    links: list[Link] = Field(default_factory=list)


class FreeSection(Record):
    """A section the user writes freely: a heading and a Markdown body."""

    id: Line = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    heading: Line = ""
    body: Text = ""
