"""The Project: one recap article, everything the project file holds."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, Field, model_validator

from recapdesk.model.groups import RecognitionGroup, default_groups, group_key
from recapdesk.model.photos import Photos
from recapdesk.model.sections import (
    Background,
    FreeSection,
    NextPhase,
    Record,
    Testimonials,
)
from recapdesk.model.text import Line, Text
from recapdesk.model.written import when_set

SCHEMA_VERSION = 2
"""The project-file schema this version of recapdesk writes and reads."""


_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def _hex_color(value: str) -> str:
    if value and not _HEX_COLOR.fullmatch(value):
        raise ValueError(f"a colour is written #rrggbb, such as #2b6cb0, not {value!r}")
    return value.lower()


HexColor = Annotated[str, AfterValidator(_hex_color)]
"""A colour as ``#rrggbb`` (stored in lower case), or empty for "the default"."""


def _cover_crop(value: list[int]) -> list[int]:
    if len(value) != 4 or min(value[:2]) < 0 or min(value[2:]) < 1:
        raise ValueError(
            f"a crop is written [x, y, width, height] in pixels, such as [0, 40, 940, 400], "
            f"not {value!r}"
        )
    return value


CoverCrop = Annotated[list[int], AfterValidator(_cover_crop)]
"""The cover's crop: ``[x, y, w, h]``, x and y at least 0, w and h at least 1."""


class Language(StrEnum):
    ZH = "zh"
    EN = "en"


class Numbering(StrEnum):
    CHINESE = "chinese"  # 一、二、三、
    ARABIC = "arabic"  # 1. 2. 3.
    NONE = "none"


class BuiltinSection(StrEnum):
    BACKGROUND = "background"
    TESTIMONIALS = "testimonials"
    NEXT_PHASE = "next_phase"
    PHOTOS = "photos"


FREE_PREFIX = "free:"


def free_key(section_id: str) -> str:
    """The section-order key of the free section ``section_id``."""
    return FREE_PREFIX + section_id


class SectionSlot(Record):
    """One place in the article's section order: a built-in section, a recognition group
    (``group:<id>``) or a free section (``free:<id>``)."""

    key: Line
    visible: bool = True


class Article(Record):
    # Front matter of a static-site generator (Hugo, Hexo), kept verbatim with its ``---`` or
    # ``+++`` fences and written first in the Markdown; empty for most articles.
    front_matter: Text = ""
    title: Line = ""
    byline: Line = ""
    toc: bool = False
    outline: list[Line] = Field(default_factory=list)
    lead: Text = ""  # text between the title and the first section
    numbering: Numbering = Numbering.CHINESE
    language: Language = Language.ZH
    # The look of the preview, the exported page and the WeChat copy: a theme under
    # resources/themes/ and its primary colour (#rrggbb; empty: the theme's own).
    theme: Line = "default"
    primary_color: HexColor = ""
    # Publishing to the WeChat draft box (publish/). Only the API sends them: the Markdown and
    # HTML never show them, and the defaults (empty, off) leave older project files valid.
    # cover: a picture beside the project (a relative path); empty means the article's first
    # picture. digest: the summary under the title in a feed (empty: WeChat takes the text's
    # start). author: the name WeChat shows (its own short field, not the byline). source_url:
    # the 阅读原文 link, the article's GitHub or blog address.
    cover: Line = ""
    # The part of the cover WeChat shows, 2.35:1: [x, y, w, h] in the picture's pixels (as
    # shown, after its EXIF rotation), chosen in the Article tab; None (not written): the centre.
    cover_crop: CoverCrop | None = None
    digest: Line = ""
    author: Line = ""
    source_url: Line = ""
    open_comments: bool = False
    fans_only_comments: bool = False  # with open_comments: only followers may comment
    # The title's heading level: 1 (``#``) or 2 (``##``, as many WeChat drafts write it).
    title_level: Literal[1, 2] = when_set(1)
    # False: tables show GitHub ids as plain text, not as links to the profile.
    github_links: bool = when_set(True)


class Project(Record):
    schema_version: int = Field(default=SCHEMA_VERSION, alias="schema")
    article: Article = Field(default_factory=Article)
    # Empty by default: the validator below lists every section, in a new project's order.
    order: list[SectionSlot] = Field(default_factory=list)
    background: Background = Field(default_factory=Background)
    # Every group of people the article recognizes, each a section ``group:<id>``.
    groups: list[RecognitionGroup] = Field(default_factory=default_groups)
    testimonials: Testimonials = Field(default_factory=Testimonials)
    next_phase: NextPhase = Field(default_factory=NextPhase)
    free_sections: list[FreeSection] = Field(default_factory=list)
    photos: Photos = Field(default_factory=Photos)

    model_config = Record.model_config | {"populate_by_name": True}

    @model_validator(mode="after")
    def _order_names_every_section_once(self) -> Self:
        """Every section appears exactly once in ``order``; a missing one is appended, hidden
        free sections stay where they are, and a key naming nothing is refused."""
        free_ids = [section.id for section in self.free_sections]
        if len(set(free_ids)) != len(free_ids):
            raise ValueError("free_sections: two free sections share an id")
        group_ids = [group.id for group in self.groups]
        if len(set(group_ids)) != len(group_ids):
            raise ValueError("groups: two recognition groups share an id")
        # A missing key is appended in a new project's order: the background, the groups,
        # the testimonials, the next phase (schema 1's order), the photos, then the free sections.
        known = [BuiltinSection.BACKGROUND.value, *(group_key(i) for i in group_ids)]
        known += [BuiltinSection.TESTIMONIALS.value, BuiltinSection.NEXT_PHASE.value]
        known.append(BuiltinSection.PHOTOS.value)  # shown once it has pictures
        known += [free_key(i) for i in free_ids]
        seen: set[str] = set()
        for slot in self.order:
            if slot.key not in known:
                raise ValueError(f"order: {slot.key!r} names no section")
            if slot.key in seen:
                raise ValueError(f"order: {slot.key!r} appears twice")
            seen.add(slot.key)
        missing = [key for key in known if key not in seen]
        if missing:
            # Assigning through __dict__ avoids re-running this validator recursively.
            self.__dict__["order"] = [*self.order, *(SectionSlot(key=k) for k in missing)]
        return self

    def group(self, group_id: str) -> RecognitionGroup:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def group_index(self, group_id: str) -> int:
        """The position of the group ``group_id`` in ``groups`` (field paths use it)."""
        for index, group in enumerate(self.groups):
            if group.id == group_id:
                return index
        raise KeyError(group_id)

    def free_section(self, section_id: str) -> FreeSection:
        for section in self.free_sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)
