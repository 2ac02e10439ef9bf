"""A Python-Markdown extension that keeps user text data, not code.

- Raw HTML in Markdown is not passed through: ``<script>`` shows as the text ``<script>``.
- Every character the composer backslash-escapes is accepted as an escape, as CommonMark does.
- Links and images may only point to http(s), mailto, in-page anchors or relative paths, and no
  element keeps an event-handler attribute (attr_list could otherwise add ``onclick``).
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from recapdesk.compose.escape import MARKDOWN_ESCAPABLE

_URL_ATTRIBUTES = ("href", "src")
SVG_BADGE_PREFIX = "data:image/svg+xml;base64,"
_SAFE_SCHEMES = ("http", "https", "mailto", "")


def is_safe_target(url: str) -> bool:
    """True for http(s)/mailto URLs, ``#anchors`` and relative paths; false for ``javascript:``."""
    # The serializer keeps character references as they are, and a browser decodes them:
    # "&#106;avascript:" is "javascript:" to it, so decode before looking at the scheme.
    cleaned = "".join(ch for ch in html.unescape(url) if not ch.isspace() and ch.isprintable())
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    return scheme in _SAFE_SCHEMES


def _is_unsafe_attribute(name: str, value: str) -> bool:
    lowered = name.lower()
    if lowered.startswith("on") or lowered in ("srcdoc", "formaction"):
        return True
    return lowered in _URL_ATTRIBUTES and not is_safe_target(value)


def _is_inline_picture(element: ET.Element, name: str) -> bool:
    """An avatar's initials badge (compose/groups.py), an SVG carried in the text: an image
    never runs script, and the WeChat copy rasterizes it. Other ``data:`` pictures stay
    refused (the checks ask for the picture file instead)."""
    value = element.attrib[name].strip().lower()
    return element.tag == "img" and name == "src" and value.startswith(SVG_BADGE_PREFIX)


class _StripUnsafe(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for name in list(element.attrib):
                unsafe = _is_unsafe_attribute(name, element.attrib[name])
                if unsafe and not _is_inline_picture(element, name):
                    del element.attrib[name]


class SafeTextExtension(Extension):
    """Register with ``Markdown(extensions=[SafeTextExtension(), ...])``."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        for char in MARKDOWN_ESCAPABLE:
            if char not in md.ESCAPED_CHARS:
                md.ESCAPED_CHARS.append(char)
        # Without these two, raw HTML would be stashed and emitted verbatim.
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")
        # After attr_list (priority 8) and inline processing, before serialising.
        md.treeprocessors.register(_StripUnsafe(md), "recapdesk_strip_unsafe", 1)
