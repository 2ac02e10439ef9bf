"""The tree of dom.py written as HTML.

Text is escaped as HTML text, and ``\\xa0`` is written as ``&nbsp;`` because WeChat's editor
keeps that entity where it collapses plain spaces. :func:`article_html` writes the finished
article: without the whitespace between blocks, and taking the tree apart as it goes.
"""

from __future__ import annotations

import html
from functools import lru_cache

from recapdesk.render.wechat.dom import BLOCK_ELEMENTS, VOID_ELEMENTS, Element, Node, Text


def escape_text(text: str) -> str:
    # html.escape(text, quote=False) without its call: it runs for every text node.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\xa0", "&nbsp;")
    )


@lru_cache(maxsize=8192)
def _attribute(name: str, value: str | None) -> str:
    # Cached: the same few style attributes are written for thousands of elements.
    return f" {name}" if value is None else f' {name}="{html.escape(value, quote=True)}"'


def _start(element: Element) -> str:
    attrs = element.attrs
    if not attrs:
        return f"<{element.tag}>"
    return _start_tag(element.tag, tuple(attrs.items()))


@lru_cache(maxsize=8192)
def _start_tag(tag: str, attrs: tuple[tuple[str, str | None], ...]) -> str:
    # Cached whole: after the cleanup most elements have one style attribute, shared by
    # thousands of them (every cell, every item); one look-up instead of one per attribute
    # and a join.
    return f"<{tag}{''.join([_attribute(name, value) for name, value in attrs])}>"


def _write_children(element: Element, out: list[str]) -> None:
    for child in element.children:
        if isinstance(child, Text):
            out.append(escape_text(child.data))
        else:
            _write_element(child, out)


def _write_element(element: Element, out: list[str]) -> None:
    tag = element.tag
    if tag == "#root":
        _write_children(element, out)
        return
    out.append(_start(element))
    if tag in VOID_ELEMENTS:
        return
    _write_children(element, out)
    out.append(f"</{tag}>")


def serialize(node: Node) -> str:
    if isinstance(node, Text):
        return escape_text(node.data)
    out: list[str] = []
    _write_element(node, out)
    return "".join(out)


def article_html(root: Element) -> str:
    """``root``'s content as HTML without the whitespace between blocks: the newlines
    Python-Markdown writes there would become empty lines or stray spaces in WeChat's editor,
    and mean nothing in HTML. The tree is used up: each element's children are unlinked once
    written, so reference counting frees the tree without the garbage collector (as
    dom.release), with no walk of its own."""
    out: list[str] = []
    _write_finished(root, out)
    return "".join(out)


def _write_finished(element: Element, out: list[str]) -> None:
    children = element.children
    element.children = []
    last = len(children) - 1
    for index, child in enumerate(children):
        if isinstance(child, Text):
            data = child.data
            if (
                not data.strip()
                and (index == 0 or _is_block(children[index - 1]))
                and (index == last or _is_block(children[index + 1]))
            ):
                continue
            out.append(escape_text(data))
            continue
        tag = child.tag
        if tag == "#root":
            _write_finished(child, out)
            continue
        out.append(_start(child))
        if tag in VOID_ELEMENTS:
            child.children = []
            continue
        _write_finished(child, out)
        out.append(f"</{tag}>")


def _is_block(node: Node) -> bool:
    return isinstance(node, Element) and node.tag in BLOCK_ELEMENTS
