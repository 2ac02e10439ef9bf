"""Tables that fit a phone: a sideways-scrolling wrapper, and the alignment of every cell.

WeChat's reader is 375 px wide on many phones; a wide table scrolls inside
``<section style="overflow-x: auto">`` instead of overflowing the page. The editor resets the
default alignment of cells, so every ``th``/``td`` gets an explicit ``text-align``: the one the
Markdown asked for, else the browser's default (headers centred, cells left).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from recapdesk.render.wechat.dom import Element, replace
from recapdesk.render.wechat.styles import format_style, parse_style

_ALIGNMENTS = frozenset({"left", "right", "center", "justify"})


def _align_cell(cell: Element) -> None:
    attribute = (cell.attrs.pop("align", None) or "").lower()
    aligned = _aligned(cell.attrs.get("style") or "", cell.tag == "th", attribute)
    if aligned is not None:
        cell.attrs["style"] = aligned


@lru_cache(maxsize=1024)
def _aligned(style: str, header: bool, attribute: str) -> str | None:
    """The cell's style attribute with a ``text-align`` (None: it has one). Cached: the
    thousands of cells of a long table share a few style attributes."""
    declarations = parse_style(style)
    if "text-align" in declarations:
        return None
    if attribute in _ALIGNMENTS:
        declarations["text-align"] = attribute
    else:
        declarations["text-align"] = "center" if header else "left"
    return format_style(declarations)


def _is_scroll_wrapper(element: Element | None) -> bool:
    return (
        element is not None
        and element.tag == "section"
        and len(element.elements()) == 1
        and element.style.get("overflow-x") in ("auto", "scroll")
    )


def wrap_tables(tables: Iterable[Element]) -> None:
    """Wrap and align the ``tables`` (the ``<table>`` elements of the article)."""
    for table in tables:
        for cell in table.iter():
            if cell.tag in ("th", "td"):
                _align_cell(cell)
        if _is_scroll_wrapper(table.parent):
            continue
        wrapper = Element("section")
        wrapper.style = {"overflow-x": "auto"}
        replace(table, [wrapper])
        wrapper.append(table)
