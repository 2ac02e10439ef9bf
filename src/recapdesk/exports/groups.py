"""Who is recognized, group by group, as cards and certificates show them (Qt-free).

Today's model has two recognition groups: the honorees table (under its award) and the
organizing committee. A person is shown by name, or by GitHub id when the project's privacy
switch asks for ids only (the switch sits on the honorees and covers the committee too: the
participants asked for it about the article, not about one table of it).
"""

from __future__ import annotations

from dataclasses import dataclass

from recapdesk.compose.words import DEFAULT_HEADINGS
from recapdesk.model import BuiltinSection, Project


@dataclass(frozen=True)
class RecognitionGroup:
    key: str  # "honorees", "committee": names the group's files
    award: str  # the award or the group's title, as the card and certificate print it
    people: tuple[str, ...]  # each person as shown: name or GitHub id


def _shown(name: str, github: str, privacy: bool) -> str:
    name, github = name.strip(), github.strip()
    return github if privacy else (name or github)


def honorees_group(project: Project) -> RecognitionGroup:
    honorees = project.honorees
    headings = DEFAULT_HEADINGS[project.article.language]
    award = (
        honorees.award_title.strip()
        or honorees.heading.strip()
        or headings[BuiltinSection.HONOREES]
    )
    people = (_shown(p.name, p.github, honorees.privacy) for p in honorees.people)
    return RecognitionGroup("honorees", award, tuple(person for person in people if person))


def committee_group(project: Project) -> RecognitionGroup:
    committee = project.committee
    headings = DEFAULT_HEADINGS[project.article.language]
    award = committee.heading.strip() or headings[BuiltinSection.COMMITTEE]
    privacy = project.honorees.privacy
    people = (_shown(m.name, m.github, privacy) for m in committee.members)
    return RecognitionGroup("committee", award, tuple(person for person in people if person))


def recognition_groups(project: Project) -> list[RecognitionGroup]:
    """The groups with at least one person, in the article's order of sections."""
    groups = {"honorees": honorees_group(project), "committee": committee_group(project)}
    order = [slot.key for slot in project.order if slot.key in groups]
    order += [key for key in groups if key not in order]
    return [groups[key] for key in order if groups[key].people]


def program_name(project: Project, given: str = "") -> str:
    """The community or program named on cards and certificates: ``given``, else the
    article's title."""
    return given.strip() or project.article.title.strip()
