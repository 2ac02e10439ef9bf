"""The theme as inline styles, placed where WeChat keeps them.

css-inline copies every rule of the theme onto the elements it matches. Two things then differ
from a stylesheet in a browser, and are fixed here:

- WeChat strips the style of the outermost container, so the article's base style (the
  ``.recap`` rule: colour, size, line height) is handed down to each top-level block, which
  passes it on by inheritance as the container would have.
- WeChat's editor does not take unitless line heights. ``1.75`` becomes ``1.75em``; an ``em``
  line height is fixed where it is declared and inherited as a length, whereas a unitless one
  is inherited as a factor, so every descendant that changes the font size gets its own
  ``line-height`` in ``em`` and the lines stay as tall as in the preview.
"""

from __future__ import annotations

import re

import css_inline

from recapdesk.render.wechat.dom import Element

WRAPPER_CLASS = "recap"
INHERITED = (
    "color",
    "font-size",
    "font-style",
    "font-weight",
    "letter-spacing",
    "line-height",
    "overflow-wrap",
    "text-align",
    "text-indent",
    "word-break",
    "word-spacing",
    "word-wrap",
)
# Elements whose font size the browser changes by itself.
_SIZED_BY_BROWSER = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "small", "sub", "sup", "big"})
_NUMBER = re.compile(r"\d*\.?\d+")


def inline_theme(fragment: str, css: str) -> str:
    """``fragment`` inside ``<section class="recap">`` with the theme's rules inlined."""
    wrapped = f'<section class="{WRAPPER_CLASS}">{fragment}</section>'
    return css_inline.inline_fragment(wrapped, css)


def hand_down_base_style(wrapper: Element) -> None:
    """Give each top-level block the inherited part of the wrapper's style (its own
    declarations win), and leave the wrapper without a style."""
    base = {k: v for k, v in wrapper.style.items() if k in INHERITED}
    wrapper.attrs.pop("style", None)
    if not base:
        return
    for child in wrapper.elements():
        child.style = {**base, **child.style}


def _factor(value: str) -> float | None:
    """The factor of a unitless line height (``1.75``), else ``None``."""
    text = value.strip()
    return float(text) if _NUMBER.fullmatch(text) else None


def _em(factor: float) -> str:
    return f"{factor:g}em"


def line_heights_with_units(element: Element, inherited: float | None = None) -> None:
    """Rewrite unitless line heights under ``element`` as ``em``, keeping their effect."""
    style = element.style
    own = style.get("line-height")
    factor = inherited
    changed = False
    if own is not None:
        factor = _factor(own)
        if factor is not None:
            style["line-height"] = _em(factor)
            changed = True
    elif inherited is not None and ("font-size" in style or element.tag in _SIZED_BY_BROWSER):
        style["line-height"] = _em(inherited)
        changed = True
    if changed:
        element.style = style
    for child in element.elements():
        line_heights_with_units(child, factor)
