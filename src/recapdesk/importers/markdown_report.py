"""What the Markdown importer recognized, for the command line and the window to show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recapdesk.model import COMMITTEE_ID, HONOREES_ID, Numbering, Project

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

    def summary(self) -> str:
        """The one line the command prints, e.g. ``4 honorees, 11 testimonials, ...``."""
        return (
            f"{self.honorees} honorees, {self.testimonials} testimonials, "
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
        if self.committee:
            lines.append(f"organizing committee: {self.committee} members")
        if self.testimonials:
            lines.append(f"testimonials set as: {self.testimonial_style}")
        if self.numbering != Numbering.NONE.value:
            lines.append(f"heading numbers: {self.numbering}")
        if self.numbers:
            lines.append(f"numbers: {self.numbers}")
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


def report_of(project: Project, original: str, *, fallback: bool) -> ImportReport:
    found, placeholders = numbers_in_text(original)
    article = project.article
    testimonials = project.testimonials
    return ImportReport(
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
