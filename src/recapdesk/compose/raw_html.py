"""Escape raw HTML in a user's Markdown body, outside code, so the Markdown shows it as text.

recapdesk's renderer never passes raw HTML through (render/safe.py): ``<script>`` in a body
field is text in the preview and the WeChat copy. The exported Markdown must say the same,
because a blog engine or GitHub would otherwise keep the tag (and a permissive one run it).
Only a ``<`` that would open a tag, comment or declaration is escaped (``\\<``); ``a < b``,
autolinks (``<https://...>``, ``<a@b.cn>``) and everything inside code spans and code blocks
stay as typed, so the preview renders the escaped body exactly as it rendered the typed one.

Code is found the way Python-Markdown (the preview's parser) finds it: fenced blocks start at
the first column and end at the same fence; an indented chunk is code unless it continues a
list item; code spans are matching backtick runs within one paragraph.
"""

from __future__ import annotations

import re

_QUOTE = re.compile(r"^ {0,3}> ?")
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_ENDS_BLOCK = re.compile(r"^(?:#{1,6}|(?: {0,3}([-*_])(?: *\1){2,} *$)|=+ *$)")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[*+-]|\d+[.)])[ \t]+")
# Python-Markdown's autolink and automail patterns (markdown.inlinepatterns), anchored here;
# the automail one without white space, which Python-Markdown allows but which would make
# '<a\thref="x@y">' a real tag to GitHub: that is escaped (and shows as text) instead.
_AUTOLINK = re.compile(r"<(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*>")
_AUTOMAIL = re.compile(r"<(?:mailto:)?[^<>\s!]+@[^@<>\s]+>")
# What CommonMark reads as the start of raw HTML: a tag, closing tag, comment, declaration
# or processing instruction.
_TAG_START = re.compile(r"[A-Za-z/!?]")
_DESTINATION_BEFORE = re.compile(r"\]\([ \t]*$")
_TICKS = re.compile(r"`+")


def _is_indented(line: str) -> bool:
    return line.startswith(("    ", "\t"))


def escape_raw_html(markdown: str) -> str:
    """``markdown`` with every raw-HTML ``<`` outside code backslash-escaped."""
    out: list[str] = []
    chunk: list[str] = []  # consecutive text lines: one paragraph for code spans
    fence = ""
    in_indented_code = False
    after_list = False  # the last unindented chunk was a list: indentation continues it
    list_kind = ""  # "ordered" or "bullet": that list's items
    previous_blank = True

    def flush() -> None:
        if chunk:
            out.append(_escape_text("\n".join(chunk)))
            chunk.clear()

    lines = markdown.split("\n")
    quoted: list[str] = []  # a run of quoted lines, escaped as a body of its own

    def flush_quote() -> None:
        if quoted:
            prefixes = [_quote_prefix(line) for line in quoted]
            inner = escape_raw_html(
                "\n".join(q[len(p) :] for q, p in zip(quoted, prefixes, strict=True))
            )
            out.extend(p + q for p, q in zip(prefixes, inner.split("\n"), strict=True))
            quoted.clear()

    for number, line in enumerate(lines):
        blank = not line.strip()
        # A quote runs from its first ">" line to the next blank line, as in Python-Markdown.
        starts_quote = not fence and not in_indented_code and _QUOTE.match(line)
        if starts_quote or (quoted and not blank):
            flush()
            quoted.append(line)
            previous_blank = False
            continue
        flush_quote()
        if fence:
            out.append(line)
            if line.rstrip(" ") == fence:
                fence = ""
                previous_blank = True  # Python-Markdown sets the block apart from what follows
            continue
        if in_indented_code and (blank or _is_indented(line)):
            out.append(line)
            continue
        in_indented_code = False
        opening = _FENCE.match(line)
        if opening and _closes_later(opening.group(1), lines[number + 1 :]):
            flush()
            fence = opening.group(1)
            out.append(line)
        elif blank:
            flush()
            out.append(line)
        elif previous_blank and _is_indented(line) and not after_list:
            flush()
            in_indented_code = True
            out.append(line)
        else:
            # Python-Markdown starts a list only after a blank line, never inside a paragraph.
            if previous_blank and not _is_indented(line):
                list_kind = _list_kind(line)
                after_list = bool(list_kind)
            elif after_list and _list_kind(line) == list_kind:
                # (sane_lists: an item of the other kind continues the item before it)
                flush()  # the list's next item: code spans do not cross into it
            chunk.append(line)
        # A heading or a thematic break is a block of its own: what follows starts anew.
        previous_blank = blank or bool(_ENDS_BLOCK.match(line))
    flush()
    flush_quote()
    return "\n".join(out)


def _list_kind(line: str) -> str:
    marker = _LIST_ITEM.match(line)
    if not marker:
        return ""
    return "ordered" if marker.group().strip()[0].isdigit() else "bullet"


def _quote_prefix(line: str) -> str:
    marker = _QUOTE.match(line)
    return marker.group() if marker else ""  # a lazy continuation line


def _closes_later(fence: str, rest: list[str]) -> bool:
    # Python-Markdown treats an unclosed fence as ordinary text; CommonMark as code to the
    # end. Escaping then is harmless to the preview (an escaped "<" renders as "<").
    return any(line.rstrip(" ") == fence for line in rest)


def _escape_text(text: str) -> str:
    parts: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            parts.append(text[i : i + 2])  # an escape pair: the next character is literal
            i += 2
        elif char == "`":
            end = _code_span_end(text, i)
            parts.append(text[i:end])
            i = end
        elif char == "<":
            link = _AUTOLINK.match(text, i) or _AUTOMAIL.match(text, i)
            if _DESTINATION_BEFORE.search(text, 0, i):  # [x](<url>): a link's target
                parts.append(char)
                i += 1
            elif link:
                parts.append(link.group())
                i = link.end()
            else:
                follows_tag = _TAG_START.match(text, i + 1) is not None
                parts.append("\\<" if follows_tag else "<")
                i += 1
        else:
            parts.append(char)
            i += 1
    return "".join(parts)


def _code_span_end(text: str, begin: int) -> int:
    """Where the code span opening at ``begin`` ends, or the end of its backtick run when
    none does: Python-Markdown's BacktickInlineProcessor.find_code_spans, ported."""
    opener = len(text) - begin - len(text[begin:].lstrip("`"))
    longest, longest_end = 0, 0
    for run in _TICKS.finditer(text, begin + opener):
        length = len(run.group())
        if length == opener:
            return run.end()
        if length > longest:
            longest, longest_end = length, run.end()
    # No run as long as the opener: the longest shorter one closes a span of its length.
    if 0 < longest < opener:
        return longest_end
    return begin + opener
