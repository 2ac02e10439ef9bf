"""What the Markdown importer recognized, for the command line and the window to show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recapdesk.compose.words import DEFAULT_HEADINGS, GROUP_HEADINGS
from recapdesk.importers.markdown_html import HtmlImport
from recapdesk.model import (
    COMMITTEE_ID,
    HONOREES_ID,
    BuiltinSection,
    Language,
    Numbering,
    Project,
    RecognitionGroup,
)

# A figure with a Chinese counter word ("96位", "379人", "xx篇"), the ways recaps give numbers.
_FIGURE = re.compile(
    r"(?<![A-Za-z0-9])(\d[\d,，.]*\+?|[xX]{1,3}|[?？]{1,3})(?:\*\*)?\s?(万\+?)?"
    r"(人次|位|人|篇|场|个|次|家|名|项|份|天|小时|本|条)"
)
_PLACEHOLDER = re.compile(r"^([xX]+|[?？]+)$")


@dataclass
class ImportReport:
    """Counts of what became structured, and what the user should look at."""

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
    groups: list[str] = field(default_factory=list)  # "“讲师” (table, 4 people)", ...
    people: int = 0  # in every group
    structured: list[str] = field(default_factory=list)  # the built-in sections filled
    free_headings: list[str] = field(default_factory=list)  # what stayed free text
    html: list[str] = field(default_factory=list)  # raw HTML written as Markdown
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """The one line the command prints, e.g. ``2 recognition groups (8 people), ...``."""
        groups = _count(len(self.groups), "recognition group", "recognition groups")
        people = _count(self.people, "person", "people")
        return (
            f"{groups} ({people}), {self.testimonials} testimonials, "
            f"{self.free_sections} free sections"
        )

    def details(self) -> list[str]:
        """Further lines: what else was recognized and what needs the user's attention."""
        lines = []
        head = [
            name
            for name, present in (
                ("front matter", self.front_matter),
                ("title", self.title),
                ("byline", self.byline),
                (f"outline ({self.outline} items)", self.outline),
                ("[toc]", self.toc),
            )
            if present
        ]
        if head:
            lines.append("head: " + ", ".join(head))
        lines += [f"recognition group {group}" for group in self.groups]
        if self.structured:
            lines.append("became structure: " + ", ".join(self.structured))
        if self.free_headings:
            lines.append("stayed free text: " + "; ".join(self.free_headings))
        lines += [f"HTML written as Markdown: {item}" for item in self.html]
        lines += [f"warning: {warning}" for warning in self.warnings]
        if self.testimonials:
            lines.append(f"testimonials set as: {self.testimonial_style}")
        if self.numbering != Numbering.NONE.value:
            lines.append(f"heading numbers: {self.numbering}")
        if self.numbers:
            lines.append(
                f"numbers: {self.numbers} (sentences show them; edit them in the Background tab)"
            )
        if self.numbers_in_text:
            found = ", ".join(self.numbers_in_text)
            lines.append(f"numbers in the text: {found}")
            if self.placeholders:
                lines.append(
                    f"{self.placeholders} of them not known yet (placeholders such as xx): "
                    "fill them in before publishing"
                )
        if self.fallback:
            lines.append("some parts were kept as written so the article reads exactly as before")
        return lines


def numbers_in_text(text: str) -> tuple[list[str], int]:
    found = []
    placeholders = 0
    for match in _FIGURE.finditer(text):
        found.append(match.group(0).replace(" ", "").replace("*", ""))
        placeholders += bool(_PLACEHOLDER.match(match.group(1)))
    return found, placeholders


def _count(number: int, one: str, more: str) -> str:
    return f"{number} {one if number == 1 else more}"


_LAYOUTS = {"table": "table", "list": "list", "wall": "name wall", "citations": "citation list"}


def _group_line(group: RecognitionGroup, language: Language) -> str:
    people = [person for person in group.people if not person.is_empty()]
    heading = group.heading or GROUP_HEADINGS[language].get(group.id, GROUP_HEADINGS[language][""])
    award = ", with its award line" if group.award else ""
    count = _count(len(people), "person", "people")
    return f"“{heading}” ({_LAYOUTS[group.layout.value]}, {count}{award})"


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


def report_of(
    project: Project, original: str, *, fallback: bool, html: HtmlImport | None = None
) -> ImportReport:
    found, placeholders = numbers_in_text(original)
    article = project.article
    testimonials = project.testimonials
    language = article.language
    groups = [group for group in project.groups if any(not p.is_empty() for p in group.people)]
    free = [
        f"“{section.heading}”" if section.heading else "(text without a heading)"
        for section in project.free_sections
    ]
    return ImportReport(
        groups=[_group_line(group, language) for group in groups],
        people=sum(sum(not p.is_empty() for p in group.people) for group in groups),
        structured=_structured(project),
        free_headings=free + (["(the text before the first heading)"] if article.lead else []),
        html=html.converted if html else [],
        warnings=html.warnings if html else [],
        honorees=len(project.group(HONOREES_ID).people),
        committee=len(project.group(COMMITTEE_ID).people),
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
