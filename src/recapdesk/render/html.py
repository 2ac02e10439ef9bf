"""Markdown -> HTML: the article fragment and a standalone page.

The fragment is what the preview shows and what Copy for WeChat starts from; the WeChat
post-processing (render/wechat) takes this fragment, never the Markdown.
"""

from __future__ import annotations

import html
import threading

from markdown import Extension, Markdown
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, slugify_unicode

from recapdesk.compose.article import TOC_MARKER
from recapdesk.render.front_matter import FrontMatterExtension
from recapdesk.render.photos import PhotoRowExtension
from recapdesk.render.safe import SafeTextExtension
from recapdesk.render.themes import DEFAULT_THEME, theme_css


def article_extensions() -> list[Extension]:
    """The extensions of every article render but the three whose state spans the whole
    document (abbreviations, footnotes, the table of contents and its heading ids): a whole
    render adds them as they are, the pipeline as it renders the article in parts
    (pipeline/part_markdown.py)."""
    # Instances, not names: Markdown looks a name up among every installed package's entry
    # points first, which costs ~100 ms (importlib.metadata) of the window's start.
    return [
        FrontMatterExtension(),
        SafeTextExtension(),
        TableExtension(),
        FencedCodeExtension(),
        AttrListExtension(),
        SaneListExtension(),
        PhotoRowExtension(),
    ]


def _new_markdown() -> Markdown:
    extensions = [
        *article_extensions(),
        AbbrExtension(),
        FootnoteExtension(),
        TocExtension(marker=TOC_MARKER, toc_depth="2-3", slugify=slugify_unicode),
    ]
    return Markdown(extensions=extensions, output_format="html")


_per_thread = threading.local()


def _shared_markdown() -> Markdown:
    # Building a Markdown instance with its extensions costs more than converting a section;
    # one instance is reused and reset between documents. One per thread, as an instance
    # keeps state while it converts: the window renders in one thread, but a caller of the
    # core may use several.
    md: Markdown | None = getattr(_per_thread, "markdown", None)
    if md is None:
        md = _per_thread.markdown = _new_markdown()
    return md


def render_fragment(markdown_text: str) -> str:
    """Markdown text as an HTML fragment (no ``<html>``, no styles), rendered whole: what the
    pipeline's article equals, and what importers compare a hand-written recap with."""
    md = _shared_markdown()
    md.reset()
    html_text: str = md.convert(markdown_text)
    return html_text


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<article class="recap">
{body}
</article>
</body>
</html>
"""


def page_html(
    body: str,
    *,
    title: str = "",
    lang: str = "zh",
    theme: str = DEFAULT_THEME,
    primary_color: str = "",
) -> str:
    """A standalone HTML page around an article fragment, the theme's stylesheet embedded in
    ``primary_color`` (empty: the theme's own)."""
    return PAGE.format(
        lang=html.escape(lang),
        title=html.escape(title),
        css=theme_css(theme, primary_color),
        body=body,
    )
