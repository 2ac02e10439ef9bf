"""Where the prose of a Markdown body is: its text outside code, link targets and URLs.

The inline number fields (inline_fields.py) are expanded and the placeholder checks
(placeholders.py) look only there: ``{x}`` in a Go template inside a code block, ``xx`` in a
code span or ``?a=1&&b??`` in a URL are what the user meant to write.

Code is found as the preview's parser finds it (compose/raw_html.py), a little more widely:
a fence is also recognized when indented (a testimonial's body composed under its bullet),
so nothing that might be code is ever touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from recapdesk.compose.raw_html import _code_span_end
from recapdesk.model import GROUP_PREFIX, NotePlace
from recapdesk.model.project import FREE_PREFIX, Project

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[*+-]|\d+[.)])[ \t]+")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
_BARE_URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>]*")
_DESTINATION = re.compile(r"\]\(")

Span = tuple[int, int]


def prose_spans(markdown: str) -> list[Span]:
    """The (start, end) offsets of ``markdown``'s prose, in order."""
    spans: list[Span] = []
    lines = markdown.split("\n")
    offset = 0
    fence = ""
    in_code = False  # indented code
    in_list = False
    previous_blank = True
    paragraph_start = -1
    paragraph_end = -1

    def flush() -> None:
        if paragraph_start >= 0:
            spans.extend(_inline_prose(markdown, paragraph_start, paragraph_end))

    for line in lines:
        start, end = offset, offset + len(line)
        offset = end + 1
        blank = not line.strip()
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if in_code and (blank or line.startswith(("    ", "\t"))):
            continue
        in_code = False
        opening = _FENCE.match(line)
        if opening:
            flush()
            paragraph_start = -1
            fence = opening.group(1)
            continue
        if blank:
            flush()
            paragraph_start = -1
            previous_blank = True
            continue
        indented = line.startswith(("    ", "\t"))
        if previous_blank and indented and not in_list:
            flush()
            paragraph_start = -1
            in_code = True
            continue
        if not indented and previous_blank:
            in_list = bool(_LIST_ITEM.match(line))
        if paragraph_start < 0:
            paragraph_start = start
        paragraph_end = end
        previous_blank = False
    flush()
    return spans


def _inline_prose(text: str, begin: int, end: int) -> Iterator[Span]:
    """The prose between ``begin`` and ``end`` (one paragraph): without escape pairs, code
    spans, autolinks, link targets and bare URLs."""
    run_start = i = begin
    while i < end:
        char = text[i]
        skip_to = -1
        if char == "\\":
            skip_to = min(i + 2, end)
        elif char == "`":
            skip_to = min(_code_span_end(text[:end], i), end)
        elif char == "<":
            autolink = _AUTOLINK.match(text, i, end)
            skip_to = autolink.end() if autolink else -1
        elif char == "]" and _DESTINATION.match(text, i, end):
            skip_to = _destination_end(text, i + 2, end)
        elif char.isascii() and char.isalpha() and (i == begin or not text[i - 1].isalnum()):
            url = _BARE_URL.match(text, i, end)
            skip_to = url.end() if url else -1
        if skip_to < 0:
            i += 1
            continue
        if run_start < i:
            yield run_start, i
        i = run_start = skip_to
    if run_start < end:
        yield run_start, end


def _destination_end(text: str, i: int, end: int) -> int:
    """The end of a link's ``(target "title")`` opened before ``i``: its closing parenthesis."""
    depth = 1
    while i < end:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return end


def body_fields(project: Project) -> Iterator[tuple[str, str]]:
    """(field path, Markdown) of every body field, in article order."""
    yield "article.lead", project.article.lead
    for slot in project.order:
        if slot.key.startswith(FREE_PREFIX):
            for i, free in enumerate(project.free_sections):
                if FREE_PREFIX + free.id == slot.key:
                    yield f"free_sections[{i}].body", free.body
        elif slot.key == "testimonials":
            t = project.testimonials
            note_after = t.privacy_note_place is NotePlace.AFTER
            yield "testimonials.intro", t.intro
            if not note_after:
                yield "testimonials.privacy_note", t.privacy_note
            for i, person in enumerate(t.people):
                yield f"testimonials.people[{i}].body", person.body
            if note_after:
                yield "testimonials.privacy_note", t.privacy_note
            yield "testimonials.outro", t.outro
        elif slot.key.startswith(GROUP_PREFIX):
            index = project.group_index(slot.key.removeprefix(GROUP_PREFIX))
            group = project.groups[index]
            for name in GROUP_BODIES:
                yield f"groups[{index}].{name}", getattr(group, name)
        elif slot.key in SECTION_BODIES:
            section = getattr(project, slot.key)
            for name in SECTION_BODIES[slot.key]:
                yield f"{slot.key}.{name}", getattr(section, name)


SECTION_BODIES: dict[str, tuple[str, ...]] = {
    "background": ("text",),
    "testimonials": ("intro", "privacy_note", "outro"),
    "next_phase": ("text", "how_to_join"),
}
"""The Markdown fields of each built-in section besides the testimonials' bodies: where
numbers inside sentences are expanded and placeholders looked for. A new kind of section adds
its Markdown fields here."""

GROUP_BODIES: tuple[str, ...] = ("intro", "award", "privacy_note", "outro")
"""The Markdown fields of a recognition group (each group is a section of its own)."""


def line_fields(project: Project) -> Iterator[tuple[str, str]]:
    """(field path, text) of the title and every heading, in article order."""
    yield "article.title", project.article.title
    yield "article.byline", project.article.byline
    for slot in project.order:
        if slot.key.startswith(FREE_PREFIX):
            for i, free in enumerate(project.free_sections):
                if FREE_PREFIX + free.id == slot.key:
                    yield f"free_sections[{i}].heading", free.heading
        elif slot.key.startswith(GROUP_PREFIX):
            index = project.group_index(slot.key.removeprefix(GROUP_PREFIX))
            yield f"groups[{index}].heading", project.groups[index].heading
        elif slot.key in SECTION_BODIES:
            yield f"{slot.key}.heading", getattr(project, slot.key).heading
            if slot.key == "next_phase":
                yield "next_phase.time", project.next_phase.time
