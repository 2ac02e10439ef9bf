"""The readable text of an HTML fragment, for the clipboard's text/plain flavour."""

from __future__ import annotations

import re

from lxml import etree

from recapdesk.render.wechat.dom import parse_body

_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "pre",
        "blockquote",
        "table",
        "ul",
        "ol",
        "hr",
    }
)
_WHITESPACE = re.compile(r"[ \t\n]+")


class _TextCollector:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self._list_depth = 0
        self._in_pre = 0
        self._bullet = ""  # written before the next text of a list item

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self._list_depth += 1
        elif tag == "pre":
            self._in_pre += 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n")
            self._bullet = "  " * max(self._list_depth - 1, 0) + "• "
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self._list_depth -= 1
        elif tag == "pre":
            self._in_pre -= 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        text = data if self._in_pre else _WHITESPACE.sub(" ", data)
        if self._bullet and text.strip():
            self.parts.append(self._bullet)
            self._bullet = ""
            text = text.lstrip()
        self.parts.append(text)

    def feed(self, fragment: str) -> None:
        # lxml's parser and walk (C) instead of the stdlib HTMLParser: a third of the time of
        # Copy for WeChat on a large article went to reading the HTML twice here and there.
        body = parse_body(fragment)
        for event, element in etree.iterwalk(body, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                if element is not body:
                    self.handle_starttag(tag, [])
                if element.text:
                    self.handle_data(element.text)
            elif element is not body:
                self.handle_endtag(tag)
                if element.tail:
                    self.handle_data(element.tail)


def plain_text(fragment: str) -> str:
    """Paragraphs separated by a blank line, list items as bullets, table cells by spaces."""
    collector = _TextCollector()
    collector.feed(fragment)
    text = "".join(collector.parts)
    lines = [line.strip("\t ").replace("\t", "  ") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
