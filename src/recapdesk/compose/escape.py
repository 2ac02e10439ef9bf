"""Turn plain user text into Markdown that renders as exactly that text.

Names, labels, headings and other single-line fields are data, not syntax: ``a|b``, ``*x*``,
``<script>``, ``1. first`` or a newline must come out literally, in a table cell as much as in a
heading or a list item, on GitHub (CommonMark/GFM) and in recapdesk's own renderer alike.
"""

from __future__ import annotations

import re

from recapdesk.compose.raw_html import escape_raw_html

# Characters that start or end inline syntax anywhere in a line. CommonMark lets any ASCII
# punctuation be backslash-escaped; recapdesk's renderer accepts the same set (render/safe.py).
_ALWAYS = re.compile(r"([\\`*_\[\]{}<>|~#])")
# At the start of a line these begin a block (list item, quote, ordered list, heading...).
_LINE_START = re.compile(r"^([-+=>!])")
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_SPACES = re.compile(r"\s+")

MARKDOWN_ESCAPABLE = "\\`*_[]{}<>|~#-+=!.():"
"""Characters the composer may backslash-escape; the renderer must accept all of them."""


def flatten(text: str) -> str:
    """One line: newlines and runs of white space become single spaces, ends trimmed."""
    return _SPACES.sub(" ", text).strip()


def inline(text: str) -> str:
    """Markdown showing ``text`` literally inside a line: a cell, heading, list item, label."""
    text = flatten(text)
    # Entities first: once "#" is escaped, "&#169;" would no longer look like one to the
    # lookahead, yet still render as one.
    text = _ENTITY.sub("&amp;", text)
    text = _ALWAYS.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\\\1", text)
    return _ORDERED_MARKER.sub(r"\1\\\2", text)


# Characters that end a link target, start its title or are read as escapes or code spans
# inside it; percent-encoded they mean the same to a web server.
_URL_ENCODED = {ch: f"%{ord(ch):02X}" for ch in " ()<>\\`'\"[]"}


def link_target(url: str) -> str:
    """A URL made safe to stand between ``(`` and ``)`` in a Markdown link."""
    return _ENTITY.sub("&amp;", "".join(_URL_ENCODED.get(ch, ch) for ch in url))


def link(label: str, url: str) -> str:
    """An inline link whose label is literal text (the URL itself when there is no label)."""
    text = inline(label) or inline(url)
    # "[a\]: b](...)" at the start of a line would still be read as a link definition.
    text = text.replace("\\]:", "\\]\\:")
    return f"[{text}]({link_target(url)})"


def indent(markdown: str, prefix: str = "    ") -> str:
    """Indent every non-empty line, e.g. to nest a body under a list item."""
    return "\n".join(prefix + line if line.strip() else "" for line in markdown.split("\n"))


def block(markdown: str) -> str:
    """A user's Markdown body, trimmed of blank lines and trailing spaces at its ends, its raw
    HTML escaped (compose/raw_html.py): the Markdown shows what the preview shows."""
    lines = [line.rstrip() for line in markdown.strip("\n").split("\n")]
    return escape_raw_html("\n".join(lines).strip("\n"))
