"""Recognition groups: every way an article honours people, one model.

A recap recognizes people in groups: honorees with an award, the organizing committee,
lecturers, volunteers, contributors with a one-line citation each, a hall of fame of avatars.
Each is a :class:`RecognitionGroup`: a heading, an award or description line (Markdown), the
people (:class:`Person`, one record type for every group, so a row can move between groups and
a spreadsheet imports into any of them), the columns shown, a layout and a privacy setting.

Each group is a section of its own in the article's section order, keyed ``group:<id>`` (as
free sections are ``free:<id>``), not one "recognition" section holding all groups: organizers
put groups apart (the bundled example has the testimonials between its honorees and its
committee, and schema-1 files ordered the two freely), a group may continue the section before
it without a heading of its own, and each group's Markdown is cached and re-rendered alone.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from recapdesk.model.sections import NotePlace, Record
from recapdesk.model.text import Line, Text
from recapdesk.model.written import when_set

GROUP_PREFIX = "group:"


def group_key(group_id: str) -> str:
    """The section-order key of the recognition group ``group_id``."""
    return GROUP_PREFIX + group_id


class GroupLayout(StrEnum):
    """How a group's people are set in the article."""

    TABLE = "table"  # a table of the columns shown
    LIST = "list"  # a bullet per person: "name — citation"
    WALL = "wall"  # a name wall: names (or avatars with names) in a grid of ``wall_columns``
    CITATIONS = "citations"  # a bold name line, then the citation, its line breaks kept


class GroupColumn(StrEnum):
    """A field of a person a group may show; the order here is the standard order."""

    INDEX = "index"
    PHOTO = "photo"
    NAME = "name"
    COMPANY = "company"
    TITLE = "title"
    AFFILIATION = "affiliation"  # company and title in one cell, as in the seed draft
    CITY = "city"
    COHORT = "cohort"
    ROLE = "role"
    GITHUB = "github"
    CONTRIBUTION = "contribution"  # what they did
    CITATION = "citation"


class Privacy(StrEnum):
    """Who a group shows, when people asked not to be named."""

    NAME_COMPANY = "name-company"  # every column chosen
    NAME = "name"  # names, but no company, title, city
    GITHUB = "github"  # GitHub ids only: no name, company, title, city, cohort, role or photo


# What each privacy setting leaves out of the article (the columns stay chosen for later).
HIDDEN_BY_PRIVACY: dict[Privacy, frozenset[GroupColumn]] = {
    Privacy.NAME_COMPANY: frozenset(),
    Privacy.NAME: frozenset(
        {GroupColumn.COMPANY, GroupColumn.TITLE, GroupColumn.AFFILIATION, GroupColumn.CITY}
    ),
    Privacy.GITHUB: frozenset(
        {
            GroupColumn.PHOTO,
            GroupColumn.NAME,
            GroupColumn.COMPANY,
            GroupColumn.TITLE,
            GroupColumn.AFFILIATION,
            GroupColumn.CITY,
            GroupColumn.COHORT,
            GroupColumn.ROLE,
        }
    ),
}


class Person(Record):
    """Someone a group recognizes; a group shows the fields its columns name."""

    name: Line = ""
    github: Line = ""
    company: Line = ""
    title: Line = ""  # the job title (schema 1: position)
    city: Line = ""
    cohort: Line = ""
    role: Line = ""  # a duty in the program: 社长, 学习委员, mentor
    contribution: Line = ""  # what they did: "translated chapters 3-5"
    citation: Text = ""  # why they are recognized; line breaks are kept
    # A picture in the project's assets folder (a path relative to the project file), imported
    # from a local file or fetched once from GitHub; empty: initials in the theme colour.
    photo: Line = ""

    def is_empty(self) -> bool:
        """A row with nothing typed in it (a placeholder row)."""
        return not any(value.strip() for value in self.model_dump().values())


def _default_columns() -> list[GroupColumn]:
    return [
        GroupColumn.INDEX,
        GroupColumn.NAME,
        GroupColumn.COMPANY,
        GroupColumn.TITLE,
        GroupColumn.GITHUB,
    ]


class RecognitionGroup(Record):
    """One group of people the article recognizes: a section of its own (``group:<id>``)."""

    id: Line = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    heading: Line = ""  # empty: the article language's default (see compose/words.py)
    show_heading: bool = True  # False: the group continues the section before it
    # True: its heading is a ``###`` one, under the section before it and not numbered (an
    # article's award groups under one "## 表彰"); it then belongs to that section.
    sub_heading: bool = when_set(False)
    intro: Text = ""
    # The award or description line (Markdown; may hold a link in a sentence), shown right
    # above the people, and only when some are shown.
    award: Text = ""
    layout: GroupLayout = GroupLayout.TABLE
    columns: list[GroupColumn] = Field(default_factory=_default_columns)
    # The column headings as the article shows them, by position in ``columns``; an empty or
    # missing entry shows the article language's word (序号, 姓名, ...).
    headers: list[Line] = Field(default_factory=list)
    wall_columns: int = Field(default=4, ge=1, le=8)  # names per row of a name wall
    # True: GitHub ids are written "@id" (the link's text), as Hacktoberfest and many
    # contributor lists write them; an imported article that did keeps its way.
    github_at: bool = when_set(False)
    privacy: Privacy = Privacy.NAME_COMPANY
    privacy_note: Text = ""  # e.g. "应本人要求，以下按 GitHub id 列出。"
    privacy_note_place: NotePlace = NotePlace.BEFORE
    people: list[Person] = Field(default_factory=list)
    outro: Text = ""

    def shown_columns(self) -> list[GroupColumn]:
        """The columns the article shows: those chosen, less what the privacy hides."""
        hidden = HIDDEN_BY_PRIVACY[self.privacy]
        return [column for column in self.columns if column not in hidden]


HONOREES_ID = "honorees"
COMMITTEE_ID = "committee"


def default_groups() -> list[RecognitionGroup]:
    """A new project's groups: the honorees and the organizing committee."""
    return [
        RecognitionGroup(id=HONOREES_ID),
        RecognitionGroup(
            id=COMMITTEE_ID,
            columns=[GroupColumn.NAME, GroupColumn.ROLE, GroupColumn.GITHUB],
        ),
    ]
