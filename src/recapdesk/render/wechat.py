"""The article as HTML for the WeChat editor: every style inline, no class, id or <style>.

This is the seam for WeChat's post-processing (lists as sections, link footnotes, code
whitespace, compliance); today it inlines the theme with css-inline and removes what the
WeChat editor strips anyway, plus the table of contents, which does not work there.
"""

from __future__ import annotations

import css_inline

from recapdesk.render.rewrite import Attributes, rewrite
from recapdesk.render.themes import DEFAULT_THEME, theme_css

_STRIPPED_ATTRIBUTES = frozenset({"class", "id"})


def _keep_attribute(tag: str, name: str, value: str | None) -> bool:
    if name in _STRIPPED_ATTRIBUTES:
        return False
    # In-page anchors (TOC, footnote back-links) go nowhere inside WeChat.
    return not (name == "href" and (value or "").startswith("#"))


def _drop_element(tag: str, attributes: Attributes) -> bool:
    classes = dict(attributes).get("class") or ""
    return "toc" in classes.split()


def wechat_html(fragment: str, theme: str = DEFAULT_THEME) -> str:
    """The article fragment with the theme inlined, ready for the clipboard's text/html."""
    wrapped = f'<section class="recap">{fragment}</section>'
    inlined = css_inline.inline_fragment(wrapped, theme_css(theme))
    return rewrite(inlined, _keep_attribute, _drop_element)
