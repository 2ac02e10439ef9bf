"""Project -> Markdown: the whole article, pure and deterministic.

The article is composed section by section (:func:`compose_blocks`) so that callers can tell
which part of the text belongs to which section: the preview scrolls to it, and the renderer
can reuse the HTML of sections that did not change. A block also says where its long runs are
(the testimonial list, a table's rows: see :class:`Segment`), so a renderer can render a
1,000-row table piece by piece and re-render only the piece an edit touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from recapdesk.compose.escape import block, inline, link
from recapdesk.compose.groups import group_people
from recapdesk.compose.inline_fields import HEAD, expanded, number_value
from recapdesk.compose.people import testimonial_items
from recapdesk.compose.photos import compose_photos
from recapdesk.compose.words import DEFAULT_HEADINGS, WORDS, group_heading, numbered
from recapdesk.model import (
    GROUP_PREFIX,
    BuiltinSection,
    Link,
    NotePlace,
    Number,
    Project,
    RecognitionGroup,
    TestimonialStyle,
)
from recapdesk.model.project import FREE_PREFIX
from recapdesk.model.sections import Section
from recapdesk.model.validation import is_safe_url
from recapdesk.resources.theme_files import theme_primary

TOC_MARKER = "[toc]"
HEAD_KEY = "head"


class SegmentKind(Enum):
    TEXT = "text"  # Markdown as it is
    LIST = "list"  # bullet items (``parts``), one after another, blank lines between them
    TABLE = "table"  # a table: ``parts[0]`` its header and rule lines, then one row each


@dataclass(frozen=True)
class Segment:
    """A run of a block's Markdown, and for a list or table the pieces it is made of."""

    kind: SegmentKind
    markdown: str
    parts: tuple[str, ...] = ()

    @classmethod
    def text(cls, markdown: str) -> Segment:
        return cls(SegmentKind.TEXT, markdown)

    @classmethod
    def items(cls, items: list[str]) -> Segment:
        return cls(SegmentKind.LIST, "\n\n".join(items), tuple(items))

    @classmethod
    def table(cls, markdown: str) -> Segment:
        # A table's cells are escaped to one line each (compose/escape.inline), so its lines
        # are exactly its header, its rule and its rows.
        lines = markdown.split("\n")
        return cls(SegmentKind.TABLE, markdown, ("\n".join(lines[:2]), *lines[2:]))


Segments = tuple[Segment, ...]


@dataclass(frozen=True)
class Block:
    """The Markdown of one part of the article: ``head`` or a section-order key.

    ``segments`` joined by blank lines are ``markdown``; empty for a block of plain text."""

    key: str
    markdown: str
    segments: Segments = ()


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def _segments(*segments: Segment) -> Segments:
    """The non-empty segments, neighbouring text joined into one (as :func:`_paragraphs`)."""
    merged: list[Segment] = []
    for segment in segments:
        if not segment.markdown:
            continue
        if merged and segment.kind is SegmentKind.TEXT and merged[-1].kind is SegmentKind.TEXT:
            segment = Segment.text(_paragraphs(merged[-1].markdown, segment.markdown))
            merged.pop()
        merged.append(segment)
    return tuple(merged)


def _markdown(segments: Segments) -> str:
    return "\n\n".join(segment.markdown for segment in segments)


def format_number(number: Number, words: dict[str, str]) -> str:
    value = number_value(number, words)
    text = words["number"].format(
        label=inline(number.label),
        value=value if number.value is None else inline(value),
        unit=inline(number.unit),
    )
    return text.rstrip()


def link_list(links: list[Link]) -> str:
    """A bullet per link; a link with an unusable URL is shown as text, never dropped."""
    items = []
    for item in links:
        if not (item.label or item.url):
            continue
        if is_safe_url(item.url):
            items.append(f"- {link(item.label, item.url)}")
        else:
            items.append(f"- {inline(' '.join(filter(None, [item.label, item.url])))}")
    return "\n".join(items)


def _head(project: Project) -> str:
    article = project.article
    words = WORDS[article.language]
    parts = []
    if article.front_matter.strip():
        # Verbatim, fences included: a static-site generator reads it from the file's first line.
        parts.append(article.front_matter.strip("\n"))
    if article.title.strip():
        parts.append(f"{'#' * article.title_level} {inline(article.title)}")
    if article.byline.strip():
        parts.append(inline(article.byline))
    outline = [item for item in article.outline if item.strip()]
    if outline:
        parts.append(words["outline"])
        parts.append("\n".join(f"-   {inline(item)}" for item in outline))
    if article.toc:
        parts.append(TOC_MARKER)
    parts.append(block(article.lead))
    return _paragraphs(*parts)


def compose_body(project: Project, key: str) -> Segments:
    """The content of a section, without its heading; empty when it has nothing to show."""
    words = WORDS[project.article.language]
    project = expanded(project, key)  # numbers inside sentences: {participants}
    if key.startswith(FREE_PREFIX):
        free = project.free_section(key.removeprefix(FREE_PREFIX))
        return _segments(Segment.text(block(free.body)))
    if key.startswith(GROUP_PREFIX):
        return _group_body(project, project.group(key.removeprefix(GROUP_PREFIX)))
    section = BuiltinSection(key)
    if section is BuiltinSection.BACKGROUND:
        bg = project.background
        numbers = [
            format_number(n, words)
            for n in bg.numbers
            if bg.list_numbers and (n.label or n.value is not None)
        ]
        number_list = "\n".join(f"- {line}" for line in numbers)
        return _segments(
            Segment.text(
                # The form's order: text, then links, then numbers.
                _paragraphs(
                    block(bg.text),
                    link_list(bg.links),
                    words["numbers"] if numbers else "",
                    number_list,
                )
            )
        )
    if section is BuiltinSection.TESTIMONIALS:
        t = project.testimonials
        items = testimonial_items(t, words)
        if not items:
            return ()
        # Only bullets are a list; the other styles are paragraphs, quotes and headings
        # whose neighbours change how they render (consecutive quotes merge into one).
        between = "\n\n---\n\n" if t.rules else "\n\n"  # a rule apart, or together
        people = (
            Segment.items(items)
            if t.style is TestimonialStyle.LIST
            else Segment.text(between.join(items))
        )
        before, after = _privacy_note(t.privacy_note, t.privacy_note_place)
        return _segments(
            Segment.text(block(t.intro)),
            Segment.text(before),
            people,
            Segment.text(after),
            Segment.text(block(t.outro)),
        )
    if section is BuiltinSection.PHOTOS:
        return _segments(Segment.text(compose_photos(project.photos)))
    n = project.next_phase
    details = []
    if n.time.strip():
        details.append(f"**{words['time']}**{words['label_sep']}{inline(n.time)}")
    how = block(n.how_to_join)
    return _segments(
        Segment.text(
            _paragraphs(
                block(n.text),
                *details,
                how and f"**{words['how_to_join']}**",
                how,
                link_list(n.links),
            )
        )
    )


def _privacy_note(note: str, place: NotePlace) -> tuple[str, str]:
    """A privacy note's Markdown (the people's part only shows with people shown): the part
    above the people and the part below them, one of them empty."""
    text = block(note)
    return (text, "") if place is NotePlace.BEFORE else ("", text)


def _group_body(project: Project, group: RecognitionGroup) -> Segments:
    """A recognition group: intro, the award line and the privacy note (where the organizer
    put it) above the people, then the people in the group's layout, then the closing text.
    The award line shows only with people shown (as schema 1's award title)."""
    words = WORDS[project.article.language]
    article = project.article
    # Initials badges in the article's colour: the project's own, else its theme's.
    color = article.primary_color or theme_primary(article.theme)
    kind, people = group_people(group, words, color, article.github_links)
    before, after = _privacy_note(group.privacy_note, group.privacy_note_place)
    return _segments(
        Segment.text(block(group.intro)),
        Segment.text(block(group.award) if people else ""),
        Segment.text(before if people else ""),
        Segment.table(people) if kind == "table" else Segment.text(people),
        Segment.text(after if people else ""),
        Segment.text(block(group.outro)),
    )


def _heading(project: Project, key: str) -> tuple[str, bool]:
    """The heading text (escaped) of a section and whether it is shown."""
    if key.startswith(FREE_PREFIX):
        return inline(project.free_section(key.removeprefix(FREE_PREFIX)).heading), True
    if key.startswith(GROUP_PREFIX):
        group_id = key.removeprefix(GROUP_PREFIX)
        return inline(group_heading(project, group_id)), project.group(group_id).show_heading
    section = BuiltinSection(key)
    model: Section = getattr(project, section.value)
    text = model.heading.strip() or DEFAULT_HEADINGS[project.article.language][section]
    return inline(text), model.show_heading


def _is_sub_heading(project: Project, key: str) -> bool:
    """A group headed ``###`` under the section before it: not numbered, not counted."""
    if not key.startswith(GROUP_PREFIX):
        return False
    return project.group(key.removeprefix(GROUP_PREFIX)).sub_heading


BodyOf = Callable[[Project, str], Segments]


def compose_blocks(project: Project, body_of: BodyOf = compose_body) -> list[Block]:
    """The article as a list of blocks: the head, then each visible, non-empty section.

    ``body_of(project, key)`` composes a section's body (or reuses one composed before: see
    pipeline/sections.py)."""
    blocks = [Block(HEAD_KEY, _head(expanded(project, HEAD)))]
    number = 0
    for slot in project.order:
        if not slot.visible:
            continue
        body = body_of(project, slot.key)
        if not body:
            continue
        heading, shown = _heading(project, slot.key)
        if shown and heading and _is_sub_heading(project, slot.key):
            body = _segments(Segment.text(f"### {heading}"), *body)
        elif shown and heading:
            number += 1
            title = numbered(heading, number, project.article.numbering)
            body = _segments(Segment.text(f"## {title}"), *body)
        blocks.append(Block(slot.key, _markdown(body), body))
    return blocks


def join_blocks(blocks: list[Block]) -> str:
    """The article's Markdown of its blocks, ending in one newline."""
    text = "\n\n".join(b.markdown for b in blocks if b.markdown)
    return text + "\n" if text else ""


def compose(project: Project) -> str:
    """The article's Markdown, ending in one newline."""
    return join_blocks(compose_blocks(project))
