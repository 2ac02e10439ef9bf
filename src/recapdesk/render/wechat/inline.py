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
from functools import lru_cache

import css_inline
from lxml import etree

from recapdesk.render.wechat.dom import Element, Node, Text, parse_body, release, tree_of
from recapdesk.render.wechat.styles import format_style, parse_style
from recapdesk.render.wechat.writer import serialize

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


def inline_tree(root: Element, css: str) -> Element:
    """``root``'s content inside ``<section class="recap">``, the theme's rules inlined: a
    ``#root`` tree as :func:`~dom.parse` makes it from :func:`inline_theme`'s output. ``root``
    is used up."""
    body = parse_body(inline_theme(serialize(root), css))
    wrapper = Element("section")
    wrapper.replace_children(root.children)
    inlined = Element("#root", None, [wrapper])
    root.children = []
    if _take_attributes(body, inlined):
        return inlined
    # css-inline's parser built something else than ours did (it nests a few invalid
    # structures differently): the tree it wrote is the one to go on with.
    release(inlined)
    return tree_of(body)


def _take_attributes(body: etree._Element, root: Element) -> bool:
    """Give the elements of ``root`` the attributes (the inlined styles) of lxml's parse of
    css-inline's output, when both trees are the same elements and text; else False.

    Making a new tree from that parse (tens of thousands of nodes for a large article) cost
    more than all of this. The tree that went into css-inline is compared node by node with
    the one that came out, so the result is exactly the tree the parse would give; only
    adjacent text nodes, which any parser reads back as one, are merged here first."""
    stack: list[tuple[etree._Element, Element]] = [(body, root)]
    while stack:
        source, target = stack.pop()
        children = _merged_text(target)
        count = len(children)
        index = 0
        text = source.text
        if text:
            if not _is_text(children, index, text):
                return False
            index = 1
        for child in source:
            tag = child.tag
            if isinstance(tag, str):  # not a comment or an entity the parser kept
                node = children[index] if index < count else None
                if not isinstance(node, Element) or node.tag != tag:
                    return False
                node.attrs = dict(child.items())  # faster than dict(child.attrib)
                stack.append((child, node))
                index += 1
            tail = child.tail
            if tail:
                if not _is_text(children, index, tail):
                    return False
                index += 1
        if index != count:
            return False
    return True


def _is_text(children: list[Node], index: int, data: str) -> bool:
    if index >= len(children):
        return False
    node = children[index]
    return isinstance(node, Text) and node.data == data


def _merged_text(element: Element) -> list[Node]:
    """``element``'s children with adjacent text nodes joined and empty ones dropped, as a
    parser reads them back (the passes before inlining split text: a link unwrapped)."""
    children = element.children
    previous: Node | None = None
    for node in children:
        if isinstance(node, Text) and (isinstance(previous, Text) or not node.data):
            break
        previous = node
    else:
        return children
    merged: list[Node] = []
    for node in children:
        if isinstance(node, Text):
            last = merged[-1] if merged else None
            if isinstance(last, Text) or not node.data:
                if isinstance(last, Text):
                    last.data += node.data
                node.parent = None
                continue
        merged.append(node)
    element.children = merged
    return merged


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
    style = element.attrs.get("style")
    rewritten, factor = _line_height_in_em(style or "", element.tag in _SIZED_BY_BROWSER, inherited)
    if rewritten is not None:
        element.attrs["style"] = rewritten
    for child in element.children:
        if isinstance(child, Element):
            line_heights_with_units(child, factor)


@lru_cache(maxsize=4096)
def _line_height_in_em(
    style: str, sized_by_browser: bool, inherited: float | None
) -> tuple[str | None, float | None]:
    """The style attribute with its line height in ``em`` (None: unchanged), and the factor
    its children inherit. Cached: after inlining, thousands of elements share a few dozen
    style attributes."""
    declarations = parse_style(style)
    own = declarations.get("line-height")
    factor = inherited
    if own is not None:
        factor = _factor(own)
        if factor is None:
            return None, factor
        declarations["line-height"] = _em(factor)
    elif inherited is not None and ("font-size" in declarations or sized_by_browser):
        declarations["line-height"] = _em(inherited)
    else:
        return None, factor
    return format_style(declarations), factor
