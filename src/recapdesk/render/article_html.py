"""Project -> HTML, section by section, reusing the HTML of sections that did not change.

Python-Markdown needs about 1 ms per KB, so re-rendering the whole article on every keystroke
would dominate the preview's latency; each composed block is rendered on its own and cached by
its Markdown text. The table of contents, the only thing that spans blocks, is built here from
the headings of the other blocks.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from dataclasses import dataclass

from recapdesk.compose import HEAD_KEY, compose_blocks
from recapdesk.compose.article import TOC_MARKER, BodyCache
from recapdesk.model import Project
from recapdesk.render.html import render_fragment

_H2 = re.compile(r'<h2 id="([^"]*)">(.*?)</h2>', re.DOTALL)
_TOC_SLOT = "recapdesk-toc-slot"
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class HtmlBlock:
    key: str  # HEAD_KEY or a section-order key
    html: str


class BlockRenderer:
    """Renders composed blocks with a cache of the HTML of recently seen Markdown."""

    def __init__(self, cache_size: int = _CACHE_SIZE) -> None:
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._cache_size = cache_size

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

    def render(self, project: Project, bodies: BodyCache | None = None) -> list[HtmlBlock]:
        blocks = compose_blocks(project, bodies)
        rendered: list[HtmlBlock] = []
        head_has_toc = False
        for block in blocks:
            markdown_text = block.markdown
            if block.key == HEAD_KEY and TOC_MARKER in markdown_text.split("\n\n"):
                head_has_toc = True
                # A paragraph the renderer leaves alone; replaced by the real TOC below.
                markdown_text = _replace_paragraph(markdown_text, TOC_MARKER, _TOC_SLOT)
            rendered.append(HtmlBlock(block.key, self._render(markdown_text)))
        if head_has_toc:
            toc = table_of_contents(rendered[1:])
            head = rendered[0]
            rendered[0] = HtmlBlock(head.key, head.html.replace(f"<p>{_TOC_SLOT}</p>", toc))
        return rendered


def _replace_paragraph(markdown_text: str, paragraph: str, replacement: str) -> str:
    parts = markdown_text.split("\n\n")
    return "\n\n".join(replacement if part == paragraph else part for part in parts)


def table_of_contents(blocks: list[HtmlBlock]) -> str:
    """A TOC of the sections' ``<h2>`` headings, in the markup Python-Markdown's toc uses."""
    items = []
    for block in blocks:
        for anchor, title in _H2.findall(block.html):
            items.append(f'<li><a href="#{html.escape(anchor)}">{title}</a></li>')
    if not items:
        return ""
    return '<div class="toc">\n<ul>\n' + "\n".join(items) + "\n</ul>\n</div>"


_shared = BlockRenderer()


def render_blocks(project: Project, bodies: BodyCache | None = None) -> list[HtmlBlock]:
    """The article's HTML per block (shared cache)."""
    return _shared.render(project, bodies)


def render_article(project: Project, renderer: BlockRenderer | None = None) -> str:
    """The article's HTML fragment; ``renderer`` instead of the shared one (whose cache is
    not for threads other than the window's)."""
    blocks = (renderer or _shared).render(project)
    return "\n".join(block.html for block in blocks if block.html)
