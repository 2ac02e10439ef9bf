"""Recognition groups -> Markdown, in each group's layout.

Every layout writes Markdown that GitHub, the preview and the WeChat copy all render:

- table: a centered GFM table of the columns shown (schema 1's honorees and committee tables);
- list: a bullet per person, "name — citation";
- name wall: the names in rows of ``wall_columns``, a paragraph with hard line breaks; with the
  photo column, a table of ``wall_columns`` columns, an avatar above each name;
- citation list: the name line in bold, then the citation with its line breaks kept.

User text stays literal (compose/escape.inline). An avatar is the person's picture, else their
initials in white on a disc of the theme colour (:func:`initials_badge`): an element styled
inline, which the WeChat editor keeps as it is. No picture: nothing to embed or upload, no SVG
(WeChat drops it), and no font needed to draw it (the reader's phone draws the letters, where
an SVG drawn to PNG here showed Chinese initials as empty boxes). GitHub, which strips style
attributes, shows the initials as text.
"""

from __future__ import annotations

import html
import re

from recapdesk.compose.escape import flatten, inline, link, link_target
from recapdesk.model import GroupColumn, GroupLayout, Person, RecognitionGroup
from recapdesk.model.validation import github_id_problem, github_profile_url

_CENTER = ":--:"
DEFAULT_AVATAR_COLOR = "#2b6cb0"
_IDENTITY = (
    GroupColumn.NAME,
    GroupColumn.COMPANY,
    GroupColumn.TITLE,
    GroupColumn.AFFILIATION,
    GroupColumn.CITY,
    GroupColumn.COHORT,
    GroupColumn.ROLE,
)


def github_cell(github_id: str, links: bool = True, at: bool = False) -> str:
    """A profile link for a valid id (``links``: the article's choice); anything else
    literally, never as a link. ``at``: the id is shown as "@id"."""
    shown = "@" + github_id if at and github_id else github_id
    if links and github_id and github_id_problem(github_id) is None:
        return link(shown, github_profile_url(github_id))
    return inline(shown)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A centered GFM table; cells are Markdown already escaped by the caller."""
    lines = [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join(_CENTER for _ in headers) + " |",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def initials(name: str) -> str:
    """What an avatar badge shows: a Chinese name's last two characters (润森), else the first
    letters of up to two words (Ada Lovelace: AL)."""
    text = flatten(name)
    if not text:
        return "?"
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text.replace(" ", "")[-2:]
    letters = [next((ch for ch in word if ch.isalnum()), "") for word in text.split(" ")]
    return "".join([letter for letter in letters if letter][:2]).upper() or text[0]


_BADGE_STYLE = (
    "display:block;margin:0 auto;width:3em;height:3em;line-height:3em;"
    "border-radius:50%;background-color:{color};color:#ffffff;text-align:center;"
    "font-size:16px;font-weight:bold;overflow:hidden;word-break:keep-all"
)


def badge_style(color: str) -> str:
    """The style of an initials badge of ``color``: sizes in em, as WeChat drops pixel
    widths (48 px at the badge's 16 px, as the themes size a picture avatar: four to a row
    fit a phone), a block centred in its cell, above the name of a name wall."""
    return _BADGE_STYLE.format(color=color)


_HEAD, _TAIL = _BADGE_STYLE.split("{color}")
# The renderer lets exactly this shape through (render/safe.py) and no other raw HTML; the
# initials are character references but for letters and digits, so nothing in them is
# Markdown (a "|" would split a table row).
BADGE = re.compile(
    '<span style="'
    + re.escape(_HEAD)
    + r"(#[0-9a-f]{6})"
    + re.escape(_TAIL)
    + r'">((?:&#\d+;|[^\W_])*)</span>'
)


def initials_badge(name: str, color: str) -> str:
    """The avatar of someone without a picture: the initials of ``name`` in white on a disc of
    ``color`` (#rrggbb), as the inline-styled element the article carries (see BADGE)."""
    color = color.lower() if re.fullmatch(r"#[0-9a-fA-F]{6}", color) else DEFAULT_AVATAR_COLOR
    text = "".join(ch if ch.isalnum() else f"&#{ord(ch)};" for ch in initials(name))
    return f'<span style="{badge_style(color)}">{text}</span>'


def badge_text(match: re.Match[str]) -> str:
    """The initials of a badge found with :data:`BADGE`."""
    return html.unescape(match.group(2))


def avatar(person: Person, color: str) -> str:
    """The person's picture as a Markdown image (alt text: the name or GitHub id), or their
    initials badge."""
    if not person.photo:
        return initials_badge(person.name or person.github, color)
    alt = inline(person.name or person.github).replace("\\]:", "\\]\\:")
    return f"![{alt}]({link_target(person.photo)})"


def _cell(
    person: Person, column: GroupColumn, index: str, color: str, links: bool, at: bool
) -> str:
    if column is GroupColumn.INDEX:
        return index
    if column is GroupColumn.PHOTO:
        return avatar(person, color)
    if column is GroupColumn.GITHUB:
        return github_cell(person.github, links, at)
    if column is GroupColumn.AFFILIATION:
        return inline(" ".join(filter(None, [person.company, person.title])))
    return inline(getattr(person, column.value))


def headers(
    group: RecognitionGroup, columns: list[GroupColumn], words: dict[str, str]
) -> list[str]:
    """The header cells: the group's own heading of a column where it has one."""
    own = dict(zip(group.columns, group.headers, strict=False))
    return [inline(own.get(column, "")) or words[column.value] for column in columns]


def _table(group: RecognitionGroup, words: dict[str, str], color: str, links: bool) -> str:
    columns = group.shown_columns()
    if not columns or not group.people:
        return ""
    rows: list[list[str]] = []
    number = 0
    for person in group.people:
        empty = person.is_empty()
        if not empty:
            number += 1
        index = "" if empty else str(number)
        at = group.github_at
        rows.append([_cell(person, column, index, color, links, at) for column in columns])
    return table(headers(group, columns, words), rows)


def who(person: Person, group: RecognitionGroup, words: dict[str, str], links: bool = True) -> str:
    """The Markdown naming a person: the identity columns shown, else the GitHub id."""
    columns = group.shown_columns()
    parts = [_cell(person, c, "", "", links, False) for c in columns if c in _IDENTITY]
    text = words["person_sep"].join(part for part in parts if part)
    if GroupColumn.GITHUB in columns and person.github.strip():
        github = github_cell(person.github, links, group.github_at)
        text = f"{text} ({github})" if text else github
    return text


def _detail(person: Person, group: RecognitionGroup) -> str:
    columns = group.shown_columns()
    parts = []
    if GroupColumn.CONTRIBUTION in columns:
        parts.append(inline(person.contribution))
    if GroupColumn.CITATION in columns:
        parts.append(inline(person.citation))
    return "; ".join(part for part in parts if part)


def _list(group: RecognitionGroup, words: dict[str, str], links: bool) -> list[str]:
    items = []
    for person in group.people:
        name, detail = who(person, group, words, links), _detail(person, group)
        if name or detail:
            items.append("- " + " — ".join(part for part in (name, detail) if part))
    return items


def _citations(group: RecognitionGroup, words: dict[str, str], links: bool) -> str:
    entries = []
    shows_citation = GroupColumn.CITATION in group.shown_columns()
    for person in group.people:
        name = who(person, group, words, links)
        lines = []
        if GroupColumn.CONTRIBUTION in group.shown_columns() and person.contribution.strip():
            lines.append(inline(person.contribution))
        if shows_citation:
            lines += [inline(line) for line in person.citation.strip("\n").split("\n")]
        # A blank line of the citation would end the paragraph: it stays a line break.
        body = "  \n".join(line or "\u00a0" for line in lines)
        head = f"**{name}**" if name else ""
        entry = "  \n".join(part for part in (head, body) if part)
        if entry:
            entries.append(entry)
    return "\n\n".join(entries)


def _wall(group: RecognitionGroup, words: dict[str, str], color: str, links: bool) -> str:
    people = [p for p in group.people if not p.is_empty()]
    width = group.wall_columns
    if GroupColumn.PHOTO in group.shown_columns():
        cells = [f"{avatar(p, color)} {who(p, group, words, links)}".strip() for p in people]
        if not cells:
            return ""
        rows = [cells[i : i + width] for i in range(0, len(cells), width)]
        rows[-1] += [""] * (len(rows[0]) - len(rows[-1]))
        return table([""] * len(rows[0]), rows)
    names = [name for name in (who(p, group, words, links) for p in people) if name]
    rows = [names[i : i + width] for i in range(0, len(names), width)]
    return "  \n".join(words["wall_sep"].join(row) for row in rows)


def group_people(
    group: RecognitionGroup, words: dict[str, str], color: str, links: bool = True
) -> tuple[str, str]:
    """The group's people in its layout (``links``: GitHub ids as profile links):
    ``("table", markdown)`` for a table (one line per row, so a renderer may render it piece
    by piece), else ``("text", markdown)``."""
    color = color or DEFAULT_AVATAR_COLOR
    if group.layout is GroupLayout.TABLE:
        return "table", _table(group, words, color, links)
    if group.layout is GroupLayout.LIST:
        return "text", "\n".join(_list(group, words, links))
    if group.layout is GroupLayout.CITATIONS:
        return "text", _citations(group, words, links)
    return "text", _wall(group, words, color, links)
