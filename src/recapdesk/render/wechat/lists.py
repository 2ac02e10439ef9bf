"""Lists as ``<section>``s with their markers written as text.

The WeChat editor resets the style of ``ul``/``ol``, collapses nesting past two levels and turns
each ``<p>`` inside an ``<li>`` into a blank line. So every list becomes a section, every item a
flex row of a marker (``•``, ``◦``, ``▪`` by depth, or ``1.``) and a body, and nesting is kept
to any depth by the bodies' own indentation. The marker column is as wide as the list's
``padding-left`` in the theme, so the text starts where the browser's native list puts it.
"""

from __future__ import annotations

from functools import lru_cache

from recapdesk.render.wechat.dom import BLOCK_ELEMENTS, Element, Node, Text, replace
from recapdesk.render.wechat.styles import compact_box, expand_box, format_style, parse_style

BULLETS = ("•", "◦", "▪")  # the browser's disc, circle and square
DEFAULT_INDENT = "1.6em"
_LIST_STYLE = ("list-style", "list-style-type", "list-style-position", "list-style-image")


def _marker(ordered: bool, number: int, depth: int) -> str:
    return f"{number}." if ordered else BULLETS[min(depth, len(BULLETS) - 1)]


def _strip_list_style(style: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in style.items() if k not in _LIST_STYLE and k != "display"}


def _move_edge_margins(item: dict[str, str], body: Element) -> None:
    """The body is a flex item, so its first and last blocks' margins no longer collapse with
    the item's as they did inside an ``<li>``: the item takes over the larger one instead."""
    nodes = [c for c in body.children if isinstance(c, Element) or c.data.strip()]
    if not nodes:
        return
    for side, block in (("top", nodes[0]), ("bottom", nodes[-1])):
        if not isinstance(block, Element) or block.tag not in BLOCK_ELEMENTS:
            continue  # text or inline content at this edge: nothing collapses there
        rest, inner = _without_margin(block.attrs.get("style") or "", side)
        if not inner:
            continue
        if rest:
            block.attrs["style"] = rest
        else:
            block.attrs.pop("style", None)
        outer = item.get(f"margin-{side}", "")
        inner_em, outer_em = _em(inner), _em(outer)
        if (
            not outer
            or outer_em == 0
            or (inner_em is not None and outer_em is not None and inner_em > outer_em)
        ):
            item[f"margin-{side}"] = inner


# The style computations below are cached on the style attributes: after inlining, the
# thousands of items and paragraphs of a long list share a handful of them.


@lru_cache(maxsize=1024)
def _without_margin(style: str, side: str) -> tuple[str, str]:
    """``style`` without its margin on ``side`` ("" for no style left), and that margin ("":
    none, and ``style`` unchanged)."""
    declarations = expand_box(parse_style(style), "margin")
    inner = declarations.pop(f"margin-{side}", "")
    if not inner:
        return style, ""
    rest = compact_box(declarations, "margin")
    return (format_style(rest) if rest else ""), inner


@lru_cache(maxsize=1024)
def _item_start(style: str) -> tuple[tuple[str, str], ...]:
    """An item's declarations from its ``<li>``'s: a flex row, its margins one per side."""
    declarations = expand_box(_strip_list_style(parse_style(style)), "margin")
    return tuple({"display": "flex", **declarations}.items())


@lru_cache(maxsize=1024)
def _item_style(declarations: tuple[tuple[str, str], ...]) -> str:
    return format_style(compact_box(dict(declarations), "margin"))


@lru_cache(maxsize=64)
def _marker_style(indent: str) -> str:
    return format_style(
        {
            "flex-shrink": "0",
            "min-width": indent,
            "padding-right": "0.4em",
            "box-sizing": "border-box",
            "text-align": "right",
        }
    )


_BODY_STYLE = format_style({"flex": "1", "min-width": "0"})


def _em(value: str) -> float | None:
    """``0.4em`` -> 0.4; ``0`` -> 0; anything else (px, %) -> None: not comparable."""
    if value in ("0", "0px"):
        return 0.0
    try:
        return float(value.removesuffix("em")) if value.endswith("em") else None
    except ValueError:
        return None


def _paragraphs_to_sections(body: Element) -> None:
    for child in body.elements():
        if child.tag == "p":
            child.tag = "section"


def _convert(list_element: Element, depth: int) -> Element:
    ordered = list_element.tag == "ol"
    try:
        number = int(list_element.attrs.get("start") or 1)
    except ValueError:
        number = 1
    style = _strip_list_style(list_element.style)
    indent = style.pop("padding-left", DEFAULT_INDENT)
    section = Element("section")
    section.style = style
    for child in list_element.children:
        if not isinstance(child, Element) or child.tag != "li":
            continue  # the whitespace between items
        item_style = dict(_item_start(child.attrs.get("style") or ""))
        marker = Element(
            "section", {"style": _marker_style(indent)}, [Text(_marker(ordered, number, depth))]
        )
        body = Element("section", {"style": _BODY_STYLE}, list(child.children))
        _paragraphs_to_sections(body)
        convert_lists(body, depth + 1)
        _move_edge_margins(item_style, body)
        item = Element("section", {}, [marker, body])
        item.attrs["style"] = _item_style(tuple(item_style.items()))
        section.append(item)
        number += 1
    return section


def convert_lists(root: Element, depth: int = 0) -> None:
    """Replace every ``ul``/``ol`` under ``root`` (nested ones one level deeper)."""
    for child in list(root.children):
        if not isinstance(child, Element):
            continue
        if child.tag in ("ul", "ol"):
            replacement: list[Node] = [_convert(child, depth)]
            replace(child, replacement)
        else:
            convert_lists(child, depth)
