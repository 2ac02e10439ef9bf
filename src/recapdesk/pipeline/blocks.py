"""Composed blocks -> HTML, each in its place in the article, reusing what did not change.

Python-Markdown needs about 1 ms per KB, so re-rendering the whole article on every keystroke
would dominate the preview's latency; each block is rendered on its own, long ones in pieces
(pieces.py), and a piece's HTML is reused while its Markdown is the same and the article
around it answers what the piece asked of it the same way (context.py). A :class:`RenderJob`
renders an article in steps of bounded time, for the window: a full render of a large project
then never blocks it for long.

Joined with newlines, the blocks' HTML is what Python-Markdown makes of the whole article's
Markdown, the footnote list (a block of its own, ``FOOTNOTES_KEY``) at the end.
"""

from __future__ import annotations

import time
from collections import Counter, OrderedDict
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from recapdesk.compose import Block
from recapdesk.pipeline.context import (
    ArticleContext,
    Definitions,
    Needs,
    Reference,
    Rendered,
    TocToken,
)
from recapdesk.pipeline.extensions import TOC_SLOT
from recapdesk.pipeline.part_markdown import PartMarkdown, may_define
from recapdesk.pipeline.pieces import fences_close, plan, starts_within

FOOTNOTES_KEY = "footnotes"
"""The key of the article's footnote list, after the last section."""

K = TypeVar("K")
V = TypeVar("V")


class _Recent(Generic[K, V]):
    """A map that keeps its ``size`` most recently used entries."""

    def __init__(self, size: int) -> None:
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._size = size

    def get(self, key: K) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)


@dataclass(frozen=True)
class HtmlBlock:
    key: str  # HEAD_KEY, a section-order key or FOOTNOTES_KEY
    html: str


class BlockRenderer:
    """Renders an article's blocks in their context, with caches of recent renders."""

    def __init__(self) -> None:
        self.markdown = PartMarkdown()
        self._pieces: _Recent[str, Rendered] = _Recent(4096)
        # Blocks rendered in pieces, whole: checking and joining 300 testimonials again for a
        # keystroke in the title costs milliseconds.
        self._blocks: _Recent[str, Rendered] = _Recent(16)
        self._definitions: _Recent[str, Definitions] = _Recent(256)  # by piece
        self._block_definitions: _Recent[str, tuple[Definitions, ...]] = _Recent(16)
        self._tocs: _Recent[tuple[TocToken, ...], str] = _Recent(8)
        self._wholes: _Recent[tuple[str, ...], list[str]] = _Recent(2)
        self._fences_close: _Recent[str, bool] = _Recent(64)  # by block

    def continues(self, before: Block, after: Block) -> bool:
        """True when ``after`` renders as a part of ``before`` (a section without a heading
        that starts with a list item after a list, say, or anything after an open fence)."""
        if not (before.markdown and after.markdown):
            return False
        if starts_within(after):
            return True
        # Remembered by the block's text: its hash the other caches compute anyway.
        closed = self._fences_close.get(before.markdown)
        if closed is None:
            closed = fences_close(before)
            self._fences_close.put(before.markdown, closed)
        return not closed

    def context(self, blocks: list[Block]) -> ArticleContext:
        """The context the definitions of every block make."""
        return ArticleContext.of(found for block in blocks for found in self._defined_in(block))

    def _defined_in(self, block: Block) -> tuple[Definitions, ...]:
        """What ``block`` defines, found piece by piece (a piece defines what it defines
        within its block: it renders as it would there)."""
        found = self._block_definitions.get(block.markdown)
        if found is None:
            found = tuple(
                self._defined_in_piece(piece) for piece in plan(block).pieces if may_define(piece)
            )
            self._block_definitions.put(block.markdown, found)
        return found

    def _defined_in_piece(self, piece: str) -> Definitions:
        definitions = self._definitions.get(piece)
        if definitions is None:
            definitions = self.markdown.definitions(piece)
            self._definitions.put(piece, definitions)
        return definitions

    def piece(self, markdown: str, context: ArticleContext) -> tuple[Rendered, bool]:
        """A piece rendered in ``context``, and whether that took a render (not the cache)."""
        cached = self._pieces.get(markdown)
        if cached is not None and cached.needs.met_by(context, markdown):
            return cached, False
        rendered = self.markdown.render(markdown, context)
        self._pieces.put(markdown, rendered)
        return rendered, True

    def footnote_list(self, context: ArticleContext) -> Rendered:
        return self.markdown.footnote_list(context)

    def table_of_contents(self, tokens: tuple[TocToken, ...]) -> str:
        toc = self._tocs.get(tokens)
        if toc is None:
            toc = self.markdown.table_of_contents(list(tokens))
            self._tocs.put(tokens, toc)
        return toc

    def whole(self, blocks: list[Block], top_level: list[int]) -> list[str]:
        """The blocks' HTML, and the footnote list's last, cut from a whole render."""
        markdowns = tuple(block.markdown for block in blocks)
        parts = self._wholes.get(markdowns)
        if parts is None:
            parts = self.markdown.whole(list(markdowns), top_level)
            self._wholes.put(markdowns, parts)
        return parts

    def joined_block(self, block: Block, context: ArticleContext) -> Rendered | None:
        cached = self._blocks.get(block.markdown)
        if cached is not None and cached.needs.met_by(context, block.markdown):
            return cached
        return None

    def remember_block(self, block: Block, rendered: Rendered) -> None:
        self._blocks.put(block.markdown, rendered)


class RenderJob:
    """One render of the article's blocks, done in :meth:`step` calls of bounded time.

    Each step renders pieces not in the cache (a cached one costs nothing) until its time is
    up; :attr:`html` holds each block's HTML once it is complete, in article order (a block
    with the table of contents once every other block is)."""

    def __init__(self, renderer: BlockRenderer, blocks: list[Block]) -> None:
        self._renderer = renderer
        self.keys = [block.key for block in blocks]
        # A block that continues the one before it (a section without a heading that starts
        # with a list item, say) is rendered with it, under its key; its own key stays empty.
        self._blocks: list[Block] = []
        self._places: list[int] = []  # the index in ``keys`` of each block rendered
        self.html: list[str | None] = [None] * len(self.keys)
        for index, block in enumerate(blocks):
            if self._blocks and renderer.continues(self._blocks[-1], block):
                self._blocks[-1] = _together(self._blocks[-1], block)
                self.html[index] = ""
            else:
                self._blocks.append(block)
                self._places.append(index)
        self._context = renderer.context(self._blocks)
        if self._context.footnote_definitions:
            self.keys.append(FOOTNOTES_KEY)
            self.html.append(None)
        self._work = self._parts()

    @property
    def done(self) -> bool:
        return all(html is not None for html in self.html)

    def step(self, budget: float | None = None) -> None:
        """Render until done or, with ``budget``, until that many seconds have passed (a
        piece at least: one piece cannot be cut)."""
        deadline = None if budget is None else time.perf_counter() + budget
        for _rendered in self._work:
            if deadline is not None and time.perf_counter() >= deadline:
                return

    def result(self) -> list[HtmlBlock]:
        """The blocks, once :attr:`done`."""
        return [HtmlBlock(key, html or "") for key, html in zip(self.keys, self.html, strict=True)]

    def fragment(self) -> str:
        """The article's HTML fragment: every block's (renders what is left)."""
        self.step()
        return "\n".join(block.html for block in self.result() if block.html)

    def _parts(self) -> Iterator[None]:
        """Yields after each piece it had to render."""
        context = self._context
        rendered: list[Rendered] = []
        for index, block in enumerate(self._blocks):
            joined = self._renderer.joined_block(block, context)
            if joined is None:
                joined = yield from self._block(block, context)
            else:
                context.advance(joined)
            rendered.append(joined)
            if not joined.toc_slot:
                self.html[self._places[index]] = joined.html
        if self._context.footnote_definitions:
            footnotes = self._renderer.footnote_list(context)
            rendered.append(footnotes)
            self.html[-1] = footnotes.html
            yield
        referenced = Counter(ref for part in rendered for ref in part.footnote_refs)
        if any(count > 1 for count in referenced.values()):
            # A footnote referenced from two parts: see part_markdown.py.
            top_level = [part.top_level for part in rendered[: len(self._blocks)]]
            whole = self._renderer.whole(self._blocks, top_level)
            for index, html in zip(self._places, whole, strict=False):
                self.html[index] = html
            if self._context.footnote_definitions:
                self.html[-1] = whole[-1]
            return
        tokens = tuple(token for part in rendered for token in part.toc)
        places = [*self._places, len(self.keys) - 1]  # the footnote list's, if any, is last
        for index, part in enumerate(rendered):
            if part.toc_slot:
                toc = self._renderer.table_of_contents(tokens)
                self.html[places[index]] = part.html.replace(TOC_SLOT, toc)

    def _block(self, block: Block, context: ArticleContext) -> Generator[None, None, Rendered]:
        """Renders ``block`` in pieces where they give its HTML, advancing ``context``; the
        block's render is the generator's return value."""
        block_plan = plan(block)
        abbreviations = context.abbreviations_in(block.markdown)
        taken_before = set(context.taken_ids) if block_plan.split else context.taken_ids
        pieces: list[Rendered] = []
        for piece in block_plan.pieces:
            rendered, fresh = self._renderer.piece(piece, context)
            context.advance(rendered)
            pieces.append(rendered)
            if fresh:
                yield None
        joined = block_plan.joined([piece.html for piece in pieces])
        if joined is None:  # not of the shape the pieces promised: render it whole
            # (none of the pieces has footnotes or a heading but the first: see pieces.py)
            context.taken_ids = taken_before
            whole, _fresh = self._renderer.piece(block.markdown, context)
            context.advance(whole)
            yield None
            return whole
        if not block_plan.split:
            return pieces[0]
        top_level = block_plan.top_level([piece.top_level for piece in pieces])
        references: dict[str, Reference | None] = {}
        asked: dict[str, bool] = {}
        for piece_render in pieces:
            references.update(piece_render.needs.references)
            for name, _taken in piece_render.needs.ids:
                # Whether the parts before the block took it: the ids of the block's own
                # pieces follow from these answers, piece by piece.
                asked.setdefault(name, name in taken_before)
        result = Rendered(
            joined,
            Needs(tuple(references.items()), tuple(asked.items()), abbreviations),
            frozenset().union(*(piece.ids for piece in pieces)),
            tuple(token for piece in pieces for token in piece.toc),
            None,
            any(piece.toc_slot for piece in pieces),
            top_level,
        )
        self._renderer.remember_block(block, result)
        return result


def _together(before: Block, after: Block) -> Block:
    """One block of two that render as one (in pieces only when both are made of them)."""
    segments = before.segments + after.segments if before.segments and after.segments else ()
    return Block(before.key, f"{before.markdown}\n\n{after.markdown}", segments)
