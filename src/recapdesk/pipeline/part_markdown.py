"""Python-Markdown that renders one part of the article exactly as it renders within the whole.

The article's extensions whose state spans the document (extensions.py) are set up so that
the article-wide state they keep comes from an
:class:`~recapdesk.pipeline.context.ArticleContext` instead of the part's own text, and so that
what the part reads of that state is recorded:

- link definitions (``md.references``) and abbreviations: after the block parser has read the
  part (and logged the definitions it found), the article's own replace them before the inline
  patterns and the abbreviation pass run, which is when a whole render resolves them too;
- footnotes: the extension starts from the article's definitions and from the references read
  before the part, so numbers and ``fnref`` ids continue; the footnote list is not appended to
  a part but rendered once, at the end (:meth:`PartMarkdown.footnote_list`);
- heading ids: the slug function avoids the ids of the parts before, as the toc extension of a
  whole render avoids every id it has given;
- the ``[toc]`` marker becomes a slot, filled with the article's table of contents, which
  Python-Markdown builds from the headings of every part (:meth:`PartMarkdown.table_of_contents`).

One thing cannot be rendered part by part: which of several references to one footnote gets
``fnref:1`` and which ``fnref2:1`` follows the order Python-Markdown's inline pass visits the
whole tree in (breadth first), not the order of the text. A part's own references keep their
order among themselves, so only a footnote referenced from two parts needs the whole article:
:meth:`PartMarkdown.whole` renders it whole and cuts the HTML back into its parts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX, AtomicString

from recapdesk.compose.article import TOC_MARKER
from recapdesk.pipeline.context import (
    FOOTNOTE_MARK,
    ArticleContext,
    Definitions,
    Footnotes,
    Needs,
    Rendered,
    TocToken,
)
from recapdesk.pipeline.extensions import (
    TOC_SLOT,
    ArticleAbbreviations,
    ArticleFootnotes,
    ArticleSlugs,
    ArticleToc,
    ArticleTocExtension,
    RecordedReferences,
    TakenIds,
)
from recapdesk.render.html import article_extensions

_DEFINES = re.compile(r"\] ?:")
"""Text without it defines no link, abbreviation or footnote."""

_FOOTNOTE_LIST_SOURCE = "///Footnotes Go Here///"  # the footnote extension's place marker
_CUT = f"{STX}recapdesk-part{ETX}"
_CUT_HTML = f"<p>{_CUT}</p>"


def may_define(markdown: str) -> bool:
    return _DEFINES.search(markdown) is not None


class _ContextExtension(Extension):
    """Installs the article's definitions once the block parser has read the part, and
    collects the ids the part ends up with."""

    def __init__(self, owner: PartMarkdown) -> None:
        super().__init__()
        self.owner = owner

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        # After the footnote list is built (50), before the inline patterns (20).
        md.treeprocessors.register(_Cut(self.owner), "recapdesk-cut", 45)
        md.treeprocessors.register(_Install(self.owner), "recapdesk-context", 30)
        # After the toc extension gave the headings their ids (5).
        md.treeprocessors.register(_CollectIds(self.owner), "recapdesk-ids", 4)


class _Install(Treeprocessor):
    def __init__(self, owner: PartMarkdown) -> None:
        super().__init__()
        self.owner = owner

    def run(self, root: ET.Element) -> None:
        owner = self.owner
        owner.top_level = len(root)
        if owner.context is not None:
            owner.references.install(owner.context.references)
            owner.abbreviations.abbrs.install(dict(owner.abbreviations_used))


class _Cut(Treeprocessor):
    """Marks where each part of a whole render ends (``owner.cuts``: after how many of the
    block parser's top-level elements)."""

    def __init__(self, owner: PartMarkdown) -> None:
        super().__init__()
        self.owner = owner

    def run(self, root: ET.Element) -> None:
        for position in reversed(self.owner.cuts):
            cut = ET.Element("p")
            cut.text = AtomicString(_CUT)  # no inline pattern or abbreviation touches it
            root.insert(position, cut)


class _CollectIds(Treeprocessor):
    def __init__(self, owner: PartMarkdown) -> None:
        super().__init__()
        self.owner = owner

    def run(self, root: ET.Element) -> None:
        self.owner.ids = frozenset(
            value for element in root.iter() if (value := element.get("id")) is not None
        )


class PartMarkdown:
    """One Python-Markdown instance, with the article's extensions, for parts of articles.

    Not for threads: it keeps state while it converts (every pipeline has its own)."""

    def __init__(self) -> None:
        self._slugs = ArticleSlugs()
        self.abbreviations = ArticleAbbreviations()
        self._footnotes = ArticleFootnotes()
        extensions: list[Extension] = [
            *article_extensions(),
            self.abbreviations,
            self._footnotes,
            ArticleTocExtension(marker=TOC_MARKER, toc_depth="2-3", slugify=self._slugs),
            _ContextExtension(self),
        ]
        self._md = Markdown(extensions=extensions, output_format="html")
        self.references = RecordedReferences()
        self._md.references = self.references
        self._toc: ArticleToc = self._md.treeprocessors["toc"]  # type: ignore[assignment]
        self.context: ArticleContext | None = None
        self.abbreviations_used: tuple[tuple[str, str], ...] = ()
        self.ids: frozenset[str] = frozenset()
        self.top_level = 0
        self.cuts: list[int] = []

    def definitions(self, markdown: str) -> Definitions:
        """What ``markdown`` defines for the whole article (the block parser's finds)."""
        self._convert(markdown, None)
        return Definitions(
            tuple(self.references.defined),
            tuple(self.abbreviations.abbrs.log),
            tuple(self._footnotes.footnotes.log),
        )

    def render(
        self, markdown: str, context: ArticleContext, *, footnote_list: bool = False
    ) -> Rendered:
        """``markdown`` as it renders at its place in the article ``context`` describes."""
        uses_footnotes = footnote_list or FOOTNOTE_MARK in markdown
        footnotes = context.footnotes() if uses_footnotes else None
        html = self._convert(markdown, context, footnotes)
        needs = Needs(
            tuple(self.references.asked.items()),
            tuple(self._slugs.taken.asked.items()),
            self.abbreviations_used,
            footnotes,
        )
        state = self._footnotes.state() if footnotes is not None else None
        counted = dict(footnotes.state.found) if footnotes is not None else {}
        return Rendered(
            html,
            needs,
            self.ids,
            _flat(self._md.toc_tokens),  # type: ignore[attr-defined]
            state,
            TOC_SLOT in html,
            self.top_level,
            frozenset(
                ref
                for ref, count in self._footnotes.found_refs.items()
                if count != counted.get(ref, 0)
            ),
        )

    def whole(self, parts: list[str], top_level: list[int]) -> list[str]:
        """The parts' HTML, and the footnote list's last, from a render of the whole Markdown
        (``top_level``: how many top-level elements the block parser makes of each part)."""
        self.cuts = [sum(top_level[: index + 1]) for index in range(len(parts))]
        self._footnotes.with_list = True
        self._toc.slots = False
        try:
            html = self._convert("\n\n".join(part for part in parts if part), None)
        finally:
            self.cuts = []
            self._footnotes.with_list = False
            self._toc.slots = True
        return [part.strip("\n") for part in html.split(_CUT_HTML)]

    def footnote_list(self, context: ArticleContext) -> Rendered:
        """The list of the article's footnotes that a whole render appends at its end (the
        context has footnote definitions)."""
        self._footnotes.with_list = True
        try:
            return self.render(_FOOTNOTE_LIST_SOURCE, context, footnote_list=True)
        finally:
            self._footnotes.with_list = False

    def table_of_contents(self, tokens: list[TocToken]) -> str:
        """The table of contents a whole render puts at the marker, of ``tokens`` (in article
        order)."""
        self._toc.article_tokens = [
            {"level": level, "id": id_, "name": name, "html": html, "data-toc-label": label}
            for level, id_, name, html, label in tokens
        ]
        try:
            return self._convert(TOC_MARKER, ArticleContext())
        finally:
            self._toc.article_tokens = None

    def _convert(
        self, markdown: str, context: ArticleContext | None, footnotes: Footnotes | None = None
    ) -> str:
        self.context = context
        self.abbreviations_used = context.abbreviations_in(markdown, footnotes) if context else ()
        self._footnotes.start = footnotes
        self._slugs.taken = taken = TakenIds()
        if context is not None:
            taken.before = context.taken_ids
        self.ids = frozenset()
        self._md.reset()
        html: str = self._md.convert(markdown)
        return html


def _flat(tokens: list[dict[str, Any]]) -> tuple[TocToken, ...]:
    flat: list[TocToken] = []
    for token in tokens:
        flat.append(
            (token["level"], token["id"], token["name"], token["html"], token["data-toc-label"])
        )
        flat.extend(_flat(token["children"]))
    return tuple(flat)
