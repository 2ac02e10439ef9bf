"""One ``##`` section of a hand-written recap -> the project's sections ("units").

A section may hold several of the project's sections: the seed's "个人表彰和感言" is the
honorees table and, continuing without a heading of its own, the testimonials. Whatever the
composer could not write back as it was becomes a free section with the original Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from recapdesk.importers.markdown_blocks import Block, Kind, join
from recapdesk.importers.markdown_builders import (
    background_unit,
    committee_unit,
    honorees_unit,
    next_phase_unit,
    testimonials_unit,
)
from recapdesk.importers.markdown_groups import citation_group, list_group, table_group, wall_group
from recapdesk.importers.markdown_people import (
    Group,
    group_at,
)
from recapdesk.importers.rendered import plain_inline
from recapdesk.model import (
    FreeSection,
    Language,
    RecognitionGroup,
)

TESTIMONIAL_WORDS: tuple[str, ...] = (
    *("感言", "感想", "心得", "评价", "引言", "寄语", "怎么说", "回访", "采访", "反馈"),
    *("testimonial", "quote", "feedback", "what they said"),
)
BACKGROUND_WORDS: tuple[str, ...] = (
    *("背景", "初衷", "缘起", "起源", "前言", "简介", "概述"),
    *("background", "introduction", "about the program"),
)
NEXT_WORDS: tuple[str, ...] = (
    *("预告", "展望", "后续活动", "下期", "下一期", "未来", "明年"),
    *("what's next", "whats next", "what is next", "next steps", "next phase", "upcoming"),
    "next year",
    "coming up",
)


def has_word(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.casefold()
    return any(word in lowered for word in words)


@dataclass
class Unit:
    """One section of the project made from (part of) a section of the article."""

    key: str  # a built-in section's key, or "free"
    model: Any  # the section's model (RecognitionGroup, Background, ..., FreeSection)
    blocks: list[Block] = field(default_factory=list)  # the original Markdown it stands for
    literal: bool = False  # a free section whose body starts with the raw heading


def free_unit(heading: str, blocks: list[Block]) -> Unit:
    return Unit("free", FreeSection(id="x", heading=heading, body=join(blocks)), blocks)


def literal_unit(heading_block: Block, blocks: list[Block]) -> Unit:
    """The heading kept as written, in a free section without a heading of its own."""
    body = join([heading_block, *blocks])
    return Unit("free", FreeSection(id="x", body=body), [heading_block, *blocks], literal=True)


# -- a section's units --------------------------------------------------------------------------


@dataclass
class Anchor:
    """Where a table or a run of testimonials sits in a section's blocks."""

    key: str
    start: int
    end: int
    found: Block | Group | RecognitionGroup


def find_anchors(
    heading: str, body: list[Block], taken: set[str], language: Language
) -> list[Anchor]:
    """The honoree table, committee table and testimonials of a section, each at most once in
    the article; testimonials only where the heading or the text before them says so."""
    anchors: list[Anchor] = []
    j = last_end = 0
    while j < len(body):
        block = body[j]
        found: Anchor | None = None
        context = heading + "\n" + join(body[last_end:j])
        if block.kind is Kind.TABLE:
            if "honorees" not in taken and honorees_unit(block, [], language):
                found = Anchor("honorees", j, j + 1, block)
            elif "committee" not in taken and committee_unit(block, []):
                found = Anchor("committee", j, j + 1, block)
        if found is None and "testimonials" not in taken:
            group = group_at(body, j) if has_word(context, TESTIMONIAL_WORDS) else None
            if group is not None:
                found = Anchor("testimonials", j, group.end, group)
        if found is None and "group" not in taken:
            # What names a list of people: the headings above it and the line right before it.
            near = [b.text for b in body[last_end:j] if b.kind is Kind.HEADING] + [
                body[j - 1].text if j > last_end else ""
            ]
            found = _group_anchor(body, j, "\n".join([heading, *near]), language)
        if found is None:
            j += 1
            continue
        anchors.append(found)
        if found.key != "group":  # any number of groups, each built-in section once
            taken.add(found.key)
        j = last_end = found.end
    return anchors


def _group_anchor(body: list[Block], j: int, context: str, language: Language) -> Anchor | None:
    """A recognition group of any other shape starting at ``body[j]`` (markdown_groups)."""
    block = body[j]
    group = None
    if block.kind is Kind.TABLE:
        group = table_group(block, language) or wall_group(block)
    elif block.kind is Kind.LIST:
        group = list_group(block, context)
    elif block.kind is Kind.PARAGRAPH and (found := citation_group(body, j)):
        return Anchor("group", j, found[1], found[0])
    return Anchor("group", j, j + 1, group) if group is not None else None


_AWARD_END = ("：", ":")


def _group_unit(anchor: Anchor, intro: list[Block], body: list[Block], sub: bool) -> Unit:
    """The group with the text before it: a ``###`` heading names it, a short line ending in a
    colon right above the people is its award line, the rest its intro. ``sub``: the group is
    not the first part of a ``##`` section (whose heading it then takes), so a ``###`` heading
    right above it is its own heading (a sub-heading)."""
    assert isinstance(anchor.found, RecognitionGroup)
    group = anchor.found
    blocks = [*intro, *body]
    own = _own_heading(intro, sub)
    if own:  # its own heading: editing the group's heading edits the article's
        group.heading, group.sub_heading, intro = own, True, intro[1:]
    elif intro and intro[0].kind is Kind.HEADING and intro[0].level >= 3:
        group.heading = plain_inline(intro[0].heading) or ""
    last = intro[-1] if intro else None
    if last is not None and last.kind is Kind.PARAGRAPH and len(last.lines) == 1:
        line = last.text.strip()
        if len(line) <= 100 and line.endswith(_AWARD_END):
            group.award, intro = line, intro[:-1]
    group.intro = join(intro)
    return Unit("group", group, blocks)


def _own_heading(intro: list[Block], sub: bool) -> str:
    """The ``###`` heading right above a group that is not the first part of a ``##`` section
    (``sub``): the group's own heading; "" when it has none."""
    if sub and intro and intro[0].kind is Kind.HEADING and intro[0].level == 3:
        return plain_inline(intro[0].heading) or ""
    return ""


def _anchored(anchor: Anchor, intro: list[Block], language: Language, sub: bool) -> Unit | None:
    blocks: list[Block] = [*intro]
    model: Any = None
    own = _own_heading(intro, sub) if anchor.key != "testimonials" else ""
    rest = intro[1:] if own else intro
    if anchor.key == "honorees" and isinstance(anchor.found, Block):
        made = honorees_unit(anchor.found, rest, language)
        model = made[0] if made else None
        blocks.append(anchor.found)
    elif anchor.key == "committee" and isinstance(anchor.found, Block):
        model = committee_unit(anchor.found, rest)
        blocks.append(anchor.found)
    elif isinstance(anchor.found, Group):
        model = testimonials_unit(anchor.found, intro, language)
    if model is None:
        return None
    if own:
        model.heading, model.sub_heading = own, True
    elif anchor.key != "testimonials" and intro and intro[0].kind is Kind.HEADING:
        model.heading = plain_inline(intro[0].heading) or ""  # its ### names the group
    return Unit(anchor.key, model, blocks)


def headless_units(body: list[Block], taken: set[str], language: Language) -> list[Unit]:
    """The units of text under no ``##`` heading (``###`` sections after a ``##`` title): its
    groups and testimonials continue the text before them, the rest stays free text."""
    anchors = find_anchors("", body, taken, language)
    if not anchors:
        return [free_unit("", body)] if body else []
    units: list[Unit] = []
    position = 0
    for anchor in anchors:
        intro = body[position : anchor.start]
        if anchor.key == "group":
            units.append(_group_unit(anchor, intro, body[anchor.start : anchor.end], True))
        else:
            unit = _anchored(anchor, intro, language, sub=True)
            if unit is None:
                unit = free_unit("", body[position : anchor.end])
            elif anchor.key == "testimonials":
                unit.blocks = body[position : anchor.end]
            units.append(unit)
        position = anchor.end
    if position < len(body):
        units.append(free_unit("", body[position:]))
    for unit in units:
        if unit.key != "free" and not _sub_headed(unit):
            unit.model.show_heading = False
    return units


def _sub_headed(unit: Unit) -> bool:
    return isinstance(unit.model, RecognitionGroup) and unit.model.sub_heading


def section_units(
    heading_block: Block,
    heading: str | None,
    body: list[Block],
    taken: set[str],
    language: Language,
) -> list[Unit]:
    """The units of one ``##`` section; ``heading`` is its text without its number, or None
    when the heading cannot be a plain heading (it is then kept as written)."""
    anchors = find_anchors(heading or heading_block.heading, body, taken, language)
    units: list[Unit] = []
    if heading is None or not body:
        units.append(literal_unit(heading_block, []))
    if not anchors:
        if units or heading is None:
            if body:
                units.append(free_unit("", body))
            return units
        if "background" not in taken and has_word(heading, BACKGROUND_WORDS):
            taken.add("background")
            background = background_unit(body, language)
            background.heading = heading
            units.append(Unit("background", background, body))
        elif "next_phase" not in taken and has_word(heading, NEXT_WORDS):
            taken.add("next_phase")
            next_phase = next_phase_unit(body, language)
            next_phase.heading = heading
            units.append(Unit("next_phase", next_phase, body))
        else:
            units.append(free_unit(heading, body))
        return units
    position = 0
    for anchor in anchors:
        intro = body[position : anchor.start]
        if anchor.key == "group":
            leading = not units and heading is not None
            group_blocks = body[anchor.start : anchor.end]
            units.append(_group_unit(anchor, intro, group_blocks, sub=not leading))
            position = anchor.end
            continue
        unit = _anchored(anchor, intro, language, sub=bool(units) or heading is None)
        if unit is None:  # cannot happen: anchors are found by building them
            units.append(free_unit("", body[position : anchor.end]))
        else:
            if anchor.key == "testimonials":
                unit.blocks = body[position : anchor.end]
            units.append(unit)
        position = anchor.end
    rest = body[position:]
    last = units[-1]
    if rest and last.key in ("honorees", "committee", "group"):
        last.model.outro = join(rest)
        last.blocks = [*last.blocks, *rest]
    elif rest:
        units.append(free_unit("", rest))
    first = units[0]
    if not first.literal and heading is not None:
        first.model.heading = heading
    for unit in units[1:] if heading is not None and not units[0].literal else units:
        if unit.key != "free" and not _sub_headed(unit):
            unit.model.show_heading = False
    return units
