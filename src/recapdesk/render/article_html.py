"""Project -> HTML, section by section, reusing the HTML of sections that did not change.

Python-Markdown needs about 1 ms per KB, so re-rendering the whole article on every keystroke
would dominate the preview's latency; each composed block is rendered on its own, long ones in
pieces (render/pieces.py), and the HTML is cached by the Markdown text it came from. The table
of contents, the only thing that spans blocks, is built here from the headings of the other
blocks. A :class:`RenderJob` does the same in steps of bounded time, for the window: a full
render of a large project then never blocks it for long.
"""

from __future__ import annotations

import functools
import html
import re
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace

from recapdesk.compose import HEAD_KEY, compose_blocks
from recapdesk.compose.article import TOC_MARKER, BodyCache
from recapdesk.model import Project
from recapdesk.render.html import render_fragment
from recapdesk.render.pieces import plan

_H2 = re.compile(r'<h2 id="([^"]*)">(.*?)</h2>', re.DOTALL)
_TOC_SLOT = "recapdesk-toc-slot"
_CACHE_SIZE = 4096
_BLOCK_CACHE_SIZE = 16


@dataclass(frozen=True)
class HtmlBlock:
    key: str  # HEAD_KEY or a section-order key
    html: str


class BlockRenderer:
    """Renders composed blocks with a cache of the HTML of recently seen Markdown."""

    def __init__(self, cache_size: int = _CACHE_SIZE) -> None:
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._cache_size = cache_size
        # Blocks rendered in pieces, whole: planning and joining 300 testimonials again for
        # a keystroke in the title cost milliseconds.
        self._blocks: OrderedDict[str, str] = OrderedDict()

    def _block(self, markdown_text: str) -> str | None:
        cached = self._blocks.get(markdown_text)
        if cached is not None:
            self._blocks.move_to_end(markdown_text)
        return cached

    def _remember_block(self, markdown_text: str, rendered: str) -> None:
        self._blocks[markdown_text] = rendered
        if len(self._blocks) > _BLOCK_CACHE_SIZE:
            self._blocks.popitem(last=False)

    def _render(self, markdown_text: str) -> str:
        cached = self._cache.get(markdown_text)
        if cached is not None:
            self._cache.move_to_end(markdown_text)
            return cached
        rendered = render_fragment(markdown_text)
        self._cache[markdown_text] = rendered
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return rendered

    def cached(self, markdown_text: str) -> bool:
        return markdown_text in self._cache

    def render(self, project: Project, bodies: BodyCache | None = None) -> list[HtmlBlock]:
        job = RenderJob(self, project, bodies)
        job.step()
        return job.result()


class RenderJob:
    """One render of the article, done in :meth:`step` calls of bounded time.

    The Markdown is composed when the job is made, so later edits of the project do not
    reach it. Each step renders pieces not in the cache (a cached one costs nothing) until its
    time is up; :attr:`html` holds each block's HTML once it is complete, in article order."""

    def __init__(
        self, renderer: BlockRenderer, project: Project, bodies: BodyCache | None = None
    ) -> None:
        self._renderer = renderer
        blocks = compose_blocks(project, bodies)
        self.keys = [block.key for block in blocks]
        self._toc = False
        head = blocks[0]
        if head.key == HEAD_KEY and TOC_MARKER in head.markdown.split("\n\n"):
            self._toc = True
            # A paragraph the renderer leaves alone; replaced by the real TOC at the end.
            markdown_text = _replace_paragraph(head.markdown, TOC_MARKER, _TOC_SLOT)
            blocks[0] = replace(head, markdown=markdown_text, segments=())
        self._blocks = blocks
        self.html: list[str | None] = [None] * len(blocks)
        self._work = self._pieces()

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

    def _pieces(self) -> Iterator[None]:
        """Yields after each piece it had to render."""
        render = self._renderer
        head = ""
        for index, block in enumerate(self._blocks):
            joined = render._block(block.markdown)
            if joined is None:
                block_plan = plan(block)
                rendered = []
                for piece in block_plan.pieces:
                    fresh = not render.cached(piece)
                    rendered.append(render._render(piece))
                    if fresh:
                        yield
                joined = block_plan.joined(rendered)
                if joined is None:  # not of the shape the pieces promised: render it whole
                    joined = render._render(block.markdown)
                    yield
                elif block_plan.split:
                    render._remember_block(block.markdown, joined)
            if index == 0 and self._toc:
                head = joined
            else:
                self.html[index] = joined
        if self._toc:
            others = self.result()[1:]
            self.html[0] = head.replace(f"<p>{_TOC_SLOT}</p>", table_of_contents(others))


def _replace_paragraph(markdown_text: str, paragraph: str, replacement: str) -> str:
    parts = markdown_text.split("\n\n")
    return "\n\n".join(replacement if part == paragraph else part for part in parts)


def table_of_contents(blocks: list[HtmlBlock]) -> str:
    """A TOC of the sections' ``<h2>`` headings, in the markup Python-Markdown's toc uses."""
    items = [item for block in blocks for item in _toc_items(block.html)]
    if not items:
        return ""
    return '<div class="toc">\n<ul>\n' + "\n".join(items) + "\n</ul>\n</div>"


_shared = BlockRenderer()


@functools.lru_cache(maxsize=32)
def _toc_items(block_html: str) -> tuple[str, ...]:
    """The TOC entries of one block (remembered: scanning 200 KB of sections for headings
    on every keystroke cost milliseconds)."""
    return tuple(
        f'<li><a href="#{html.escape(anchor)}">{title}</a></li>'
        for anchor, title in _H2.findall(block_html)
    )


def render_blocks(project: Project, bodies: BodyCache | None = None) -> list[HtmlBlock]:
    """The article's HTML per block (shared cache)."""
    return _shared.render(project, bodies)


def render_job(project: Project, bodies: BodyCache | None = None) -> RenderJob:
    """A render of the article in steps (shared cache), for the window's preview."""
    return RenderJob(_shared, project, bodies)


def render_article(
    project: Project, renderer: BlockRenderer | None = None, bodies: BodyCache | None = None
) -> str:
    """The article's HTML fragment; ``renderer`` instead of the shared one (whose cache is
    not for threads other than the window's); ``bodies``: section Markdown to reuse (the
    window's preview keeps one, see BodyCache)."""
    blocks = (renderer or _shared).render(project, bodies)
    return "\n".join(block.html for block in blocks if block.html)
