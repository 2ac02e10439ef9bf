"""The readable text of an HTML fragment, for the clipboard's text/plain flavour."""

from __future__ import annotations

import re

from lxml import etree

from recapdesk.render.plain_links import PlainLinks
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
_BLANK_LINES = re.compile(r"\n{3,}")


def _parts(body: etree._Element, links: PlainLinks | None = None) -> list[str]:
    """The text of ``body``'s content, with the breaks, bullets and tabs its elements stand
    for, in pieces."""
    # One flat loop over lxml's iteration of the elements (C), an element's end found when the
    # next element is not its descendant: an event per tag from etree.iterwalk, or a call per
    # element, each dispatched in Python, took three times as long on a large article.
    parts: list[str] = []
    append = parts.append
    list_depth = 0
    in_pre = 0
    bullet = ""  # written before the next text of a list item

    def data(text: str) -> None:
        nonlocal bullet
        # Most texts (a name, a cell) have no whitespace to collapse: three scans in C are
        # cheaper than the substitution that would give them back unchanged.
        if not in_pre and ("\n" in text or "\t" in text or "  " in text):
            text = _WHITESPACE.sub(" ", text)
        if bullet and text.strip():
            append(bullet)
            bullet = ""
            text = text.lstrip()
        append(text)

    def end(element: etree._Element) -> None:
        nonlocal list_depth, in_pre
        tag = element.tag
        if tag in _BLOCKS:
            if tag == "pre":
                in_pre -= 1
            elif tag == "ul" or tag == "ol":
                list_depth -= 1
            append("\n\n")
        elif tag == "a" and links is not None:
            append(links.marker(element))
        if element.tail:
            data(element.tail)

    if body.text:
        data(body.text)
    open_elements: list[etree._Element] = []  # the ancestors of the element reached
    # ``tag=etree.Element``: elements only, not the comments or entities the parser kept.
    for element in body.iterdescendants(etree.Element):
        parent = element.getparent()
        while open_elements and open_elements[-1] is not parent:
            end(open_elements.pop())
        open_elements.append(element)
        tag = element.tag
        if tag in _BLOCKS:
            append("\n\n")
            if tag == "pre":
                in_pre += 1
            elif tag == "ul" or tag == "ol":
                list_depth += 1
        elif tag == "li":
            append("\n")
            bullet = "  " * max(list_depth - 1, 0) + "• "
        elif tag == "td" or tag == "th":
            append("\t")
        elif tag == "br":
            append("\n")
        if element.text:
            data(element.text)
    while open_elements:
        end(open_elements.pop())
    return parts


def plain_text(fragment: str) -> str:
    """Paragraphs separated by a blank line, list items as bullets, table cells by spaces."""
    return plain_text_of(parse_body(fragment))


def plain_text_of(
    body: etree._Element, *, language: str | None = None, footnotes: bool = True
) -> str:
    """:func:`plain_text` of the fragment that :func:`~recapdesk.render.wechat.dom.parse_body`
    parsed into ``body`` (Copy for WeChat parses it once for both of its flavours).

    With the article's ``language``, the links are those of the WeChat HTML made with the same
    ``footnotes`` preference: a ``[n]`` marker after each and the 引用链接 list at the end."""
    links = PlainLinks(language) if language is not None and footnotes else None
    text = "".join(_parts(body, links))
    if links is not None:
        text += "\n\n" + links.references()
    # Tabs (between cells) are replaced after the lines are joined: the same as per line, as
    # no line break is a tab, in one call instead of one per line.
    lines = "\n".join([line.strip("\t ") for line in text.split("\n")]).replace("\t", "  ")
    return _BLANK_LINES.sub("\n\n", lines).strip() + "\n"
