"""Who is recognized, group by group, as cards and certificates show them (Qt-free).

Each of the project's recognition groups with people becomes one group here, in the article's
order. A person is shown by name, or by GitHub id when the group's privacy asks for ids only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recapdesk.compose.words import group_heading
from recapdesk.model import GROUP_PREFIX, Privacy, Project
from recapdesk.model import RecognitionGroup as ModelGroup

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class RecognitionGroup:
    key: str  # the group's id ("honorees", "committee"): names the group's files
    award: str  # the award or the group's title, as the card and certificate print it
    people: tuple[str, ...]  # each person as shown: name or GitHub id


def _plain(markdown: str) -> str:
    text = _LINK.sub(r"\1", markdown)
    return " ".join(re.sub(r"[*_`]+", "", text).split())


def award_of(group: ModelGroup, project: Project) -> str:
    """The award a card prints: the award line's bold title ("下面是本期评出的**Kubernetes源码
    之星**：" gives Kubernetes源码之星), else the whole line, else the group's heading."""
    bold = _BOLD.search(group.award)
    if bold:
        return _plain(bold.group(1))
    return _plain(group.award) or group_heading(project, group.id)


def _shown(group: ModelGroup) -> tuple[str, ...]:
    ids_only = group.privacy is Privacy.GITHUB
    shown = []
    for person in group.people:
        name, github = person.name.strip(), person.github.strip()
        person_shown = github if ids_only else (name or github)
        if person_shown:
            shown.append(person_shown)
    return tuple(shown)


def recognition_groups(project: Project) -> list[RecognitionGroup]:
    """The groups with at least one person, in the article's order of sections."""
    by_key = {GROUP_PREFIX + group.id: group for group in project.groups}
    order = [slot.key for slot in project.order if slot.key in by_key]
    order += [key for key in by_key if key not in order]
    groups = []
    for key in order:
        group = by_key[key]
        people = _shown(group)
        if people:
            groups.append(RecognitionGroup(group.id, award_of(group, project), people))
    return groups


def honorees_group(project: Project) -> RecognitionGroup:
    """The group certificates go to: the first group with people (the example's honorees)."""
    groups = recognition_groups(project)
    return groups[0] if groups else RecognitionGroup("honorees", "", ())


def program_name(project: Project, given: str = "") -> str:
    """The community or program named on cards and certificates: ``given``, else the
    article's title."""
    return given.strip() or project.article.title.strip()
