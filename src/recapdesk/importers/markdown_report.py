"""What the Markdown importer recognized, for the command line and the window to show."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from recapdesk.compose.words import DEFAULT_HEADINGS, GROUP_HEADINGS
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.importers.markdown_html import HtmlImport
from recapdesk.model import (
    COMMITTEE_ID,
    HONOREES_ID,
    BuiltinSection,
    Language,
    Numbering,
    Project,
    RecognitionGroup,
    TestimonialStyle,
)

# A figure with a Chinese counter word ("96位", "379人", "xx篇"), the ways recaps give numbers.
_FIGURE = re.compile(
    r"(?<![A-Za-z0-9])(\d[\d,，.]*\+?|[xX]{1,3}|[?？]{1,3})(?:\*\*)?\s?(万\+?)?"
    r"(人次|位|人|篇|场|个|次|家|名|项|份|天|小时|本|条)"
)
_PLACEHOLDER = re.compile(r"^([xX]+|[?？]+)$")


@dataclass
class ImportReport:
    """Counts of what became structured, and what the user should look at. Its texts are
    :class:`Message` s, translated where they are shown; ``str()`` gives the English the
    command line prints."""

    honorees: int = 0
    committee: int = 0
    testimonials: int = 0
    testimonial_style: str = ""
    free_sections: int = 0
    numbers: int = 0  # structured numbers of the background
    numbers_in_text: list[str] = field(default_factory=list)  # "96位", "xx篇", ...
    placeholders: int = 0  # of those, not known yet ("xx")
    title: bool = False
    byline: bool = False
    toc: bool = False
    outline: int = 0
    front_matter: bool = False
    numbering: str = Numbering.NONE.value
    fallback: bool = False  # part of the article was kept as written to keep it unchanged
    groups: list[Message] = field(default_factory=list)  # "“讲师” (table, 4 people)", ...
    people: int = 0  # in every group
    structured: list[str] = field(default_factory=list)  # the built-in sections filled
    free_headings: list[str | Message] = field(default_factory=list)  # what stayed free text
    html: list[Message] = field(default_factory=list)  # raw HTML written as Markdown
    warnings: list[Message] = field(default_factory=list)

    def summary(self) -> Message:
        """The one line the command prints, e.g. ``2 recognition groups (8 people), ...``."""
        return _say(
            QT_TRANSLATE_NOOP("Import", "%1 (%2), %3, %4"),
            _groups(len(self.groups)),
            _people(self.people),
            _testimonials(self.testimonials),
            _free_sections(self.free_sections),
        )

    def details(self) -> list[Message]:
        """Further lines: what else was recognized and what needs the user's attention."""
        lines = []
        head = [
            name
            for name, present in (
                (_say(QT_TRANSLATE_NOOP("Import", "front matter")), self.front_matter),
                (_say(QT_TRANSLATE_NOOP("Import", "title")), self.title),
                (_say(QT_TRANSLATE_NOOP("Import", "byline")), self.byline),
                (_outline(self.outline), self.outline),
                (_say(QT_TRANSLATE_NOOP("Import", "[toc]")), self.toc),
            )
            if present
        ]
        if head:
            lines.append(_say(QT_TRANSLATE_NOOP("Import", "head: %1"), _listed(head)))
        lines += [_say(QT_TRANSLATE_NOOP("Import", "recognition group %1"), g) for g in self.groups]
        if self.structured:
            found = _listed(self.structured)
            lines.append(_say(QT_TRANSLATE_NOOP("Import", "became structure: %1"), found))
        if self.free_headings:
            free = _semicolons(self.free_headings)
            lines.append(_say(QT_TRANSLATE_NOOP("Import", "stayed free text: %1"), free))
        lines += [
            _say(QT_TRANSLATE_NOOP("Import", "HTML written as Markdown: %1"), item)
            for item in self.html
        ]
        lines += [_say(QT_TRANSLATE_NOOP("Import", "warning: %1"), item) for item in self.warnings]
        if self.testimonials:
            style = _STYLES.get(self.testimonial_style, self.testimonial_style)
            lines.append(_say(QT_TRANSLATE_NOOP("Import", "testimonials set as: %1"), style))
        if self.numbering != Numbering.NONE.value:
            numbering = _NUMBERING.get(self.numbering, self.numbering)
            lines.append(_say(QT_TRANSLATE_NOOP("Import", "heading numbers: %1"), numbering))
        if self.numbers:
            template = QT_TRANSLATE_NOOP(
                "Import", "numbers: %1 (sentences show them; edit them in the Background tab)"
            )
            lines.append(_say(template, str(self.numbers)))
        if self.numbers_in_text:
            found = _listed(self.numbers_in_text)
            lines.append(_say(QT_TRANSLATE_NOOP("Import", "numbers in the text: %1"), found))
            if self.placeholders:
                template = QT_TRANSLATE_NOOP(
                    "Import",
                    "%1 of them not known yet (placeholders such as xx): "
                    "fill them in before publishing",
                )
                lines.append(_say(template, str(self.placeholders)))
        if self.fallback:
            template = QT_TRANSLATE_NOOP(
                "Import", "some parts were kept as written so the article reads exactly as before"
            )
            lines.append(_say(template))
        return lines


def numbers_in_text(text: str) -> tuple[list[str], int]:
    found = []
    placeholders = 0
    for match in _FIGURE.finditer(text):
        found.append(match.group(0).replace(" ", "").replace("*", ""))
        placeholders += bool(_PLACEHOLDER.match(match.group(1)))
    return found, placeholders


def _say(template: str, *parts: str | Message) -> Message:
    return Message("Import", template, parts)


def _count(number: int, one: str, more: str) -> Message:
    """``one`` (a marked "1 ...") for one, else ``more`` (a marked "%1 ...") with the number:
    English has two forms, Chinese one, which both templates translate to."""
    return _say(one) if number == 1 else _say(more, str(number))


def _people(number: int) -> Message:
    """“1 person” or “3 people”."""
    one = QT_TRANSLATE_NOOP("Import", "1 person")
    return _count(number, one, QT_TRANSLATE_NOOP("Import", "%1 people"))


def _groups(number: int) -> Message:
    one = QT_TRANSLATE_NOOP("Import", "1 recognition group")
    return _count(number, one, QT_TRANSLATE_NOOP("Import", "%1 recognition groups"))


def _testimonials(number: int) -> Message:
    one = QT_TRANSLATE_NOOP("Import", "1 testimonial")
    return _count(number, one, QT_TRANSLATE_NOOP("Import", "%1 testimonials"))


def _free_sections(number: int) -> Message:
    one = QT_TRANSLATE_NOOP("Import", "1 free section")
    return _count(number, one, QT_TRANSLATE_NOOP("Import", "%1 free sections"))


def _outline(number: int) -> Message:
    one = QT_TRANSLATE_NOOP("Import", "outline (1 item)")
    return _count(number, one, QT_TRANSLATE_NOOP("Import", "outline (%1 items)"))


def _listed(items: Sequence[str | Message]) -> str | Message:
    """Items one after the other, with the separator of the UI language ("a, b" or "a、b"):
    each item translated by itself, user text and figures among them kept as they are."""
    joined: str | Message = items[0]
    for item in items[1:]:
        joined = _say(QT_TRANSLATE_NOOP("Import", "%1, %2"), joined, item)
    return joined


def _semicolons(items: Sequence[str | Message]) -> str | Message:
    """Headings one after the other ("“a”; “b”"), which may hold commas themselves."""
    joined: str | Message = items[0]
    for item in items[1:]:
        joined = _say(QT_TRANSLATE_NOOP("Import", "%1; %2"), joined, item)
    return joined


_LAYOUTS = {
    "table": _say(QT_TRANSLATE_NOOP("Import", "table")),
    "list": _say(QT_TRANSLATE_NOOP("Import", "list")),
    "wall": _say(QT_TRANSLATE_NOOP("Import", "name wall")),
    "citations": _say(QT_TRANSLATE_NOOP("Import", "citation list")),
}
# In English the names the project file gives these settings, as the command line has printed.
_STYLES = {
    TestimonialStyle.LIST.value: _say(QT_TRANSLATE_NOOP("Import", "list")),
    TestimonialStyle.QUOTE.value: _say(QT_TRANSLATE_NOOP("Import", "quote")),
    TestimonialStyle.SIGNED.value: _say(QT_TRANSLATE_NOOP("Import", "signed")),
    TestimonialStyle.HEADING.value: _say(QT_TRANSLATE_NOOP("Import", "heading")),
}
_NUMBERING = {
    Numbering.CHINESE.value: _say(QT_TRANSLATE_NOOP("Import", "chinese")),
    Numbering.ARABIC.value: _say(QT_TRANSLATE_NOOP("Import", "arabic")),
}


def _group_line(group: RecognitionGroup, language: Language) -> Message:
    named = [person for person in group.people if not person.is_empty()]
    heading = group.heading or GROUP_HEADINGS[language].get(group.id, GROUP_HEADINGS[language][""])
    layout = _LAYOUTS[group.layout.value]
    if group.award:
        template = QT_TRANSLATE_NOOP("Import", "“%1” (%2, %3, with its award line)")
        return _say(template, heading, layout, _people(len(named)))
    return _say(QT_TRANSLATE_NOOP("Import", "“%1” (%2, %3)"), heading, layout, _people(len(named)))


# The fields that hold what a reader sees, per built-in section.
_CONTENT = {
    BuiltinSection.BACKGROUND: ("text", "links"),  # its numbers have a line of their own
    BuiltinSection.TESTIMONIALS: ("intro", "people", "outro"),
    BuiltinSection.NEXT_PHASE: ("text", "time", "how_to_join", "links"),
}


def _structured(project: Project) -> list[str]:
    words = DEFAULT_HEADINGS[project.article.language]
    found = []
    for key, fields in _CONTENT.items():
        section = getattr(project, key.value)
        if any(getattr(section, name) for name in fields):
            found.append(f"{words[key]} “{section.heading or words[key]}”")
    return found


def _people_of(project: Project, group_id: str) -> int:
    """The people of the group ``group_id``; 0 when the project has no such group."""
    return next((len(g.people) for g in project.groups if g.id == group_id), 0)


def report_of(
    project: Project, original: str, *, fallback: bool, html: HtmlImport | None = None
) -> ImportReport:
    found, placeholders = numbers_in_text(original)
    article = project.article
    testimonials = project.testimonials
    language = article.language
    groups = [group for group in project.groups if any(not p.is_empty() for p in group.people)]
    no_heading = _say(QT_TRANSLATE_NOOP("Import", "(text without a heading)"))
    free: list[str | Message] = [
        f"“{section.heading}”" if section.heading else no_heading
        for section in project.free_sections
    ]
    if article.lead:
        free.append(_say(QT_TRANSLATE_NOOP("Import", "(the text before the first heading)")))
    return ImportReport(
        groups=[_group_line(group, language) for group in groups],
        people=sum(sum(not p.is_empty() for p in group.people) for group in groups),
        structured=_structured(project),
        free_headings=free,
        html=html.converted if html else [],
        warnings=html.warnings if html else [],
        honorees=_people_of(project, HONOREES_ID),
        committee=_people_of(project, COMMITTEE_ID),
        testimonials=len(testimonials.people),
        testimonial_style=testimonials.style.value if testimonials.people else "",
        free_sections=len(project.free_sections),
        numbers=len(project.background.numbers),
        numbers_in_text=found,
        placeholders=placeholders,
        title=bool(article.title),
        byline=bool(article.byline),
        toc=article.toc,
        outline=len(article.outline),
        front_matter=bool(article.front_matter),
        numbering=article.numbering.value,
        fallback=fallback,
    )
