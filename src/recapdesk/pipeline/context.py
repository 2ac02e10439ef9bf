"""What a part of the article takes from the rest of it, and what it gives the rest.

Python-Markdown resolves some things over the whole document: a reference link or an
abbreviation may be defined in any section and used in any other, footnotes are numbered and
collected for the whole text, and a heading's id must differ from every id before it. A part
rendered on its own is given these as an :class:`ArticleContext`, and its render records what
of the context it looked at (:class:`Needs`), so a cached render is reused exactly when the
context still answers those questions the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Reference = tuple[str, str]  # (url, title), as Python-Markdown keeps a link definition
TocToken = tuple[int, str, str, str, str]  # (level, id, name, html, data-toc-label)

FOOTNOTE_MARK = "[^"
"""Text without it neither defines nor references a footnote."""


@dataclass(frozen=True)
class Definitions:
    """What one part of the article defines for the whole, as the writes Python-Markdown's
    block parser made while reading it, in order (the last write of a name wins, as in a
    whole render; an abbreviation written as None was removed)."""

    references: tuple[tuple[str, Reference], ...] = ()
    abbreviations: tuple[tuple[str, str | None], ...] = ()
    footnotes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FootnoteState:
    """Python-Markdown's footnote bookkeeping after the references read so far: the order they
    were first met in and the reference ids handed out (``fnref:1``, ``fnref2:1``...)."""

    order: tuple[str, ...] = ()
    used: frozenset[str] = frozenset()
    last: tuple[tuple[str, str], ...] = ()
    found: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Footnotes:
    """The article's footnote definitions (label -> text, in the order of definition) and the
    state that a part's footnote references start from."""

    definitions: tuple[tuple[str, str], ...]
    state: FootnoteState


@dataclass
class ArticleContext:
    """The whole article, as one part's render sees it."""

    references: dict[str, Reference] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    footnote_definitions: dict[str, str] = field(default_factory=dict)
    footnote_state: FootnoteState = FootnoteState()
    taken_ids: set[str] = field(default_factory=set)  # ids of the parts before this one

    @classmethod
    def of(cls, definitions: Iterable[Definitions]) -> ArticleContext:
        """The context that the definitions of every part, in article order, make."""
        context = cls()
        for part in definitions:
            context.references.update(part.references)
            for name, title in part.abbreviations:
                if title is None:
                    context.abbreviations.pop(name, None)
                else:
                    context.abbreviations[name] = title
            context.footnote_definitions.update(part.footnotes)
        return context

    def footnotes(self) -> Footnotes:
        return Footnotes(tuple(self.footnote_definitions.items()), self.footnote_state)

    def abbreviations_in(
        self, markdown: str, footnotes: Footnotes | None = None
    ) -> tuple[tuple[str, str], ...]:
        """The abbreviations that may occur in the text of ``markdown`` (and of the footnotes
        it is rendered with): an abbreviation is matched in the text Python-Markdown makes of
        it, which has fewer backslashes and never more characters otherwise. The others
        cannot change its HTML."""
        if not self.abbreviations:
            return ()
        if footnotes is not None:
            markdown = "\n".join([markdown, *(text for _label, text in footnotes.definitions)])
        text = markdown.replace("\\", "")
        return tuple((name, title) for name, title in self.abbreviations.items() if name in text)

    def advance(self, rendered: Rendered) -> None:
        """Move past a rendered part: its ids are taken, its footnote references counted."""
        self.taken_ids.update(rendered.ids)
        if rendered.footnote_state is not None:
            self.footnote_state = rendered.footnote_state


@dataclass(frozen=True)
class Needs:
    """What a render looked up in its context, and the answers it got."""

    references: tuple[tuple[str, Reference | None], ...] = ()
    ids: tuple[tuple[str, bool], ...] = ()  # id -> was it taken by a part before
    abbreviations: tuple[tuple[str, str], ...] = ()
    footnotes: Footnotes | None = None  # parts with footnote syntax depend on all of it

    def met_by(self, context: ArticleContext, markdown: str) -> bool:
        """True when ``context`` answers every question as it was answered, for a render of
        ``markdown`` (the text it was made of)."""
        references = context.references
        for name, reference in self.references:
            if references.get(name) != reference:
                return False
        taken = context.taken_ids
        for name, was_taken in self.ids:
            if (name in taken) != was_taken:
                return False
        # (A render of Markdown without footnote syntax needs none: its cache key is that text.)
        if self.footnotes is not None and self.footnotes != context.footnotes():
            return False
        return self.abbreviations == context.abbreviations_in(markdown, self.footnotes)


@dataclass(frozen=True)
class Rendered:
    """One part's HTML and what it gives the parts after it."""

    html: str
    needs: Needs
    ids: frozenset[str] = frozenset()  # every id in the HTML
    toc: tuple[TocToken, ...] = ()  # the headings the table of contents lists
    footnote_state: FootnoteState | None = None  # None: no footnote references
    toc_slot: bool = False  # holds a table-of-contents marker to fill in
    top_level: int = 0  # how many top-level elements the block parser made
    footnote_refs: frozenset[str] = frozenset()  # the footnotes it references
