"""The head of a hand-written recap (title, byline, outline, ``[toc]``, lead), the numbering of
its headings, its language, and reference-style links made self-contained."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recapdesk.compose.article import TOC_MARKER
from recapdesk.compose.words import WORDS, chinese_ordinal
from recapdesk.importers.markdown_blocks import FENCE, Block, Kind, list_items
from recapdesk.importers.rendered import plain_inline
from recapdesk.model import Language, Numbering
from recapdesk.render.html import render_fragment

CENTER = re.compile(r"^\s*<center>\s*(.*?)\s*</center>\s*$", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_URL = re.compile(r"\]\([^)]*\)|https?://\S+")
_HEADING_NUMBER = re.compile(r"^#+[ \t]*[一二三四五六七八九十]{1,3}、", re.MULTILINE)
_CHINESE_PREFIX = re.compile(r"^([一二三四五六七八九十]{1,3})、(?=\S)")
_ARABIC_PREFIX = re.compile(r"^(\d{1,2})\. (?=\S)")
_BYLINE_END = tuple("。！？!?.:：；;，,")


def detect_language(text: str) -> Language:
    """Chinese when a tenth of the letters (links aside) are CJK characters."""
    text = _HEADING_NUMBER.sub("", _URL.sub("", text))
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return Language.ZH if cjk and cjk * 10 >= cjk + latin else Language.EN


@dataclass
class Head:
    title: str = ""
    title_block: Block | None = None
    byline: str = ""
    byline_block: Block | None = None
    outline: list[str] = field(default_factory=list)
    toc: bool = False
    lead: list[Block] = field(default_factory=list)
    front_title: str = ""  # a title and byline read from the front matter (no block)
    front_byline: str = ""


def _outline_items(blocks: list[Block], i: int) -> list[str] | None:
    if i + 1 >= len(blocks) or blocks[i + 1].kind is not Kind.LIST:
        return None
    items = list_items(blocks[i + 1])
    if not items or any(rest for _, rest in items):
        return None
    plain = [plain_inline(first) for first, _ in items]
    if any(item is None or not item for item in plain):
        return None
    return [item for item in plain if item]


def read_head(blocks: list[Block], language: Language, *, steps: int = 4) -> Head:
    """Title, byline, outline and ``[toc]`` in the order the composer writes them, as far as
    they are there; the rest is the lead. ``steps`` limits how much is recognized (fallback)."""
    head = Head()
    i = 0
    if steps >= 1 and blocks and blocks[0].kind is Kind.HEADING and blocks[0].level <= 2:
        title = plain_inline(blocks[0].heading)
        if title:
            head.title, head.title_block = title, blocks[0]
            i = 1
    if steps >= 2 and head.title and i < len(blocks) and blocks[i].kind is Kind.PARAGRAPH:
        text = blocks[i].text
        center = CENTER.match(text) if len(blocks[i].lines) == 1 else None
        byline = center.group(1) if center else text
        plain = plain_inline(byline) if len(blocks[i].lines) == 1 else None
        outline_word = plain in (WORDS[Language.ZH]["outline"], WORDS[Language.EN]["outline"])
        short = plain and len(plain) <= 60 and not plain.endswith(_BYLINE_END)
        if plain and (center or (short and not outline_word and text.strip() != TOC_MARKER)):
            head.byline, head.byline_block = plain, blocks[i]
            i += 1
    if steps >= 3 and i < len(blocks) and blocks[i].text.strip() == WORDS[language]["outline"]:
        items = _outline_items(blocks, i)
        if items is not None:
            head.outline = items
            i += 2
    if steps >= 4 and i < len(blocks) and blocks[i].text == TOC_MARKER:
        head.toc = True
        i += 1
    head.lead = blocks[i:]
    return head


def detect_numbering(headings: list[str]) -> Numbering:
    """Chinese or arabic when every heading carries the next number in that style."""
    if not headings:
        return Numbering.NONE
    if all(
        (m := _CHINESE_PREFIX.match(h)) and m.group(1) == chinese_ordinal(n)
        for n, h in enumerate(headings, start=1)
    ):
        return Numbering.CHINESE
    if all(
        (m := _ARABIC_PREFIX.match(h)) and int(m.group(1)) == n
        for n, h in enumerate(headings, start=1)
    ):
        return Numbering.ARABIC
    return Numbering.NONE


def strip_number(heading: str, numbering: Numbering) -> str:
    if numbering is Numbering.CHINESE:
        return _CHINESE_PREFIX.sub("", heading, count=1)
    if numbering is Numbering.ARABIC:
        return _ARABIC_PREFIX.sub("", heading, count=1)
    return heading


# -- reference links --------------------------------------------------------------------------

_DEFINITION = re.compile(r"^ {0,3}\[([^\]]+)\]:[ \t]*<?(\S+?)>?[ \t]*$")
_REFERENCE = re.compile(r"(!?)\[((?:[^\[\]\\]|\\.)*)\]\[([^\[\]]*)\]")


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def inline_references(text: str) -> str:
    """``[text][1]`` links rewritten as ``[text](url)`` and their definitions dropped, so that
    each section renders on its own as it did in the whole article; unchanged unless the
    rewritten text renders to exactly the same HTML."""
    lines = text.split("\n")
    definitions: dict[str, str] = {}
    in_fence = False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := _DEFINITION.match(line)):
            url = match.group(2)
            if not any(ch in url for ch in "()<> "):
                definitions.setdefault(_label(match.group(1)), url)
    if not definitions:
        return text
    used: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        label = _label(match.group(3) or match.group(2))
        if label not in definitions:
            return match.group(0)
        used.add(label)
        return f"{match.group(1)}[{match.group(2)}]({definitions[label]})"

    out = []
    in_fence = False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
        elif in_fence:
            out.append(line)
        else:
            out.append(_REFERENCE.sub(replace, line))
    kept = [
        line for line in out if not ((m := _DEFINITION.match(line)) and _label(m.group(1)) in used)
    ]
    rewritten = "\n".join(kept)
    if render_fragment(rewritten) != render_fragment(text):
        return text
    return rewritten.rstrip("\n") + "\n" if text.endswith("\n") else rewritten.rstrip("\n")
