"""A hand-written recap article (Markdown) -> a Project, and a report of what was recognized.

First its raw HTML is written as the Markdown it stands for (markdown_html). Then the article
is cut into its head and its ``##`` sections (or, under a ``##`` title, the ``###`` parts after
it); each part becomes the project's structured sections and recognition groups
(markdown_sections, markdown_groups) where the composer writes it back the same way, checked by
rendering both (:mod:`recapdesk.importers.rendered`, line breaks included), and a free section
with the original Markdown otherwise. The whole article is checked the same way at the end; when
the parts do not add up (numbering, text between sections), the import falls back step by step,
down to keeping the whole article as the lead, so nothing is ever lost. Last, figures in
sentences become numbers (markdown_numbers), only where the article then reads the same.

Two differences are intended: a front matter's title (and its author and date) are shown as
the title and byline, as the front matter itself is not shown, and a ``<center>`` byline loses
the tags that recapdesk's renderer would show as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from recapdesk.compose import compose, compose_blocks
from recapdesk.compose.escape import inline
from recapdesk.compose.words import DEFAULT_HEADINGS, GROUP_HEADINGS
from recapdesk.importers.front_matter import read_front_matter
from recapdesk.importers.markdown_blocks import Block, Kind, join, split_blocks, split_front_matter
from recapdesk.importers.markdown_head import (
    CENTER,
    Head,
    detect_language,
    detect_numbering,
    inline_references,
    read_head,
    strip_number,
)
from recapdesk.importers.markdown_html import html_to_markdown
from recapdesk.importers.markdown_numbers import figures_as_numbers
from recapdesk.importers.markdown_report import ImportReport, report_of
from recapdesk.importers.markdown_sections import Unit, free_unit, headless_units, section_units
from recapdesk.importers.rendered import outline_of, plain_inline, same_outline
from recapdesk.model import (
    COMMITTEE_ID,
    HONOREES_ID,
    BuiltinSection,
    FreeSection,
    Language,
    Numbering,
    Project,
    RecognitionGroup,
    SectionSlot,
    free_key,
    group_key,
)
from recapdesk.model.text import clean_text


@dataclass
class MarkdownImport:
    project: Project
    report: ImportReport


@dataclass(frozen=True)
class _Plan:
    """How much to recognize in one attempt."""

    numbering: bool = True
    sections: bool = True  # built-in sections; False: every section free
    head_steps: int = 4  # title, byline, outline, toc (see read_head)
    split: bool = True  # False: the whole article is the lead


_PLANS = (
    _Plan(),
    _Plan(numbering=False),
    _Plan(sections=False),
    _Plan(numbering=False, sections=False),
    _Plan(numbering=False, sections=False, head_steps=1),
    _Plan(numbering=False, sections=False, head_steps=0),
    _Plan(numbering=False, sections=False, head_steps=0, split=False),
)


_GROUPS = (HONOREES_ID, COMMITTEE_ID)
# The sections every project has, in a new project's order. The honorees and the committee
# are not among them: an imported project has the groups the article has, and no empty ones
# the Recognition tab would list.
_ALL_KEYS: tuple[str, ...] = ("background", "testimonials", "next_phase")


def _place(project: Project, model: Any, key: str) -> str:
    """Put a unit's model into ``project``; its section-order key."""
    if key == "group":  # one more recognition group (markdown_groups)
        project.groups.append(model)
        return group_key(model.id)
    if key in _GROUPS:  # the honorees or the committee, which the project may not have yet
        project.groups = [g for g in project.groups if g.id != key] + [model]
        return group_key(key)
    setattr(project, key, model)
    return key


def _unit_markdown(unit: Unit, language: Language) -> str:
    """The Markdown the composer writes for a unit, without its heading."""
    project = Project()
    project.article.language = language
    if unit.key == "free":
        project.free_sections = [unit.model.model_copy(update={"id": "x", "heading": ""})]
        project.order = [SectionSlot(key=free_key("x"))]
        key = free_key("x")
    else:
        # Without its heading, unless it is a group's own ### heading, written with the group.
        sub = isinstance(unit.model, RecognitionGroup) and unit.model.sub_heading
        shown = unit.model if sub else unit.model.model_copy(update={"show_heading": False})
        key = _place(project, shown, unit.key)
        project.order = [SectionSlot(key=key)]
    return next((b.markdown for b in compose_blocks(project) if b.key == key), "")


def _checked(unit: Unit, language: Language) -> Unit:
    """The unit if it renders as the original part, else the part kept as written."""
    if unit.key == "free" or not unit.blocks:
        return unit
    original = outline_of(join(unit.blocks))
    if same_outline(original, outline_of(_unit_markdown(unit, language))):
        return unit
    heading = unit.model.heading if unit.model.show_heading else ""
    return free_unit(heading, unit.blocks)


def _merged(units: list[Unit]) -> list[Unit]:
    """A free section without a heading is the end of the free section before it."""
    result: list[Unit] = []
    for unit in units:
        previous = result[-1] if result else None
        headless = unit.key == "free" and not unit.model.heading
        if headless and previous is not None and previous.key == "free":
            body = "\n\n".join(p for p in (previous.model.body, unit.model.body) if p)
            previous.model.body = body
            previous.blocks = [*previous.blocks, *unit.blocks]
            continue
        result.append(unit)
    return result


def _sections(
    blocks: list[Block], titled: bool = False
) -> tuple[list[Block], list[tuple[Block, list[Block]]]]:
    """(head blocks, [(## heading, body blocks)]); a title written as ``##`` stays in the head,
    unless the front matter gave the title (``titled``)."""
    starts = [i for i, b in enumerate(blocks) if b.kind is Kind.HEADING and b.level == 2]
    first = plain_inline(blocks[0].heading) if starts and starts[0] == 0 and not titled else None
    if first is not None and detect_numbering([first]) is Numbering.NONE:
        starts = starts[1:]
    head_end = starts[0] if starts else len(blocks)
    sections = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        sections.append((blocks[start], blocks[start + 1 : end]))
    return blocks[:head_end], sections


def _build(
    front: str, blocks: list[Block], language: Language, plan: _Plan
) -> tuple[Project, Head]:
    project = Project(groups=[])
    project.article.language = language
    project.article.front_matter = front
    if not plan.split:
        project.article.lead = join(blocks)
        project.article.numbering = Numbering.NONE
        return project, Head(lead=blocks)
    fields = read_front_matter(front)
    head_blocks, sections = _sections(blocks, titled=bool(fields.title))
    head = read_head(head_blocks, language, steps=plan.head_steps)
    article = project.article
    article.title, article.byline, article.outline = head.title, head.byline, head.outline
    if head.title_block is not None and head.title_block.level == 2:
        article.title_level = 2
    if fields.title and not head.title:
        # The front matter's title (and author, date) stand where a title heading would.
        head.front_title, head.front_byline = fields.title, "" if head.byline else fields.byline()
        article.title, article.byline = fields.title, head.byline or head.front_byline
    article.toc, article.lead = head.toc, join(head.lead)
    units: list[Unit] = []
    if not sections and plan.sections:
        # No ## section: groups under ### headings are found in the text after the head.
        cut = next((i for i, b in enumerate(head.lead) if b.kind is Kind.HEADING), None)
        if cut is not None:
            article.lead = join(head.lead[:cut])
            rest = headless_units(head.lead[cut:], set(), language)
            units += [_checked(unit, language) for unit in rest]
    plain = [plain_inline(heading.heading) for heading, _ in sections]
    numbering = detect_numbering([p or "" for p in plain]) if plan.numbering else Numbering.NONE
    article.numbering = numbering
    every = {*(s.value for s in BuiltinSection), *_GROUPS, "group"}
    taken: set[str] = set() if plan.sections else every
    for (heading_block, body), text in zip(sections, plain, strict=True):
        heading = strip_number(text, numbering) if text else None
        made = section_units(heading_block, heading, body, taken, language)
        units += [_checked(unit, language) for unit in made]
    _assemble(project, _merged(units))
    return project, head


def _assemble(project: Project, units: list[Unit]) -> None:
    language = project.article.language
    order: list[SectionSlot] = []
    free: list[FreeSection] = []
    groups = 0
    for unit in units:
        if unit.key == "free":
            section = unit.model.model_copy(update={"id": f"section-{len(free) + 1}"})
            free.append(FreeSection.model_validate(section.model_dump()))
            order.append(SectionSlot(key=free_key(section.id)))
            continue
        if unit.key == "group":
            groups += 1
            unit.model.id = f"group-{groups}"
            if unit.model.heading == GROUP_HEADINGS[language][""] and unit.model.show_heading:
                unit.model.heading = ""
        elif unit.key in _GROUPS:
            if unit.model.heading == GROUP_HEADINGS[language][unit.key]:
                unit.model.heading = ""
        elif unit.model.heading == DEFAULT_HEADINGS[language][BuiltinSection(unit.key)]:
            unit.model.heading = ""
        order.append(SectionSlot(key=_place(project, unit.model, unit.key)))
    used = {slot.key for slot in order}
    order += [SectionSlot(key=key) for key in _ALL_KEYS if key not in used]
    project.free_sections = free
    project.order = order
    Project.model_validate(project.model_dump(by_alias=True))  # every rule holds


def _expected(front_part: str, body: str, head: Head) -> str:
    """The original as the import should render it: the front matter's title and byline as a
    title heading and byline, a ``<center>`` byline without its tags (see the module's doc)."""
    lines = body.split("\n")
    if head.byline_block is not None:
        match = CENTER.match(head.byline_block.text)
        if match:
            lines[head.byline_block.start] = match.group(1)
    shown = [f"# {inline(head.front_title)}"] if head.front_title else []
    shown += [inline(head.front_byline)] if head.front_byline else []
    before = "\n\n".join(shown) + "\n\n" if shown else ""
    return front_part + before + "\n".join(lines)


def import_markdown(
    text: str, *, check: Callable[[str, str], bool] | None = None
) -> MarkdownImport:
    """The project of a Markdown recap and what was recognized in it."""
    text = clean_text(text).removeprefix("\ufeff")
    # The language of the words, not of the tags' attributes (a video link says 视频 or Video).
    html = html_to_markdown(text, detect_language(re.sub(r"<[^>]*>", "", text)))
    text = html.text
    front, rest = split_front_matter(text)
    front_part = text[: len(text) - len(rest)]
    body = inline_references(rest)
    blocks = split_blocks(body)
    language = detect_language(body)
    same = check or (lambda a, b: same_outline(outline_of(a), outline_of(b)))
    attempts = 0
    for plan in _PLANS:
        attempts += 1
        project, head = _build(front, blocks, language, plan)
        if same(_expected(front_part, body, head), compose(project)):
            break
    else:
        # Only the composer's own rules (trailing spaces, ...) can make the lead differ; the
        # article is kept whole all the same.
        project, head = _build(front, blocks, language, _PLANS[-1])
    project = figures_as_numbers(project)
    report = report_of(project, text, fallback=attempts > 1, html=html)
    return MarkdownImport(project, report)
