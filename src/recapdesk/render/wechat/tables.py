"""Tables that fit a phone: a sideways-scrolling wrapper, and the alignment of every cell.

WeChat's reader is 375 px wide on many phones; a wide table scrolls inside
``<section style="overflow-x: auto">`` instead of overflowing the page. The editor resets the
default alignment of cells, so every ``th``/``td`` gets an explicit ``text-align``: the one the
Markdown asked for, else the browser's default (headers centred, cells left).
"""

from __future__ import annotations

from recapdesk.render.wechat.dom import Element, replace

_ALIGNMENTS = frozenset({"left", "right", "center", "justify"})


def _align_cell(cell: Element) -> None:
    style = cell.style
    attribute = (cell.attrs.pop("align", None) or "").lower()
    if "text-align" not in style:
        if attribute in _ALIGNMENTS:
            style["text-align"] = attribute
        else:
            style["text-align"] = "center" if cell.tag == "th" else "left"
        cell.style = style


def _is_scroll_wrapper(element: Element | None) -> bool:
    return (
        element is not None
        and element.tag == "section"
        and len(element.elements()) == 1
        and element.style.get("overflow-x") in ("auto", "scroll")
    )


def wrap_tables(root: Element) -> None:
    for table in [element for element in root.iter() if element.tag == "table"]:
        for cell in table.iter():
            if cell.tag in ("th", "td"):
                _align_cell(cell)
        if _is_scroll_wrapper(table.parent):
            continue
        wrapper = Element("section")
        wrapper.style = {"overflow-x": "auto"}
        replace(table, [wrapper])
        wrapper.append(table)
