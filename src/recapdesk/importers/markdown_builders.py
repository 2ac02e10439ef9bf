"""The project's sections built from the blocks of one part of a hand-written recap: the
honorees and committee tables, the testimonials, the background (its links and numbers) and the
next phase, each as the composer writes it; markdown_sections decides which part is which."""

from __future__ import annotations

import re

from recapdesk.compose.escape import link as md_link
from recapdesk.compose.people import dash_before
from recapdesk.compose.words import WORDS
from recapdesk.importers.markdown_blocks import Block, Kind, join, list_items
from recapdesk.importers.markdown_people import (
    Entry,
    Group,
    committee_table,
    honoree_table,
    parse_table,
    testimonial_people,
)
from recapdesk.importers.rendered import plain_inline
from recapdesk.model import (
    COMMITTEE_ID,
    HONOREES_ID,
    Background,
    GroupColumn,
    Language,
    Link,
    NextPhase,
    Number,
    RecognitionGroup,
    SignatureDash,
    Testimonials,
)

_SINGLE_LINK = re.compile(r"^\[((?:[^\[\]\\]|\\.)*)\]\((\S+?)\)$")


# -- builders -----------------------------------------------------------------------------------


def _award(block: Block, words: dict[str, str]) -> tuple[str, str] | None:
    before, _, after = words["award"].partition("**{award}**")
    text = block.text.strip()
    if block.kind is not Kind.PARAGRAPH or not (text.startswith(before + "**")):
        return None
    if not text.endswith("**" + after):
        return None
    inner = text[len(before) + 2 : len(text) - len(after) - 2]
    link = _SINGLE_LINK.match(inner)
    if link:
        title = plain_inline(link.group(1))
        if title is None or md_link(title, link.group(2)) != inner:
            return None
        return title, link.group(2)
    title = plain_inline(inner)
    return (title, "") if title else None


def honorees_unit(
    table_block: Block, intro: list[Block], language: Language
) -> tuple[RecognitionGroup, list[Block]] | None:
    table = parse_table(table_block)
    parsed = honoree_table(table, language) if table else None
    if parsed is None:
        return None
    section = RecognitionGroup(
        id=HONOREES_ID, columns=parsed.columns, headers=parsed.headers, people=parsed.people
    )
    award = _award(intro[-1], WORDS[language]) if intro and parsed.people else None
    if award:
        section.award = intro[-1].text.strip()
        intro = intro[:-1]
    section.intro = join(intro)
    return section, [*intro]


def committee_unit(table_block: Block, intro: list[Block]) -> RecognitionGroup | None:
    table = parse_table(table_block)
    members = committee_table(table) if table else None
    if members is None:
        return None
    columns = [GroupColumn.NAME, GroupColumn.ROLE, GroupColumn.GITHUB]
    return RecognitionGroup(id=COMMITTEE_ID, intro=join(intro), columns=columns, people=members)


def _signature_dash(entries: list[Entry]) -> SignatureDash | None:
    """The one way the signatures' dashes were chosen ("--", "——", or by the attribution's
    script); None when the composer would write some other dash."""
    for dash in SignatureDash:
        if all(e.dash == dash_before(dash, e.attribution or "") for e in entries if e.dash):
            return dash
    return None


def testimonials_unit(group: Group, intro: list[Block], language: Language) -> Testimonials | None:
    people = testimonial_people(group.entries, language)
    dash = _signature_dash(group.entries)
    if people is None or dash is None:
        return None
    display, persons = people
    return Testimonials(
        intro=join(intro),
        display=display,
        style=group.style,
        people=persons,
        signature_dash=dash,
        rules=group.rules,
    )


def _links(block: Block) -> list[Link] | None:
    if block.kind is not Kind.LIST:
        return None
    links = []
    for first, rest in list_items(block) or [("", ["x"])]:
        match = _SINGLE_LINK.match(first)
        label = plain_inline(match.group(1)) if match else None
        if rest or match is None or label is None:
            return None
        links.append(Link(label=label, url=match.group(2)))
    return links


_NUMBER = re.compile(r"^(-?\d+(?:\.\d+)?)(.*)$", re.DOTALL)


def _numbers(block: Block, words: dict[str, str]) -> list[Number] | None:
    if block.kind is not Kind.LIST:
        return None
    label_sep = words["number"].split("{value}")[0].removeprefix("{label}")
    numbers = []
    for first, rest in list_items(block):
        text = plain_inline(first)
        if rest or text is None or label_sep not in text:
            return None
        label, _, shown = text.partition(label_sep)
        if shown.startswith(words["placeholder"]):
            value: int | float | None = None
            unit = shown.removeprefix(words["placeholder"])
        else:
            match = _NUMBER.match(shown)
            if match is None:
                return None
            value = float(match[1]) if "." in match[1] else int(match[1])
            unit = match[2]
        numbers.append(Number(label=label, value=value, unit=unit.strip()))
    return numbers


def background_unit(blocks: list[Block], language: Language) -> Background:
    words = WORDS[language]
    section = Background()
    if len(blocks) >= 2 and blocks[-2].text.strip() == words["numbers"]:
        numbers = _numbers(blocks[-1], words)
        if numbers is not None:
            section.numbers, blocks = numbers, blocks[:-2]
    # The composer's order, which is the form's: text, links, numbers.
    if blocks and (links := _links(blocks[-1])) is not None:
        section.links, blocks = links, blocks[:-1]
    section.text = join(blocks)
    return section


def next_phase_unit(blocks: list[Block], language: Language) -> NextPhase:
    words = WORDS[language]
    section = NextPhase()
    if blocks and (links := _links(blocks[-1])) is not None:
        section.links, blocks = links, blocks[:-1]
    time_mark = f"**{words['time']}**{words['label_sep']}"
    how_mark = f"**{words['how_to_join']}**"
    text: list[Block] = []
    for i, block in enumerate(blocks):
        line = block.text.strip()
        if block.kind is Kind.PARAGRAPH and line.startswith(time_mark) and "\n" not in line:
            time = plain_inline(line.removeprefix(time_mark))
            if time:
                section.time = time
                continue
        if block.kind is Kind.PARAGRAPH and line == how_mark and i + 1 < len(blocks):
            section.how_to_join = join(blocks[i + 1 :])
            break
        text.append(block)
    section.text = join(text)
    return section
