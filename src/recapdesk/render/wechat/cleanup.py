"""Remove what the WeChat editor strips or what breaks an article there.

Before inlining, the parts that do not work in WeChat at all go: the table of contents (its
links lead nowhere; :data:`TOC_CLASS`). After inlining, every style is checked against the
platform's rules: no ``class``/``id``/``<style>``, no ``var()``, ``!important``,
``font-family`` or ``position``, no fixed pixel widths, no ``height: 0``, no
``text-align: start|end``, no line height below the font size; ``div`` becomes ``section`` as
the editor would make it; and chains of identical single-child wrappers are collapsed (the
editor removes them past ten levels, and with them whatever the author meant).
"""

from __future__ import annotations

import re
from functools import lru_cache

from recapdesk.render.wechat.dom import Element, Text, unwrap
from recapdesk.render.wechat.styles import format_style, parse_style

_DROPPED_ELEMENTS = frozenset({"style", "script", "link", "meta", "noscript", "template"})
_KEPT_DATA_ATTRIBUTES = frozenset({"data-w"})
_DROPPED_ATTRIBUTES = frozenset({"class", "id", "name", "width", "height", "align"})
_DROPPED_PROPERTIES = frozenset(
    {
        "font-family",
        "position",
        "top",
        "right",
        "bottom",
        "left",
        "z-index",
        "white-space",
        "caret-color",
    }
)
_WIDTHS = frozenset({"width", "min-width", "max-width"})
_PIXELS = re.compile(r"-?\d*\.?\d+px\b")
_ZERO = re.compile(r"0(?:\.0*)?(?:px|em|rem|%)?")
_SMALL_LINE_HEIGHT = re.compile(r"(\d*\.?\d+)(em)?")
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.IGNORECASE)
_ALIGN_WORDS = {"start": "left", "end": "right"}
# The class of the table of contents. Its elements are left out as the tree is built
# (dom.tree_of), not removed by a walk of their own: a walk of the whole tree for one element.
TOC_CLASS = "toc"


def clean_declarations(tag: str, style: dict[str, str]) -> dict[str, str]:
    """The declarations of one style attribute that WeChat keeps and that do no harm."""
    cleaned: dict[str, str] = {}
    for name, raw in style.items():
        value = _IMPORTANT.sub("", raw)
        if name in _DROPPED_PROPERTIES or "var(" in value.lower() or name.startswith("--"):
            continue
        if name in _WIDTHS and _PIXELS.search(value):
            continue
        if name == "height" and _ZERO.fullmatch(value.strip()):
            continue
        if name == "opacity" and _ZERO.fullmatch(value.strip()):
            continue
        if name == "text-align" and value.strip().lower() in _ALIGN_WORDS:
            value = _ALIGN_WORDS[value.strip().lower()]
        if name == "line-height" and _too_small(value):
            continue
        cleaned[name] = value
    return cleaned


def _too_small(line_height: str) -> bool:
    found = _SMALL_LINE_HEIGHT.fullmatch(line_height.strip())
    return found is not None and float(found.group(1)) < 1


def _clean_attributes(element: Element) -> None:
    for name in list(element.attrs):
        if name == "style":
            continue
        if name in _DROPPED_ATTRIBUTES or (
            name.startswith("data-") and name not in _KEPT_DATA_ATTRIBUTES
        ):
            del element.attrs[name]
    style = element.attrs.get("style")
    if style is not None:
        cleaned = _cleaned_style(element.tag, style)
        if cleaned:
            element.attrs["style"] = cleaned
        else:
            del element.attrs["style"]


@lru_cache(maxsize=4096)
def _cleaned_style(tag: str, style: str) -> str:
    """The style attribute ``style`` as WeChat keeps it ("" for none). Cached: after inlining,
    thousands of elements share a few dozen style attributes."""
    declarations = clean_declarations(tag, parse_style(style))
    return format_style(declarations) if declarations else ""


def clean_tree(root: Element) -> list[Element]:
    """Clean every element under ``root``; the elements as they were before, in document
    order, for :func:`collapse_wrappers`."""
    elements = root.iter()  # a new list: the removals below do not change it
    for element in elements:
        if element.tag in _DROPPED_ELEMENTS and element.parent is not None:
            element.parent.children.remove(element)
            continue
        if element.tag == "div":
            element.tag = "section"
        if element.tag != "#root":
            _clean_attributes(element)
        if element.tag == "span" and not element.attrs:
            unwrap(element)  # a span that only carried a class: nothing left to say
    return elements


def _only_child(element: Element) -> Element | None:
    """The single child element of ``element`` when it has no text of its own."""
    elements = element.elements()
    if len(elements) != 1:
        return None
    if any(isinstance(c, Text) and c.data.strip() for c in element.children):
        return None
    return elements[0]


def collapse_wrappers(root: Element, elements: list[Element] | None = None) -> None:
    """Merge a wrapper into its only child when both are the same tag with the same
    attributes: the look is the same, the nesting one level less.

    ``elements`` are ``root``'s elements as :func:`clean_tree` walked them, to save a walk of
    the whole tree (a fortieth of a copy of the stress project): the elements it unwrapped
    have no parent, and are skipped as the ones merged away here; those it removed (a
    ``<style>``, a ``<template>``) keep theirs, but what is done below them is not written."""
    for element in root.iter() if elements is None else elements:
        if element.tag not in ("section", "span") or element.parent is None:
            continue  # not a wrapper, or itself merged away already
        child = _only_child(element)
        while child is not None and child.tag == element.tag and child.attrs == element.attrs:
            unwrap(child)
            child = _only_child(element)
