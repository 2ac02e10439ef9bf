"""People in hand-written recaps: honoree and committee tables, testimonials in five shapes.

Testimonial shapes (each becomes a :class:`TestimonialStyle`):

1. a bullet per person, the body indented under it (``list``);
2. a bold (or plain) attribution line, then a blockquote (``quote``);
3. a blockquote ending in ``-- Name, Title`` (``signed``);
4. consecutive blockquotes without names (``quote``, anonymous people);
5. a ``###`` heading per person, then the body (``heading``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recapdesk.compose.people import attribution
from recapdesk.compose.words import WORDS
from recapdesk.importers.mapping import header_kind
from recapdesk.importers.markdown_blocks import (
    LIST_ITEM,
    TABLE_RULE,
    Block,
    Kind,
    list_items,
    split_row,
)
from recapdesk.importers.rendered import plain_inline
from recapdesk.model import (
    GroupColumn,
    Language,
    Person,
    Testimonial,
    TestimonialDisplay,
    TestimonialStyle,
)
from recapdesk.model.validation import github_id_problem, github_profile_url

_LINK = re.compile(r"\[([^\[\]]*)\]\(<?([^()<>\s]+)>?\)")
_SIGNATURE = re.compile(r"^ {0,3}>[ \t]*(--|——|—)[ \t]*(\S.*?)\s*$")
_QUOTE_PREFIX = re.compile(r"^ {0,3}> ?")
_COHORT = re.compile(r"^(.*期)(.*)$", re.DOTALL)


# -- tables -------------------------------------------------------------------------------------


@dataclass
class Table:
    headers: list[str]  # plain text
    rows: list[list[str]]  # cell Markdown


def parse_table(block: Block) -> Table | None:
    if block.kind is not Kind.TABLE or len(block.lines) < 2 or not TABLE_RULE.match(block.lines[1]):
        return None
    header_cells = split_row(block.lines[0])
    headers = [plain_inline(cell) if cell else "" for cell in header_cells]
    if any(h is None for h in headers):
        return None
    width = len(headers)
    rows = []
    for line in block.lines[2:]:
        cells = split_row(line)
        if len(cells) > width:
            return None
        rows.append(cells + [""] * (width - len(cells)))
    return Table([h or "" for h in headers], rows)


def github_from_cell(markdown_text: str) -> str | None:
    """The GitHub id a cell shows: a bare id or a link to the id's profile; None if the cell
    holds anything the composer would not write back the same way."""
    if not markdown_text:
        return ""
    link = _LINK.fullmatch(markdown_text.strip())
    if link:
        label, url = link.group(1).strip(), link.group(2)
        ok = label and github_id_problem(label) is None
        return label if ok and url.rstrip("/") == github_profile_url(label) else None
    return plain_inline(markdown_text)


_HONOREE_KINDS = {
    "index": GroupColumn.INDEX,
    "name": GroupColumn.NAME,
    "company": GroupColumn.COMPANY,
    "position": GroupColumn.TITLE,
    "affiliation": GroupColumn.AFFILIATION,
    "github": GroupColumn.GITHUB,
}


@dataclass
class HonoreeTable:
    columns: list[GroupColumn]
    headers: list[str]
    people: list[Person]


def honoree_table(table: Table, language: Language) -> HonoreeTable | None:
    """The table as honorees, when every column is one the composer can write."""
    kinds = [header_kind(header) for header in table.headers]
    if len(kinds) < 2 or any(kind not in _HONOREE_KINDS for kind in kinds):
        return None
    if len(set(kinds)) != len(kinds) or not {"name", "github"} & set(kinds):
        return None
    columns = [_HONOREE_KINDS[kind] for kind in kinds]
    words = WORDS[language]
    headers = [
        h if h != words[c.value] else "" for h, c in zip(table.headers, columns, strict=True)
    ]
    people = table_people(table, columns)
    if people is None:
        return None
    return HonoreeTable(columns, headers if any(headers) else [], people)


def table_people(table: Table, columns: list[GroupColumn]) -> list[Person] | None:
    """One person per row, each cell read as its column's field (the index column skipped,
    "company title" split in two); None when a GitHub cell holds something else than an id,
    since such a table would not read the same once written back."""
    people = []
    for row in table.rows:
        values: dict[str, str] = {}
        for column, cell in zip(columns, row, strict=True):
            if column is GroupColumn.INDEX:
                continue
            text = github_from_cell(cell) if column is GroupColumn.GITHUB else plain_inline(cell)
            if text is None:
                return None
            if column is GroupColumn.AFFILIATION:
                company, _, title = text.partition(" ")
                values["company"], values["title"] = company, title.strip()
            else:
                values[column.value] = text
        people.append(Person(**values))
    return people


def committee_table(table: Table) -> list[Person] | None:
    """The table as the organizing committee: name, duty and GitHub columns, in that order."""
    kinds = [header_kind(header) for header in table.headers]
    if len(kinds) != 3 or kinds[0] != "name" or kinds[2] != "github":
        return None
    if kinds[1] not in ("duty", "role", "position"):
        return None
    members = []
    for name_cell, duty_cell, github_cell in table.rows:
        name, duty, github = plain_inline(name_cell), plain_inline(duty_cell), None
        github = github_from_cell(github_cell)
        if name is None or duty is None or github is None:
            return None
        members.append(Person(name=name, role=duty, github=github))
    return members


# -- testimonials -------------------------------------------------------------------------------


@dataclass
class Entry:
    attribution: str | None  # Markdown of the line naming the person; None: anonymous
    body: str
    dash: str = ""  # a signed one's: "--", "——" or "—"


@dataclass
class Group:
    style: TestimonialStyle
    start: int  # index of the first block of the group
    end: int  # index after its last block
    entries: list[Entry] = field(default_factory=list)
    rules: bool = False  # a "---" rule between each two


def _unquote(lines: tuple[str, ...] | list[str]) -> str:
    text = "\n".join(_QUOTE_PREFIX.sub("", line, count=1) for line in lines)
    return text.strip("\n")


def _short_line(text: str) -> bool:
    return bool(text) and "\n" not in text and len(text) <= 120


def _list_group(blocks: list[Block], i: int) -> Group | None:
    block = blocks[i]
    if block.kind is not Kind.LIST or not LIST_ITEM.match(block.lines[0]):
        return None
    if not re.match(r"^ {0,3}[-*+]", block.lines[0]):
        return None  # numbered lists are steps or rankings, not people
    items = list_items(block)
    if not items or any(not _short_line(first) for first, _ in items):
        return None
    # Items whose body starts right under the name (no blank line) are one paragraph.
    if any(rest and rest[0].strip() for _, rest in items):
        return None
    entries = [Entry(first, "\n".join(rest).strip("\n")) for first, rest in items]
    if not any(entry.body for entry in entries):
        return None  # a list of names alone is not testimonials
    return Group(TestimonialStyle.LIST, i, i + 1, entries)


def _quote_pairs(blocks: list[Block], i: int) -> Group | None:
    group = Group(TestimonialStyle.QUOTE, i, i)
    j = i
    while j + 1 < len(blocks):
        line, quote = blocks[j], blocks[j + 1]
        if line.kind is not Kind.PARAGRAPH or len(line.lines) != 1 or quote.kind is not Kind.QUOTE:
            break
        group.entries.append(Entry(line.lines[0].strip(), _unquote(quote.lines)))
        j += 2
    group.end = j
    return group if len(group.entries) >= 2 else None


def _quote_run(blocks: list[Block], i: int) -> tuple[list[Block], int, bool]:
    """The quotes from ``blocks[i]``: side by side, or each two apart by a ``---`` rule (one
    shape throughout); the index after the last, and whether rules part them."""
    rules = i + 2 < len(blocks) and blocks[i + 1].kind is Kind.RULE
    j = i
    quotes = []
    while j < len(blocks) and blocks[j].kind is Kind.QUOTE:
        quotes.append(blocks[j])
        if not rules:
            j += 1
        elif j + 1 < len(blocks) and blocks[j + 1].kind is Kind.RULE:
            j += 2
        else:
            return quotes, j + 1, rules
    return quotes, j - 1 if rules else j, rules  # a rule after the last is not between two


def _quotes(blocks: list[Block], i: int) -> Group | None:
    quotes, j, rules = _quote_run(blocks, i)
    if len(quotes) < 2:
        return None
    signed = [_SIGNATURE.match(q.lines[-1]) for q in quotes]
    if all(signed):
        entries = []
        for quote, sign in zip(quotes, signed, strict=True):
            assert sign is not None
            body = _unquote(quote.lines[:-1]).rstrip("\n")
            entries.append(Entry(sign.group(2), body, sign.group(1)))
        return Group(TestimonialStyle.SIGNED, i, j, entries, rules)
    if any(signed):
        return None
    entries = [Entry(None, _unquote(q.lines)) for q in quotes]
    return Group(TestimonialStyle.QUOTE, i, j, entries, rules)


def _heading_group(blocks: list[Block], i: int) -> Group | None:
    group = Group(TestimonialStyle.HEADING, i, i)
    j = i
    while j < len(blocks) and blocks[j].kind is Kind.HEADING and blocks[j].level == 3:
        k = j + 1
        while k < len(blocks) and not (blocks[k].kind is Kind.HEADING and blocks[k].level <= 3):
            k += 1
        body = "\n\n".join(b.text for b in blocks[j + 1 : k])
        group.entries.append(Entry(blocks[j].heading, body))
        j = k
    group.end = j
    return group if len(group.entries) >= 2 else None


def group_at(blocks: list[Block], i: int) -> Group | None:
    """The run of testimonials starting at ``blocks[i]``, in any of the five shapes."""
    for shape in (_list_group, _quote_pairs, _quotes, _heading_group):
        group = shape(blocks, i)
        if group is not None:
            return group
    return None


def split_attribution(text: str, language: Language) -> Testimonial:
    """Name, company, cohort and role from an attribution line as the composer writes it
    ("姚沈结-爱立信-研习一期", "赵卫国-Lenovo-一期学习委员"); a line it would write otherwise
    is kept whole as the name."""
    words = WORDS[language]
    sep = words["attribution_sep"]
    parts = text.split(sep.strip() or sep) if language is Language.ZH else text.split(sep)
    person = Testimonial(name=text)
    if len(parts) >= 2:
        name, last, middle = parts[0], parts[-1], sep.join(parts[1:-1])
        cohort = _COHORT.match(last) if language is Language.ZH else None
        if cohort and middle:
            person = Testimonial(name=name, company=middle, cohort=cohort[1], role=cohort[2])
        elif cohort:
            person = Testimonial(name=name, cohort=cohort[1], role=cohort[2])
        else:
            person = Testimonial(name=name, company=sep.join(parts[1:]))
    shown = attribution(person, TestimonialDisplay.NAME_COMPANY_COHORT, words)
    if " ".join(shown.split()) != " ".join(text.split()):
        return Testimonial(name=text)
    return person


def testimonial_people(
    entries: list[Entry], language: Language
) -> tuple[TestimonialDisplay, list[Testimonial]] | None:
    """The people of a group and how they are named; None if a name line is not plain text."""
    names: list[str | None] = []
    for entry in entries:
        if entry.attribution is None:
            names.append(None)
            continue
        plain = plain_inline(entry.attribution)
        if plain is None:
            return None
        names.append(plain)
    given = [name for name in names if name]
    if given and all(github_id_problem(name) is None for name in given):
        people = [
            Testimonial(github=name or "", body=entry.body)
            for name, entry in zip(names, entries, strict=True)
        ]
        return TestimonialDisplay.GITHUB, people
    people = []
    for name, entry in zip(names, entries, strict=True):
        person = split_attribution(name, language) if name else Testimonial()
        person.body = entry.body
        people.append(person)
    return TestimonialDisplay.NAME_COMPANY_COHORT, people
