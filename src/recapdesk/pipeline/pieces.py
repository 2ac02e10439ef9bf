"""A block's HTML from its pieces: the testimonial list item by item, a table a few rows at a
time, exactly as if the block were rendered whole.

Python-Markdown needs ~300 ms for 300 testimonials and ~500 ms for a 1,000-row table, so
re-rendering such a block for a keystroke in one testimonial would stall the window. Rendered
piece by piece, an edit re-renders one piece (the others come from the renderer's cache), and
a full render can be spread over several turns of the event loop.

Only what Markdown renders independently is split; what the article shares across its parts
(link and abbreviation definitions, heading ids) each piece gets from its context (context.py).
Anything else that reaches across pieces sends the block back to a whole render: footnotes
(numbered in the order of their references), the table of contents marker, headings after the
block's first segment, fences that do not close where they open, list items without a body (a
one-item list is "tight"), and text next to a list that could continue it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from recapdesk.compose.article import TOC_MARKER, Block, Segment, SegmentKind

TABLE_ROWS = 40
"""Rows per table piece: ~20 ms of Python-Markdown, so a time-budgeted render stays smooth."""

_REACHES_ACROSS = re.compile(r"\[\^")  # footnotes
_HEADING = re.compile(r"^\s*#|^\s*(=+|-+)\s*$", re.MULTILINE)  # ATX, setext (or a rule)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})", re.MULTILINE)
_CONTINUES_LIST = re.compile(r"^(\s|[-*+](\s|$)|\d+[.)](\s|$)|>)")
_ITEM = re.compile(r"-   \S[^\n]*\n\n    \S")  # a bullet, a blank line, an indented body
_UL_START, _UL_END = "<ul>\n", "\n</ul>"
_TBODY_START, _TBODY_END = "<tbody>\n", "\n</tbody>\n</table>"


@dataclass(frozen=True)
class Plan:
    """The Markdown pieces of one block, rendered each on its own and then :meth:`joined`."""

    block: Block
    pieces: tuple[str, ...]

    @property
    def split(self) -> bool:
        return len(self.pieces) > 1 or self.pieces != (self.block.markdown,)

    def joined(self, rendered: Sequence[str]) -> str | None:
        """The block's HTML from its pieces' HTML; None if a piece is not of the expected
        shape (then render the block whole)."""
        if not self.split:
            return rendered[0]
        parts: list[str] = []
        at = 0
        for segment in self.block.segments:
            count = _piece_count(segment)
            html = _join_segment(segment, rendered[at : at + count])
            if html is None:
                return None
            if html:  # a segment of definitions only is no HTML, and no line of it
                parts.append(html)
            at += count
        return "\n".join(parts)

    def top_level(self, counts: Sequence[int]) -> int:
        """How many top-level elements the block has, from its pieces' (a list or a table is
        one, however many pieces it came in)."""
        if not self.split:
            return counts[0]
        total = 0
        at = 0
        for segment in self.block.segments:
            count = _piece_count(segment)
            total += counts[at] if segment.kind is SegmentKind.TEXT else 1
            at += count
        return total


def plan(block: Block) -> Plan:
    """How to render ``block``: in pieces when that gives the same HTML, else whole."""
    segments = block.segments
    splits = any(s.kind is not SegmentKind.TEXT for s in segments)
    if not splits or not _independent(block.markdown, segments):
        return Plan(block, (block.markdown,))
    pieces: list[str] = []
    for segment in segments:
        pieces += _pieces(segment)
    return Plan(block, tuple(pieces))


def _pieces(segment: Segment) -> list[str]:
    if segment.kind is SegmentKind.LIST:
        return list(segment.parts)
    if segment.kind is SegmentKind.TABLE:
        head, rows = segment.parts[0], segment.parts[1:]
        return [
            "\n".join((head, *rows[at : at + TABLE_ROWS])) for at in range(0, len(rows), TABLE_ROWS)
        ]
    return [segment.markdown]


def _piece_count(segment: Segment) -> int:
    if segment.kind is SegmentKind.LIST:
        return len(segment.parts)
    if segment.kind is SegmentKind.TABLE:
        return -(-(len(segment.parts) - 1) // TABLE_ROWS)
    return 1


def _join_segment(segment: Segment, rendered: Sequence[str]) -> str | None:
    if segment.kind is SegmentKind.TEXT:
        return rendered[0]
    if segment.kind is SegmentKind.LIST:
        items = []
        for html in rendered:
            if not (html.startswith(_UL_START + "<li>") and html.endswith("</li>" + _UL_END)):
                return None
            items.append(html[len(_UL_START) : -len(_UL_END)])
        return _UL_START + "\n".join(items) + _UL_END
    rows = []
    first = rendered[0]
    for html in rendered:
        start = html.find(_TBODY_START)
        if html.count("<table") != 1 or start < 0 or not html.endswith(_TBODY_END):
            return None
        if html[:start] != first[: first.find(_TBODY_START)]:
            return None  # every piece repeats the same header
        rows.append(html[start + len(_TBODY_START) : -len(_TBODY_END)])
    return first[: first.find(_TBODY_START)] + _TBODY_START + "\n".join(rows) + _TBODY_END


def _independent(markdown: str, segments: Sequence[Segment]) -> bool:
    """True when the pieces of ``segments`` render as they would within the whole text."""
    for index, segment in enumerate(segments):
        if segment.kind is SegmentKind.LIST:
            if not all(_item_ok(item) for item in segment.parts):
                return False
        elif not _text_ok(segment.markdown, first=index == 0):
            return False
    for before, after in itertools.pairwise(segments):
        if after.kind is SegmentKind.LIST and _may_be_continued(before.markdown):
            return False
        if before.kind is SegmentKind.LIST and _CONTINUES_LIST.match(after.markdown):
            return False
    return True


# Checked piece by piece and remembered: a keystroke changes one item of hundreds, and
# scanning 100 KB of Markdown with these patterns on every keystroke would cost milliseconds.
@functools.lru_cache(maxsize=8192)
def _item_ok(item: str) -> bool:
    return bool(_ITEM.match(item)) and _text_ok(item, first=False)


@functools.lru_cache(maxsize=1024)
def _text_ok(markdown: str, *, first: bool) -> bool:
    if _REACHES_ACROSS.search(markdown) or TOC_MARKER in markdown:
        return False
    if not first and _HEADING.search(markdown):
        return False
    return _fences_close(markdown)


def starts_within(block: Block) -> bool:
    """True when ``block`` starts as a continuation of whatever is before it may (a list
    item, a quote, indented text): then it renders with the block before it."""
    return bool(_CONTINUES_LIST.match(block.markdown))


def fences_close(block: Block) -> bool:
    """True when every fence ``block`` opens, it closes (else it takes in what follows).
    Checked part by part where the block is made of parts: an edit changes one of them, the
    others are the same strings as before; a part that leaves one open asks the whole."""
    parts = [
        part
        for segment in block.segments
        if segment.kind is not SegmentKind.TABLE  # a row is one line that starts with "|"
        for part in (segment.parts or (segment.markdown,))
    ]
    if parts and all(_fences_close_cached(part) for part in parts):
        return True
    return _fences_close(block.markdown)


@functools.lru_cache(maxsize=8192)
def _fences_close_cached(markdown: str) -> bool:
    return _fences_close(markdown)


def _may_be_continued(markdown: str) -> bool:
    """True when the text's last block may be a list (or a part of one) that a list right
    after it would continue."""
    last = markdown.rsplit("\n\n", 1)[-1]
    return any(_CONTINUES_LIST.match(line) for line in last.split("\n"))


def _fences_close(markdown: str) -> bool:
    fences = [match.group(1) for match in _FENCE.finditer(markdown)]
    return len(fences) % 2 == 0 and fences[0::2] == fences[1::2]
