"""Python-Markdown's extensions whose state spans the whole document, made to start from the
article's state (context.py) and to record what a part reads of it: link definitions,
abbreviations, footnotes, heading ids and the table of contents. PartMarkdown (part_markdown.py)
sets them up for each render."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import OrderedDict
from collections.abc import Iterator, MutableSet
from typing import Any

from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.toc import (
    TocExtension,
    TocTreeprocessor,
    nest_toc_tokens,
    slugify_unicode,
    unique,
)
from markdown.util import ETX, STX

from recapdesk.pipeline.context import Footnotes, FootnoteState, Reference

TOC_SLOT = f"<p>{STX}recapdesk-toc{ETX}</p>"
"""A part's placeholder for the table of contents. Python-Markdown removes STX and ETX from
its input, so no user text can produce it."""


class RecordedReferences(dict[str, Reference]):
    """``md.references`` that logs what the block parser defines and what is looked up."""

    def __init__(self) -> None:
        super().__init__()
        self.defined: list[tuple[str, Reference]] = []
        self.asked: dict[str, Reference | None] = {}

    def __setitem__(self, key: str, value: Reference) -> None:
        self.defined.append((key, value))
        super().__setitem__(key, value)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.asked[key] = super().get(key)
        return super().__contains__(key)

    def clear(self) -> None:
        super().clear()
        self.defined.clear()
        self.asked.clear()

    def install(self, references: dict[str, Reference]) -> None:
        super().clear()
        super().update(references)


class RecordedAbbreviations(dict[str, str]):
    """An abbreviation table that logs what the block parser writes (None: removed)."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, str | None]] = []

    def __setitem__(self, key: str, value: str) -> None:
        self.log.append((key, value))
        super().__setitem__(key, value)

    def pop(self, key: str, default: Any = None) -> Any:
        self.log.append((key, None))
        return super().pop(key, default)

    def clear(self) -> None:
        super().clear()
        self.log.clear()

    def install(self, abbreviations: dict[str, str]) -> None:
        super().clear()
        super().update(abbreviations)


class RecordedFootnotes(OrderedDict[str, str]):
    def __init__(self, seed: tuple[tuple[str, str], ...] = ()) -> None:
        self.log: list[tuple[str, str]] = []
        super().__init__(seed)
        self.log.clear()  # the seed is not the part's own

    def __setitem__(self, key: str, value: str) -> None:
        self.log.append((key, value))
        super().__setitem__(key, value)


class ArticleAbbreviations(AbbrExtension):
    abbrs: RecordedAbbreviations

    def __init__(self) -> None:
        super().__init__()
        self.abbrs = RecordedAbbreviations()  # before extendMarkdown hands it to its processors


class ArticleFootnotes(FootnoteExtension):
    """Footnotes that start from the article's (``start``) and, unless ``with_list``, leave
    the list of footnotes out."""

    footnotes: RecordedFootnotes

    def __init__(self) -> None:
        self.start: Footnotes | None = None
        self.with_list = False
        super().__init__()

    def reset(self) -> None:
        super().reset()
        start = self.start
        self.footnotes = RecordedFootnotes(start.definitions if start else ())
        if start is not None:
            self.footnote_order = list(start.state.order)
            self.used_refs = set(start.state.used)
            self.last_refs = dict(start.state.last)
            self.found_refs = dict(start.state.found)

    def state(self) -> FootnoteState:
        return FootnoteState(
            tuple(self.footnote_order),
            frozenset(self.used_refs),
            tuple(sorted(self.last_refs.items())),
            tuple(sorted(self.found_refs.items())),
        )

    def makeFootnotesDiv(self, root: ET.Element) -> ET.Element | None:  # noqa: N802
        return super().makeFootnotesDiv(root) if self.with_list else None


class TakenIds(MutableSet[str]):
    """The ids a heading's slug must avoid: the part's own and, as recorded questions, those
    of the parts before it."""

    def __init__(self) -> None:
        self.before: set[str] = set()
        self.own: set[str] = set()
        self.asked: dict[str, bool] = {}

    def __contains__(self, item: object) -> bool:
        if item in self.own:
            return True
        if not isinstance(item, str):
            return False
        answer = self.asked[item] = item in self.before
        return answer

    def __iter__(self) -> Iterator[str]:
        return iter(self.before | self.own)

    def __len__(self) -> int:
        return len(self.before | self.own)

    def add(self, value: str) -> None:
        self.own.add(value)

    def discard(self, value: str) -> None:
        self.own.discard(value)


class ArticleSlugs:
    """The toc extension's slug function, made unique among the article's ids: the extension
    itself then finds the slug free among the part's ids and keeps it."""

    def __init__(self) -> None:
        self.taken = TakenIds()

    def __call__(self, value: str, separator: str) -> str:
        slug = unique(slugify_unicode(value, separator), self.taken)
        self.taken.add(slug)
        return slug


class ArticleToc(TocTreeprocessor):
    """Leaves a slot at the marker in a part (``article_tokens`` None), or builds the table of
    contents of the article's headings."""

    article_tokens: list[dict[str, Any]] | None = None
    slots = True  # False: replace the marker as a whole render does

    def build_toc_div(self, toc_list: Any) -> ET.Element:
        tokens = self.article_tokens
        return super().build_toc_div(toc_list if tokens is None else nest_toc_tokens(tokens))  # type: ignore[arg-type]

    def replace_marker(self, root: ET.Element, elem: ET.Element) -> None:
        if self.article_tokens is None and self.slots:
            slot = ET.Element("p")
            slot.text = TOC_SLOT[3:-4]
            slot.tail = elem.tail  # as the table would have it
            elem = slot
        super().replace_marker(root, elem)


class ArticleTocExtension(TocExtension):
    TreeProcessorClass = ArticleToc
