"""What a reader sees of rendered Markdown, block by block: the yardstick of the importer.

Every structure the importer recognizes is accepted only if the composer's Markdown for it
renders to the same :func:`outline` as the original part: the same blocks (paragraphs, list
items, quotes, headings, table cells, rules) nested the same way, with the same text and the same
link targets and images. Inline emphasis is not compared (a name cell loses its bold), and a
GitHub id that the composer turns into a profile link still counts as the same.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from recapdesk.model.validation import github_profile_url
from recapdesk.render.html import render_fragment

# Block elements that give a block its place; <p>, <div> and friends only separate blocks.
_STRUCTURAL = frozenset(
    {"blockquote", "ul", "ol", "li", "table", "tr", "th", "td", "pre", "hr"}
    | {f"h{n}" for n in range(1, 7)}
)
_SEPARATING = frozenset({"p", "div", "section", "figure", "thead", "tbody", "dl", "dt", "dd"})
_KEEP_EMPTY = frozenset({"td", "th", "hr"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"})
_SPACE = re.compile(r"\s+")
_BREAK = "\ue000"  # a <br> while the text's white space is collapsed
_AROUND_BREAK = re.compile(" ?" + _BREAK + " ?")


@dataclass(frozen=True)
class Piece:
    """One block as the reader sees it."""

    path: tuple[str, ...]  # the structural elements around it, outermost first
    text: str  # white space collapsed, a hard line break as "\n"
    links: tuple[str, ...] = ()  # link targets and image sources, in order


class _Outliner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self._path: list[str] = []
        self._text: list[str] = []
        self._links: list[str] = []
        self._skip = 0  # depth inside the generated table of contents

    def _flush(self, force: bool = False) -> None:
        text = _SPACE.sub(" ", "".join(self._text))
        text = _AROUND_BREAK.sub("\n", text).strip()
        keep = force or (self._path and self._path[-1] in _KEEP_EMPTY)
        if text or self._links or keep:
            self.pieces.append(Piece(tuple(self._path), text, tuple(self._links)))
        self._text, self._links = [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self._skip:
            self._skip += tag not in _VOID
            return
        if tag == "div" and values.get("class") == "toc":
            self._skip = 1
            return
        if tag in _STRUCTURAL or tag in _SEPARATING:
            self._flush()
        if tag == "hr":
            self._path.append("hr")
            self._flush(force=True)
            self._path.pop()
        elif tag in _STRUCTURAL:
            self._path.append(tag)
        elif tag == "a" and values.get("href"):
            self._links.append(values["href"] or "")
        elif tag == "img":
            self._links.append(f"img:{values.get('src') or ''}")
            self._text.append(f" {values.get('alt') or ''} ")
        elif tag == "br":
            self._text.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self._skip:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        if tag in _STRUCTURAL and tag != "hr":
            self._flush()
            if tag in self._path:
                while self._path and self._path.pop() != tag:
                    pass
        elif tag in _SEPARATING:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)


def outline(fragment: str) -> list[Piece]:
    """The blocks of an HTML fragment (a generated ``div.toc`` left out)."""
    parser = _Outliner()
    parser.feed(fragment)
    parser.close()
    parser._flush()
    return parser.pieces


def outline_of(markdown_text: str) -> list[Piece]:
    return outline(render_fragment(markdown_text))


def _same_links(original: tuple[str, ...], imported: tuple[str, ...], text: str) -> bool:
    if original == imported:
        return True
    # A bare GitHub id in a table cell becomes a link to its profile: nothing is lost.
    extra = [link for link in imported if link not in original]
    rest = tuple(link for link in imported if link in original)
    return rest == original and all(link == github_profile_url(text) for link in extra)


def same_outline(original: list[Piece], imported: list[Piece]) -> bool:
    if len(original) != len(imported):
        return False
    return all(
        a.path == b.path and a.text == b.text and _same_links(a.links, b.links, b.text)
        for a, b in zip(original, imported, strict=True)
    )


_TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)[^>]*>")
_INLINE_OK = frozenset({"p", "strong", "em", "b", "i", "code"})


def plain_inline(markdown_text: str) -> str | None:
    """The text a line of Markdown shows, if it shows only text (emphasis allowed); ``None``
    when it holds a link, an image, a line break or anything that is not a single paragraph."""
    if not any(ch in markdown_text for ch in "\\`*_[]<>&!~#|=+-") and "  " not in markdown_text:
        return " ".join(markdown_text.split())
    fragment = render_fragment(markdown_text).strip()
    tags = _TAG.findall(fragment)
    if not fragment.startswith("<p>") or any(name not in _INLINE_OK for _, name in tags):
        return None
    if sum(1 for closing, name in tags if name == "p" and not closing) != 1:
        return None
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())
