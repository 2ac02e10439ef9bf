"""Content checks: what an organizer should fix before publishing.

Each finding names the field (the same path the window uses to select it), says what is wrong
and whether it is an error (the article would be wrong) or a warning (it is unfinished).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from recapdesk.model.project import BuiltinSection, Project
from recapdesk.model.sections import Link, TestimonialDisplay
from recapdesk.model.validation import github_id_problem, url_problem


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    field: str  # e.g. "honorees.people[2].github"
    message: str
    severity: Severity


def _links(prefix: str, links: list[Link]) -> list[Finding]:
    found = []
    for i, item in enumerate(links):
        problem = url_problem(item.url)
        if problem:
            found.append(Finding(f"{prefix}[{i}].url", problem, Severity.ERROR))
        elif item.label and not item.url:
            found.append(Finding(f"{prefix}[{i}].url", "the link has no URL", Severity.WARNING))
    return found


def _github(field: str, value: str) -> list[Finding]:
    problem = github_id_problem(value)
    return [Finding(field, f"{problem} ({value!r})", Severity.ERROR)] if problem else []


def _visible(project: Project, section: BuiltinSection) -> bool:
    return any(slot.key == section.value and slot.visible for slot in project.order)


def check_project(project: Project) -> list[Finding]:
    """Every finding, in article order."""
    found: list[Finding] = []
    if not project.article.title.strip():
        found.append(Finding("article.title", "the article has no title", Severity.WARNING))

    bg = project.background
    found += _links("background.links", bg.links)
    for i, number in enumerate(bg.numbers):
        if number.value is None:
            label = number.label or f"number {i + 1}"
            found.append(
                Finding(
                    f"background.numbers[{i}].value",
                    f"{label}: not known yet (placeholder)",
                    Severity.WARNING,
                )
            )

    h = project.honorees
    problem = url_problem(h.award_url)
    if problem:
        found.append(Finding("honorees.award_url", problem, Severity.ERROR))
    names: Counter[tuple[str, str]] = Counter()
    for i, person in enumerate(h.people):
        field = f"honorees.people[{i}]"
        if not (person.name or person.company or person.position or person.github):
            found.append(Finding(field, "empty row (placeholder)", Severity.WARNING))
            continue
        if h.privacy and not person.github:
            found.append(
                Finding(
                    f"{field}.github",
                    "privacy is on but this honoree has no GitHub id, so the row shows nobody",
                    Severity.WARNING,
                )
            )
        elif not person.name and not h.privacy:
            found.append(Finding(f"{field}.name", "the honoree has no name", Severity.WARNING))
        found += _github(f"{field}.github", person.github)
        key = (person.name.strip(), person.github.strip().lower())
        names[key] += 1
        if names[key] == 2:
            found.append(
                Finding(
                    field, f"duplicate honoree {person.name or person.github!r}", Severity.WARNING
                )
            )

    for i, member in enumerate(project.committee.members):
        field = f"committee.members[{i}]"
        if not member.name and not member.github:
            found.append(Finding(field, "empty row (placeholder)", Severity.WARNING))
        found += _github(f"{field}.github", member.github)

    t = project.testimonials
    for i, author in enumerate(t.people):
        field = f"testimonials.people[{i}]"
        if not author.body.strip():
            who = author.name or author.github or f"person {i + 1}"
            found.append(
                Finding(f"{field}.body", f"{who}: no testimonial text yet", Severity.WARNING)
            )
        if t.display is TestimonialDisplay.GITHUB and not author.github:
            found.append(
                Finding(
                    f"{field}.github",
                    "shown by GitHub id, but the id is empty (the article says anonymous)",
                    Severity.WARNING,
                )
            )
        elif t.display is TestimonialDisplay.NAME_COMPANY_COHORT and not author.name:
            found.append(Finding(f"{field}.name", "the person has no name", Severity.WARNING))
        found += _github(f"{field}.github", author.github)

    n = project.next_phase
    found += _links("next_phase.links", n.links)
    if _visible(project, BuiltinSection.NEXT_PHASE) and not (
        n.text.strip() or n.time.strip() or n.how_to_join.strip() or n.links
    ):
        found.append(
            Finding(
                "next_phase.text",
                "the next-phase section is empty and is left out of the article",
                Severity.WARNING,
            )
        )
    return found
