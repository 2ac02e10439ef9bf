"""Content checks: what an organizer should fix before publishing.

Each finding names the field (the same path the window uses to select it), says what is wrong
and whether it is an error (the article would be wrong) or a warning (it is unfinished). What
is wrong is a :class:`Message` in English, marked for translation (context ``Checks``, or
``Validation`` for a field rule's reason), so it can be shown in the UI language.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model.groups import GroupColumn, Privacy, RecognitionGroup
from recapdesk.model.project import BuiltinSection, Project
from recapdesk.model.sections import Link, TestimonialDisplay
from recapdesk.model.size_checks import too_long
from recapdesk.model.validation import github_id_problem, url_problem


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


CONTEXT = "Checks"


@dataclass(frozen=True)
class Finding:
    field: str  # e.g. "honorees.people[2].github"
    text: Message
    severity: Severity

    @property
    def message(self) -> str:
        """What is wrong, in English (the command line's words)."""
        return str(self.text)


def _say(template: str, *args: str | Message) -> Message:
    """A message of this module: ``template`` is marked with QT_TRANSLATE_NOOP("Checks", ...)
    where it is written, so pyside6-lupdate collects it."""
    return Message(CONTEXT, template, args)


def _invalid(problem: str) -> Message:
    """The reason a field rule of validation.py gives, marked there in its own context."""
    return Message("Validation", problem)


def _links(prefix: str, links: list[Link]) -> list[Finding]:
    found = []
    for i, item in enumerate(links):
        problem = url_problem(item.url)
        if problem:
            found.append(Finding(f"{prefix}[{i}].url", _invalid(problem), Severity.ERROR))
        elif item.label and not item.url:
            text = _say(QT_TRANSLATE_NOOP("Checks", "the link has no URL"))
            found.append(Finding(f"{prefix}[{i}].url", text, Severity.WARNING))
    return found


def _github(field: str, value: str) -> list[Finding]:
    problem = github_id_problem(value)
    if not problem:
        return []
    # The reason, then the refused id as written (repr: quotes, and control characters shown).
    text = _say(QT_TRANSLATE_NOOP("Checks", "%1 (%2)"), _invalid(problem), repr(value))
    return [Finding(field, text, Severity.ERROR)]


def _empty_row() -> Message:
    return _say(QT_TRANSLATE_NOOP("Checks", "empty row (placeholder)"))


def _visible(project: Project, section: BuiltinSection) -> bool:
    return any(slot.key == section.value and slot.visible for slot in project.order)


def _group_findings(prefix: str, group: RecognitionGroup) -> list[Finding]:
    """A recognition group's rows: empty, nobody shown under its privacy, no name, a malformed
    GitHub id, the same person twice."""
    found: list[Finding] = []
    private = group.privacy is Privacy.GITHUB
    names_shown = GroupColumn.NAME in group.shown_columns()
    names: Counter[tuple[str, str]] = Counter()
    for i, person in enumerate(group.people):
        field = f"{prefix}.people[{i}]"
        if person.is_empty():
            found.append(Finding(field, _empty_row(), Severity.WARNING))
            continue
        if private and not person.github:
            text = _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "privacy is on but this honoree has no GitHub id, so the row shows nobody",
                )
            )
            found.append(Finding(f"{field}.github", text, Severity.WARNING))
        elif names_shown and not person.name:
            text = _say(QT_TRANSLATE_NOOP("Checks", "the honoree has no name"))
            found.append(Finding(f"{field}.name", text, Severity.WARNING))
        found += _github(f"{field}.github", person.github)
        key = (person.name.strip(), person.github.strip().lower())
        names[key] += 1
        if names[key] == 2:
            text = _say(
                QT_TRANSLATE_NOOP("Checks", "duplicate honoree %1"),
                repr(person.name or person.github),
            )
            found.append(Finding(field, text, Severity.WARNING))
    return found


def check_project(project: Project) -> list[Finding]:
    """Every finding of the fields themselves, in article order (compose.checks adds those of
    the composed article: use check_article there)."""
    found: list[Finding] = []
    if not project.article.title.strip():
        text = _say(QT_TRANSLATE_NOOP("Checks", "the article has no title"))
        found.append(Finding("article.title", text, Severity.WARNING))

    bg = project.background
    found += _links("background.links", bg.links)
    for i, number in enumerate(bg.numbers):
        if number.value is None:
            label = number.label or _say(QT_TRANSLATE_NOOP("Checks", "number %1"), str(i + 1))
            if number.value_text:
                template = QT_TRANSLATE_NOOP(
                    "Checks", "%1: %2 is not a number; the article shows it as not known yet"
                )
                text = _say(template, label, repr(number.value_text))
            else:
                text = _say(QT_TRANSLATE_NOOP("Checks", "%1: not known yet (placeholder)"), label)
            found.append(Finding(f"background.numbers[{i}].value", text, Severity.WARNING))

    for g, group in enumerate(project.groups):
        found += _group_findings(f"groups[{g}]", group)

    t = project.testimonials
    for i, author in enumerate(t.people):
        field = f"testimonials.people[{i}]"
        if not author.body.strip():
            who = (
                author.name
                or author.github
                or _say(QT_TRANSLATE_NOOP("Checks", "person %1"), str(i + 1))
            )
            text = _say(QT_TRANSLATE_NOOP("Checks", "%1: no testimonial text yet"), who)
            found.append(Finding(f"{field}.body", text, Severity.WARNING))
        if t.display is TestimonialDisplay.GITHUB and not author.github:
            text = _say(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "shown by GitHub id, but the id is empty (the article says anonymous)",
                )
            )
            found.append(Finding(f"{field}.github", text, Severity.WARNING))
        elif t.display is TestimonialDisplay.NAME_COMPANY_COHORT and not author.name:
            text = _say(QT_TRANSLATE_NOOP("Checks", "the person has no name"))
            found.append(Finding(f"{field}.name", text, Severity.WARNING))
        found += _github(f"{field}.github", author.github)

    n = project.next_phase
    found += _links("next_phase.links", n.links)
    if _visible(project, BuiltinSection.NEXT_PHASE) and not (
        n.text.strip() or n.time.strip() or n.how_to_join.strip() or n.links
    ):
        text = _say(
            QT_TRANSLATE_NOOP(
                "Checks", "the next-phase section is empty and is left out of the article"
            )
        )
        found.append(Finding("next_phase.text", text, Severity.WARNING))
    found += (Finding(field, text, Severity.WARNING) for field, text in too_long(project))
    return found
