"""Which column of a spreadsheet fills which field of a record: targets, fields and guesses.

Organizers' sheets come from sign-up forms and chat exports, so headers vary: ``姓名``,
``你的名字``, ``Name``, ``GitHub 账号``, ``git号``, ``公司/单位``. :func:`guess_mapping` reads
each header, ignoring case, spaces, punctuation and Markdown bold, and proposes a field; every
field is proposed for at most one column (the first that fits).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel

from recapdesk.model import COMMITTEE_ID, HONOREES_ID, Person, Project, Testimonial
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
    *("index", "github", AFFILIATION, "body", "duty", "cohort", "role", "company", "position"),
    "name",
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
    ``position``, ``affiliation``, ``github``, ``duty``, ``cohort``, ``role``, ``body`` or ""."""
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


def guess_field(header: str, target: Target) -> str:
    """The field ``header`` most likely names for ``target``, or :data:`IGNORE`."""
    kind = header_kind(header)
    field = _ALIASES.get(target, {}).get(kind, kind)
    return field if field in FIELDS[target] else IGNORE


def guess_mapping(headers: Sequence[str], target: Target) -> list[str]:
    """A field (or :data:`IGNORE`) per column; each field is given to one column at most."""
    taken: set[str] = set()
    mapping = []
    for header in headers:
        field = guess_field(header, target)
        if field in taken or (field == AFFILIATION and taken & {"company", "position"}):
            field = IGNORE
        if field in ("company", "position") and AFFILIATION in taken:
            field = IGNORE
        if field:
            taken.add(field)
        mapping.append(field)
    return mapping


class MappingError(ValueError):
    """A ``--map`` option that names no column or no field."""


def apply_overrides(
    headers: Sequence[str], mapping: list[str], overrides: Sequence[str], target: Target
) -> list[str]:
    """``mapping`` with ``COLUMN=FIELD`` overrides applied; COLUMN is a header or a 1-based
    column number, FIELD a field of the target or ``skip``."""
    result = list(mapping)
    for item in overrides:
        column, sep, field = item.partition("=")
        column, field = column.strip(), field.strip().lower()
        if not sep or not column:
            raise MappingError(f"--map {item!r}: write COLUMN=FIELD, e.g. 姓名=name")
        if field in ("skip", "ignore", "none", ""):
            field = IGNORE
        elif field not in FIELDS[target]:
            known = ", ".join((*FIELDS[target], "skip"))
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
