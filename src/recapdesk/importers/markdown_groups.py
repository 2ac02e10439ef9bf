"""Recognition groups in hand-written recaps: tables, name lists, citation lists, avatar walls.

Recaps honour people in many groups, each under a heading of its own (a ``##`` section or a
``###`` inside one): "年度优秀贡献者", "讲师", "志愿者", "翻译", "Hall of fame". Each shape that
the composer writes back the same way becomes a :class:`RecognitionGroup` in the matching
layout (compose/groups.py):

- a table whose columns are all fields of a person (编号/姓名/GitHub/公司/贡献/颁奖词...): table;
- a bullet list of names, "name ([id](https://github.com/id))" or "name — reason": list;
- paragraphs of a bold name line, then the citation on the next lines, line breaks kept:
  citation list;
- a table of avatars with a name under each (an HTML hall of fame, turned into Markdown by
  :mod:`recapdesk.importers.markdown_html`): name wall.

A bullet list is taken for names only where the heading or the text before it speaks of people
(:data:`PEOPLE_WORDS`) or every item links a GitHub profile; anything else stays text. Whatever
is recognized here is checked by rendering it back (markdown_recap), so a shape that would read
differently stays as written.
"""

from __future__ import annotations

import re

from recapdesk.compose.words import WORDS
from recapdesk.importers.mapping import header_kind
from recapdesk.importers.markdown_blocks import Block, Kind, list_items, split_row
from recapdesk.importers.markdown_people import parse_table, table_people
from recapdesk.importers.rendered import plain_inline
from recapdesk.model import GroupColumn, GroupLayout, Language, Person, RecognitionGroup
from recapdesk.model.validation import github_id_problem, github_profile_url

PEOPLE_WORDS: tuple[str, ...] = (
    *("名单", "贡献者", "致谢", "感谢", "表彰", "获奖", "优秀", "讲师", "导师", "志愿者"),
    *("译者", "翻译", "组委会", "成员", "嘉宾", "讲者", "学员", "之星", "奖", "荣誉", "名人堂"),
    *("contributor", "thank", "acknowledg", "mentor", "speaker", "volunteer", "winner"),
    *("hall of fame", "maintainer", "committer", "member", "translator", "organizer", "award"),
    *("honoree", "team", "people", "credits"),
)

# Header words of the fields a group shows that the spreadsheet import has no use for.
_EXTRA_HEADERS: dict[str, GroupColumn] = {
    **dict.fromkeys(
        ("贡献", "贡献内容", "主要贡献", "项目", "项目名称", "作品"), GroupColumn.CONTRIBUTION
    ),
    **dict.fromkeys(("contribution", "contributions", "project"), GroupColumn.CONTRIBUTION),
    **dict.fromkeys(
        ("颁奖词", "获奖理由", "理由", "推荐理由", "citation", "reason"), GroupColumn.CITATION
    ),
    **dict.fromkeys(("城市", "地区", "city"), GroupColumn.CITY),
    **dict.fromkeys(("学校", "院校", "school", "university"), GroupColumn.COMPANY),
}
_KINDS: dict[str, GroupColumn] = {
    "index": GroupColumn.INDEX,
    "name": GroupColumn.NAME,
    "company": GroupColumn.COMPANY,
    "position": GroupColumn.TITLE,
    "affiliation": GroupColumn.AFFILIATION,
    "github": GroupColumn.GITHUB,
    "duty": GroupColumn.ROLE,
    "role": GroupColumn.ROLE,
    "cohort": GroupColumn.COHORT,
}
_LINK = r"\[([^\[\]]+)\]\(<?([^()<>\s]+)>?\)"
_WHO_WITH_GITHUB = re.compile(r"^(.+?) \(" + _LINK + r"\)$")
_GITHUB_ONLY = re.compile(r"^" + _LINK + r"$")
_AVATAR = re.compile(r"^!\[((?:[^\[\]\\]|\\.)*)\]\(<?([^()<>\s]+)>?\)(?: (.+))?$")
_BOLD_LINE = re.compile(r"^\*\*([^*].*?)\*\*$")
_SENTENCE_END = tuple("。.!！?？;；:：,，、")
_DETAIL_SEP = " — "


def column_of(header: str) -> GroupColumn | None:
    kind = header_kind(header)
    if kind in _KINDS:
        return _KINDS[kind]
    text = " ".join((plain_inline(header) or header).casefold().split())
    return _EXTRA_HEADERS.get(text)


def _github_id(label: str, url: str) -> str | None:
    """The id a link shows when it is a profile link the composer writes the same way, with
    the "@" of an "@id" link (the group then writes every id so: see list_group)."""
    bare = label.removeprefix("@")
    ok = github_id_problem(bare) is None and url.rstrip("/") == github_profile_url(bare)
    return label if ok else None


def _with_at(people: list[Person]) -> bool | None:
    """Whether the people's GitHub ids were written "@id" (their ``github`` still holds the
    "@", which this takes off); None when some were and some were not (the composer writes
    one way for a group)."""
    linked = [person for person in people if person.github]
    ats = {person.github.startswith("@") for person in linked}
    if len(ats) > 1:
        return None
    for person in linked:
        person.github = person.github.removeprefix("@")
    return ats == {True}


def table_group(block: Block, language: Language) -> RecognitionGroup | None:
    """A table of people, when every column is a field of a person and one names them."""
    table = parse_table(block)
    if table is None or not table.rows:
        return None
    columns = [column_of(header) for header in table.headers]
    if any(c is None for c in columns) or len(set(columns)) != len(columns):
        return None
    shown = [c for c in columns if c is not None]
    if not {GroupColumn.NAME, GroupColumn.GITHUB} & set(shown):
        return None
    people = table_people(table, shown)
    if people is None:
        return None
    words = WORDS[language]
    headers = [h if h != words[c.value] else "" for h, c in zip(table.headers, shown, strict=True)]
    return RecognitionGroup(
        id="x", columns=shown, headers=headers if any(headers) else [], people=people
    )


def _who(text: str) -> Person | None:
    """A person from the Markdown naming them: "name", "name ([id](profile))", "[id](profile)"."""
    if match := _GITHUB_ONLY.match(text):
        github = _github_id(match[1], match[2])
        return Person(github=github) if github else None
    if match := _WHO_WITH_GITHUB.match(text):
        github = _github_id(match[2], match[3])
        name = plain_inline(match[1])
        return Person(name=name, github=github) if github and name else None
    name = plain_inline(text)
    return Person(name=name) if name else None


def _short_name(person: Person) -> bool:
    """A name, not a phrase: short, no sentence punctuation, a few words at most."""
    name = person.name
    if any(mark in name for mark in _SENTENCE_END) or len(name.split()) > 5:
        return False
    return len(name) <= 30


def list_group(block: Block, context: str) -> RecognitionGroup | None:
    """A bullet list of people: names, GitHub profiles, "name — reason"."""
    if block.kind is not Kind.LIST or not re.match(r"^ {0,3}[-*+][ \t]", block.lines[0]):
        return None
    items = list_items(block)
    if len(items) < 2 or any(rest for _, rest in items):
        return None
    people = []
    for first, _ in items:
        who, _, detail = first.partition(_DETAIL_SEP)
        person = _who(who.strip())
        citation = plain_inline(detail) if detail else ""
        if person is None or citation is None or not _short_name(person):
            return None
        person.citation = citation
        people.append(person)
    linked = all(person.github for person in people)
    lowered = context.casefold()
    if not linked and not any(word in lowered for word in PEOPLE_WORDS):
        return None
    at = _with_at(people)
    if at is None:
        return None
    columns = [GroupColumn.NAME] if any(p.name for p in people) else []
    columns += [GroupColumn.GITHUB] if any(p.github for p in people) else []
    columns += [GroupColumn.CITATION] if any(p.citation for p in people) else []
    return RecognitionGroup(
        id="x", layout=GroupLayout.LIST, columns=columns, github_at=at, people=people
    )


def _citation(block: Block) -> Person | None:
    lines = block.lines
    if block.kind is not Kind.PARAGRAPH or len(lines) < 2:
        return None
    if any(not line.endswith("  ") for line in lines[:-1]):
        return None  # a soft line break: the citation list would break it
    head = _BOLD_LINE.match(lines[0].strip())
    name = plain_inline(head[1]) if head else None
    body = [plain_inline(line) for line in lines[1:]]
    if not name or len(name) > 40 or any(line is None for line in body):
        return None
    return Person(name=name, citation="\n".join(line or "" for line in body))


def citation_group(blocks: list[Block], i: int) -> tuple[RecognitionGroup, int] | None:
    """Two or more paragraphs of a bold name line and a citation, from ``blocks[i]``."""
    people = []
    j = i
    while j < len(blocks) and (person := _citation(blocks[j])) is not None:
        people.append(person)
        j += 1
    if len(people) < 2:
        return None
    columns = [GroupColumn.NAME, GroupColumn.CITATION]
    group = RecognitionGroup(id="x", layout=GroupLayout.CITATIONS, columns=columns, people=people)
    return group, j


def wall_group(block: Block) -> RecognitionGroup | None:
    """A headerless table of avatars, each with a name: a name wall with photos."""
    if block.kind is not Kind.TABLE or any(split_row(block.lines[0])):
        return None
    people: list[Person] = []
    width = len(split_row(block.lines[0]))
    rows = [split_row(line) for line in block.lines[2:]]
    for number, row in enumerate(rows):
        for cell in row:
            if not cell and number == len(rows) - 1:
                continue  # the last row is padded
            match = _AVATAR.match(cell)
            person = _who(match[3]) if match and match[3] else None
            if match is None or person is None:
                return None
            person.photo = match[2]
            people.append(person)
    at = _with_at(people)
    if len(people) < 2 or at is None:
        return None
    columns = [GroupColumn.PHOTO, GroupColumn.NAME]
    columns += [GroupColumn.GITHUB] if any(p.github for p in people) else []
    wall = min(width, 8)
    return RecognitionGroup(
        id="x",
        layout=GroupLayout.WALL,
        wall_columns=wall,
        columns=columns,
        github_at=at,
        people=people,
    )
