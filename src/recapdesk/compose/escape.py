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
# Everything else is escaped only where it would be read as syntax: "1.5小时" and "C# 入门" are
# written as typed, so the Markdown a user copies reads like what they typed.
_ALWAYS = re.compile(r"([\\`*\[\]{}|~])")
# "<" opens a tag or an autolink only when something other than a space follows it.
_ANGLE = re.compile(r"<(?=\S)")
_UNDERSCORES = re.compile(r"_+")
# "#" starts a heading at the start of a line; at the end of a heading it would be stripped.
_HASHES_AT_END = re.compile(r"(#+)$")
# At the start of a line these begin a block: a quote, a heading, a list item ("- ", "+ ",
# "1. ", "2021) "), a thematic break or a setext underline ("---", "===").
_LINE_START = re.compile(r"^(?:[>#]|[-+](?=\s|$)|(?=[-=][-=\s]*$))")
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])(?=\s|$)")
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
    text = _ANGLE.sub(r"\\<", text)
    text = _UNDERSCORES.sub(_underscores, text)
    text = _HASHES_AT_END.sub(lambda run: "\\#" * len(run.group()), text)
    text = _LINE_START.sub(lambda start: "\\" + start.group(), text)
    return _ORDERED_MARKER.sub(r"\1\\\2", text)


def _underscores(run: re.Match[str]) -> str:
    # A run of "_" inside a word (some_user_name) can neither open nor close emphasis.
    text, start, end = run.string, run.start(), run.end()
    inside = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return run.group() if inside else "\\_" * (end - start)


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
    HTML escaped (compose/raw_html.py): the Markdown shows what the preview shows. Two or more
    spaces before a line that goes on are a hard line break and stay (as two)."""
    lines = markdown.strip("\n").split("\n")
    kept = []
    for number, line in enumerate(lines):
        trimmed = line.rstrip()
        follows = number + 1 < len(lines) and lines[number + 1].strip()
        hard = trimmed and follows and line.endswith("  ") and not line[len(trimmed) :].strip(" ")
        kept.append(trimmed + "  " if hard else trimmed)
    return escape_raw_html("\n".join(kept).strip("\n"))
