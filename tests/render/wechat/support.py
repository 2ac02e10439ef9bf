"""Helpers for the WeChat output tests: Markdown in, parsed WeChat HTML out."""

from __future__ import annotations

from typing import Any

from recapdesk.render import render_fragment
from recapdesk.render.wechat import wechat_html
from recapdesk.render.wechat.styles import parse_style
from tests.support import Node, parse_html


def wechat(markdown_text: str, **options: Any) -> str:
    """The WeChat HTML of Markdown text (default theme, zh unless told)."""
    return wechat_html(render_fragment(markdown_text), **options)


def wechat_tree(markdown_text: str, **options: Any) -> Node:
    return parse_html(wechat(markdown_text, **options))


def style_of(node: Node) -> dict[str, str]:
    return parse_style(node.attrs.get("style") or "")


def article(tree: Node) -> Node:
    """The outermost wrapper of the WeChat HTML."""
    (wrapper,) = tree.elements()
    return wrapper
