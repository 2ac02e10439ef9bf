"""The article as HTML for the WeChat Official Account editor (Qt-free).

What the editor keeps after 保存草稿 (save draft) is much less than a browser shows: no
stylesheet, no class or id, no native lists past two levels, no links off mp.weixin.qq.com, no
plain spaces in code. :func:`wechat_html` takes the article fragment (the same HTML the preview
shows; ``ArticlePipeline.wechat_html`` gives it the project's) and rewrites it so that it looks
the same after the save:

1. on the parsed fragment: drop the TOC, apply the pangu spacing, turn links into ``[n]``
   markers and a closing list of references (links.py);
2. inline the theme, its primary colour substituted, with css-inline (inline.py);
3. on the inlined tree: hand the base style down from the wrapper WeChat strips, give line
   heights units, and rewrite lists, code blocks, tables and images (one module each); then
   remove whatever is left that WeChat strips or that breaks there (cleanup.py);
4. write it without the whitespace between blocks (writer.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

from recapdesk.render.themes import DEFAULT_THEME, theme_css
from recapdesk.render.wechat import cards, cleanup, code, images, inline, links, lists, tables
from recapdesk.render.wechat import pangu as spacing
from recapdesk.render.wechat.dom import by_tag, parse_body, tree_of
from recapdesk.render.wechat.writer import article_html

_REWRITTEN = frozenset({"a", "pre", "table", "img"})


def pangu_default(language: str) -> bool:
    """The spacing rule is on by default for Chinese articles."""
    return language == "zh"


def wechat_html(
    fragment: str | etree._Element,
    theme: str = DEFAULT_THEME,
    primary_color: str = "",
    *,
    language: str = "zh",
    pangu: bool | None = None,
    image_widths: Mapping[str, int] | None = None,
    base_dir: Path | None = None,
    footnotes: bool = True,
    embed: images.Embed | None = None,
) -> str:
    """The article fragment as WeChat-ready HTML, for the clipboard's ``text/html``.

    ``fragment`` may be given parsed, as :func:`~dom.parse_body` returns it (and leaves it:
    the caller may read it again, as Copy for WeChat does for the plain text).
    ``pangu`` None means "on for zh"; ``image_widths`` are widths of remote images the caller
    already knows; ``base_dir`` is where relative image paths are read from; ``footnotes``
    False keeps only the text of the links WeChat refuses (no ``[n]`` markers, no list);
    ``embed`` puts the article's own pictures in as data: URIs (images.py).
    """
    with _collector_paused():
        return _wechat_html(
            fragment,
            theme,
            primary_color,
            language,
            pangu,
            image_widths,
            base_dir,
            footnotes,
            embed,
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the trees are built and rewritten.

    A large article is tens of thousands of nodes, all alive until the end. Their allocation
    kept triggering collections that walk every object of the program and free nothing: a
    third of a Copy for WeChat of the stress project. The trees are unlinked when done
    (dom.release), so reference counting frees them without the collector. Only the call that
    paused it resumes it, so a second thread doing the same (the compliance check) cannot
    leave the collector off."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _wechat_html(
    fragment: str | etree._Element,
    theme: str,
    primary_color: str,
    language: str,
    pangu: bool | None,
    image_widths: Mapping[str, int] | None,
    base_dir: Path | None,
    footnotes: bool,
    embed: images.Embed | None,
) -> str:
    body = parse_body(fragment) if isinstance(fragment, str) else fragment
    tree = tree_of(body, skip_class=cleanup.TOC_CLASS)
    if pangu_default(language) if pangu is None else pangu:
        spacing.space_tree(tree)
    links.footnote_links(tree, language, numbered=footnotes)

    root = inline.inline_tree(tree, theme_css(theme, primary_color))
    wrapper = next((e for e in root.elements() if e.tag == "section"), root)
    inline.hand_down_base_style(wrapper)
    inline.line_heights_with_units(wrapper)
    # One walk finds the elements of the four passes that each rewrite one kind of element
    # (a walk of the stress project's tree per pass was a tenth of a copy). The list pass in
    # between moves elements but makes none of these kinds, and each pass rewrites only its
    # own kind, so each pass gets the same elements, in the same order, as a walk of its own.
    found = by_tag(wrapper, _REWRITTEN)
    links.finish_links(found["a"])
    lists.convert_lists(wrapper)
    code.convert_code_blocks(found["pre"])
    # A wide table is cards on a phone; the rest scroll sideways if they must.
    tables.wrap_tables(cards.cards_for_wide_tables(found["table"]))
    images.prepare_images(found["img"], image_widths, base_dir, embed)
    cleanup.collapse_wrappers(root, cleanup.clean_tree(root))
    return article_html(root)


__all__ = ["pangu_default", "wechat_html"]
