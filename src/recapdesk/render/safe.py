"""A Python-Markdown extension that keeps user text data, not code.

- Raw HTML in Markdown is not passed through: ``<script>`` shows as the text ``<script>``. The
  one exception is an avatar's initials badge as compose/groups.py writes it, recognized by
  its exact shape (a fixed style, a #rrggbb colour, letters and character references).
- Every character the composer backslash-escapes is accepted as an escape, as CommonMark does.
- Links and images may only point to http(s), mailto, in-page anchors or relative paths, and no
  element keeps an event-handler attribute (attr_list could otherwise add ``onclick``).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from recapdesk.compose.escape import MARKDOWN_ESCAPABLE
from recapdesk.compose.groups import BADGE, badge_style, badge_text

_URL_ATTRIBUTES = ("href", "src")
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


class _Badge(InlineProcessor):
    """An avatar's initials badge (compose/groups.py) -> the same ``<span>``, built here from
    its colour and text, so no attribute of the Markdown reaches the HTML as it was written.
    It runs after the backslash escapes: ``\\<span`` typed in a body stays text."""

    # The stubs give InlineProcessor the signature of its base class, Pattern: ignore[override].
    def handleMatch(  # type: ignore[override]  # noqa: N802 (Python-Markdown's API name)
        self, m: re.Match[str], data: str
    ) -> tuple[ET.Element, int, int]:
        element = ET.Element("span", {"style": badge_style(m.group(1))})
        element.text = badge_text(m)
        return element, m.start(0), m.end(0)


class _StripUnsafe(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for name in list(element.attrib):
                if _is_unsafe_attribute(name, element.attrib[name]):
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
        # After the escapes (180), before links (160) and everything else.
        md.inlinePatterns.register(_Badge(BADGE.pattern, md), "recapdesk_badge", 175)
        # After attr_list (priority 8) and inline processing, before serialising.
        md.treeprocessors.register(_StripUnsafe(md), "recapdesk_strip_unsafe", 1)
