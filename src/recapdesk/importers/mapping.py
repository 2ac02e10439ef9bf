"""Which column of a spreadsheet fills which field of a record: targets, fields and guesses.

Organizers' sheets come from sign-up forms and chat exports, so headers vary: ``姓名``,
``你的名字``, ``Name``, ``GitHub 账号``, ``git号``, ``公司/单位``, ``所在城市``, ``颁奖词``.
:func:`guess_mapping` reads each header, ignoring case, spaces, punctuation and Markdown bold,
and proposes a field; every field is proposed for at most one column (the first that fits).

Rows go into the testimonials or into a recognition group. A group takes the fields of the
columns it shows (:func:`group_fields`: a group of lecturers with a city and a citation takes
those), and always a name and a GitHub id, which say who a row is (and the id fetches the
avatar); ``fields=`` gives them to the guesses and overrides below. Without it, the fields are
those of :data:`FIELDS` for the target (the honorees' and the committee's of schema 1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel

from recapdesk.model import (
    COMMITTEE_ID,
    HONOREES_ID,
    GroupColumn,
    Person,
    Project,
    RecognitionGroup,
    Testimonial,
)
from recapdesk.model.paths import FieldPath


class Target(StrEnum):
    """Where imported rows go."""

    HONOREES = "honorees"
    COMMITTEE = "committee"
    TESTIMONIALS = "testimonials"


AFFILIATION = "affiliation"
"""A pseudo-field: one cell holding company and position ("云帐房 容器开发工程师")."""

IGNORE = ""
"""The mapping of a column that is not imported."""

FIELDS: dict[Target, tuple[str, ...]] = {
    Target.HONOREES: ("name", "company", "title", AFFILIATION, "github"),
    Target.COMMITTEE: ("name", "role", "github"),
    Target.TESTIMONIALS: ("name", "company", "cohort", "role", "github", "body"),
}

RECORD_TYPES: dict[Target, type[BaseModel]] = {
    Target.HONOREES: Person,
    Target.COMMITTEE: Person,
    Target.TESTIMONIALS: Testimonial,
}

_GROUP_IDS = {Target.HONOREES: HONOREES_ID, Target.COMMITTEE: COMMITTEE_ID}

# The fields each column of a group is filled from; company and position also from the one
# cell of both (AFFILIATION, offered after them). The number is counted and the photo chosen
# or fetched, not imported.
_COLUMN_FIELDS: dict[GroupColumn, tuple[str, ...]] = {
    GroupColumn.NAME: ("name",),
    GroupColumn.COMPANY: ("company",),
    GroupColumn.TITLE: ("title",),
    GroupColumn.AFFILIATION: ("company", "title"),
    GroupColumn.CITY: ("city",),
    GroupColumn.COHORT: ("cohort",),
    GroupColumn.ROLE: ("role",),
    GroupColumn.GITHUB: ("github",),
    GroupColumn.CONTRIBUTION: ("contribution",),
    GroupColumn.CITATION: ("citation",),
}


def group_fields(group: RecognitionGroup) -> tuple[str, ...]:
    """The fields rows bring to ``group``, in the order of its columns: those of the columns
    it shows (whatever its privacy hides: the columns stay chosen), and its people's name and
    GitHub id always (who a row is; the id fetches the avatar)."""
    fields: list[str] = []
    for column in group.columns:
        fields += [f for f in _COLUMN_FIELDS.get(column, ()) if f not in fields]
    parts = [i for i, field in enumerate(fields) if field in ("company", "title")]
    if parts:
        fields.insert(parts[-1] + 1, AFFILIATION)
    if "name" not in fields:
        fields.insert(0, "name")
    if "github" not in fields:
        fields.append("github")
    return tuple(fields)


def target_of_group(group_id: str) -> Target:
    """The kind of target a recognition group is (its records are people either way)."""
    return Target.COMMITTEE if group_id == COMMITTEE_ID else Target.HONOREES


def list_path(project: Project, target: Target, group_id: str | None = None) -> FieldPath:
    """The path of the list the rows go into: the testimonials, or a recognition group's
    people (``group_id``; by default the group named as the target, honorees or committee;
    a committee's fields for the group ``committee``, an honoree's for any other)."""
    if target is Target.TESTIMONIALS:
        return ("testimonials", "people")
    return ("groups", project.group_index(group_id or _GROUP_IDS[target]), "people")


def target_of(name: str) -> Target:
    """The fields rows bring for ``--into NAME``: the testimonials', the committee's for the
    group ``committee``, an honoree's for any other group."""
    if name == Target.TESTIMONIALS.value:
        return Target.TESTIMONIALS
    return Target.COMMITTEE if name == COMMITTEE_ID else Target.HONOREES


# Header words per field, normalized (see _normalize). A word of one CJK character or of
# three ASCII letters or fewer must be the whole header; longer words may be part of one
# ("你的姓名", "GitHub 账号", "所在公司").
_WORDS: dict[str, tuple[str, ...]] = {
    "index": ("序号", "编号", "no", "#", "index", "number", "num", "排名", "rank"),
    "github": (
        "github",
        "git号",
        "gitid",
        "git",
        "gh",
        "githubid",
        "github账号",
        "github用户名",
        "githubusername",
        "githubhandle",
    ),
    AFFILIATION: (
        *("公司职位", "单位职位", "公司及职位", "公司和职位", "公司/职位"),
        *("affiliation", "company and position", "company/position"),
    ),
    "body": (
        "感言",
        "感想",
        "心得",
        "评价",
        "反馈",
        "留言",
        "寄语",
        "testimonial",
        "feedback",
        "quote",
        "comment",
        "comments",
        "body",
    ),
    "duty": ("职责", "分工", "负责", "duty", "duties", "responsibility", "responsibilities"),
    "cohort": ("期", "期数", "期次", "第几期", "届", "cohort", "batch", "phase", "round"),
    "role": ("角色", "身份", "role"),
    "city": (
        *("城市", "所在城市", "所在地", "地区", "所在地区", "城市/地区", "地点"),
        *("city", "location", "town", "region"),
    ),
    "contribution": (
        *("贡献", "主要贡献", "贡献内容", "工作内容", "主要工作", "所做工作", "做了什么"),
        *("contribution", "contributions", "what they did", "work done", "achievement"),
    ),
    "citation": (
        *("颁奖词", "表彰词", "表彰理由", "获奖理由", "推荐理由", "推荐语", "评语", "理由"),
        *("citation", "award citation", "reason", "why"),
    ),
    "company": (
        "公司",
        "单位",
        "企业",
        "机构",
        "组织",
        "company",
        "organization",
        "organisation",
        "employer",
        "org",
    ),
    "position": ("职位", "职务", "岗位", "头衔", "title", "position", "jobtitle", "job"),
    "name": ("姓名", "名字", "名称", "昵称", "name", "fullname", "姓名/昵称", "真实姓名"),
}

# The order guesses are tried in: "GitHub 用户名" is a GitHub id before it is a name,
# "公司职位" both before company or position.
_ORDER: tuple[str, ...] = (
    *("index", "github", AFFILIATION, "citation", "contribution", "body", "duty", "cohort"),
    *("role", "company", "position", "city", "name"),
)

# What a header word means per target, where it differs from the field of the same name.
_ALIASES: dict[Target, dict[str, str]] = {
    Target.HONOREES: {"position": "title"},
    Target.COMMITTEE: {"duty": "role", "position": "role"},
    Target.TESTIMONIALS: {"position": "role", AFFILIATION: "company"},
}

_BOLD = re.compile(r"^\*\*(.*)\*\*$|^__(.*)__$")
_DROP = re.compile(r"[\s:：()（）\[\]【】*_\-.。,，]+")


def _normalize(header: str) -> str:
    text = header.strip()
    bold = _BOLD.match(text)
    if bold:
        text = bold.group(1) or bold.group(2) or ""
    return _DROP.sub("", text.casefold())


def _short(word: str) -> bool:
    return len(word) <= 1 or (word.isascii() and len(word) <= 3)


def header_kind(header: str) -> str:
    """What a column header names, whatever the target: ``index``, ``name``, ``company``,
    ``position``, ``affiliation``, ``github``, ``duty``, ``cohort``, ``role``, ``city``,
    ``contribution``, ``citation``, ``body`` or ""."""
    text = _normalize(header)
    if not text:
        return ""
    for exact in (True, False):
        for kind in _ORDER:
            for word in _WORDS[kind]:
                word = _normalize(word) or word
                if text == word if exact or _short(word) else word in text:
                    return kind
    return ""


def _group_field(kind: str, fields: Sequence[str]) -> str:
    """What a header's kind means to a recognition group taking ``fields``."""
    if kind == "position":
        return "title" if "title" in fields else "role"
    if kind == "duty":
        return "role"
    if kind == AFFILIATION and AFFILIATION not in fields:
        return "company"
    if kind == "body":  # 评价, 留言: a group's words about a person are its citation
        return "citation"
    return kind


def guess_field(header: str, target: Target, fields: Sequence[str] | None = None) -> str:
    """The field ``header`` most likely names for ``target`` (or for a recognition group
    taking ``fields``), or :data:`IGNORE`."""
    kind = header_kind(header)
    if fields is None:
        return _guess(kind, _ALIASES.get(target, {}).get(kind, kind), FIELDS[target])
    return _guess(kind, _group_field(kind, fields), fields)


def _guess(kind: str, field: str, fields: Sequence[str]) -> str:
    return field if kind and field in fields else IGNORE


def guess_mapping(
    headers: Sequence[str], target: Target, fields: Sequence[str] | None = None
) -> list[str]:
    """A field (or :data:`IGNORE`) per column; each field is given to one column at most."""
    taken: set[str] = set()
    mapping = []
    parts = {"company", "title", "position"}
    for header in headers:
        field = guess_field(header, target, fields)
        if field in taken or (field == AFFILIATION and taken & parts):
            field = IGNORE
        if field in parts and AFFILIATION in taken:
            field = IGNORE
        if field:
            taken.add(field)
        mapping.append(field)
    return mapping


class MappingError(ValueError):
    """A ``--map`` option that names no column or no field."""


def apply_overrides(
    headers: Sequence[str],
    mapping: list[str],
    overrides: Sequence[str],
    target: Target,
    fields: Sequence[str] | None = None,
) -> list[str]:
    """``mapping`` with ``COLUMN=FIELD`` overrides applied; COLUMN is a header or a 1-based
    column number, FIELD a field of the target (of a group taking ``fields``) or ``skip``."""
    allowed = FIELDS[target] if fields is None else tuple(fields)
    result = list(mapping)
    for item in overrides:
        column, sep, field = item.partition("=")
        column, field = column.strip(), field.strip().lower()
        if not sep or not column:
            raise MappingError(f"--map {item!r}: write COLUMN=FIELD, e.g. 姓名=name")
        if field in ("skip", "ignore", "none", ""):
            field = IGNORE
        elif field not in allowed:
            known = ", ".join((*allowed, "skip"))
            raise MappingError(f"--map {item!r}: {target.value} have no field {field!r} ({known})")
        index = _column_index(headers, column)
        if index is None:
            raise MappingError(f"--map {item!r}: no column {column!r} in the file")
        if field:  # a field given to one column is taken from any other
            result = [IGNORE if f == field else f for f in result]
        result[index] = field
    return result


def _column_index(headers: Sequence[str], column: str) -> int | None:
    for i, header in enumerate(headers):
        if header.strip() == column:
            return i
    wanted = _normalize(column)
    for i, header in enumerate(headers):
        if wanted and _normalize(header) == wanted:
            return i
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    return None
