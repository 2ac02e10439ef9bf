"""The Recognition tab's groups without the widgets: the list of groups, new ids, and the
project after a group is added, deleted or moved (the groups and the section order change
together, in one validation, so the project never names a group that is gone)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from recapdesk.compose.words import GROUP_HEADINGS
from recapdesk.model import GroupColumn, Project, RecognitionGroup, group_key
from recapdesk.model.paths import FieldPath
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.list_model import DocumentListModel

GROUPS_PATH: FieldPath = ("groups",)
ID_PREFIX = "group-"


def fresh_group_id(taken: set[str]) -> str:
    """``group-1``, ``group-2``...: the first one not in use."""
    number = 1
    while f"{ID_PREFIX}{number}" in taken:
        number += 1
    return f"{ID_PREFIX}{number}"


def with_groups(project: Project, groups: list[RecognitionGroup], order_keys: list[str]) -> Project:
    """A copy of ``project`` with other groups and its order's keys rearranged (``order_keys``:
    every key of the new order, each slot keeping its visibility). Both change in one
    validation, so the project never names a group that is gone."""
    visible = {slot.key: slot.visible for slot in project.order}
    data = project.model_dump()
    data["groups"] = [group.model_dump() for group in groups]
    data["order"] = [{"key": key, "visible": visible.get(key, True)} for key in order_keys]
    return Project.model_validate(data)


def columns_with(group: RecognitionGroup, column: GroupColumn, shown: bool) -> list[GroupColumn]:
    """The group's columns with ``column`` shown or not; a newly shown one goes after the last
    shown column that comes before it in the standard order, so the others never move."""
    columns = [c for c in group.columns if c is not column]
    if not shown:
        return columns
    standard = list(GroupColumn)
    earlier = set(standard[: standard.index(column)])
    position = 0
    for index in range(len(columns) - 1, -1, -1):
        if columns[index] in earlier:
            position = index + 1
            break
    return [*columns[:position], column, *columns[position:]]


def headers_for(group: RecognitionGroup, columns: list[GroupColumn]) -> list[str]:
    """The group's own headings by position in ``columns`` (a heading stays with its column)."""
    own = dict(zip(group.columns, group.headers, strict=False))
    headers = [own.get(column, "") for column in columns]
    while headers and not headers[-1]:
        headers.pop()
    return headers


class GroupListModel(DocumentListModel):
    # Moved with the buttons, which move the group's place in the section order too.
    reorderable = False

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document, GROUPS_PATH)

    def identity(self, item: Any) -> Hashable:
        assert isinstance(item, RecognitionGroup)
        return item.id

    def group_id(self, row: int) -> str:
        return str(self.identity_at(row))

    def label(self, item: Any) -> str:
        assert isinstance(item, RecognitionGroup)
        defaults = GROUP_HEADINGS[self.document.project.article.language]
        return item.heading.strip() or defaults.get(item.id, defaults[""])


def with_group_added(project: Project, group: RecognitionGroup, after: str | None) -> Project:
    """``project`` with ``group`` after the group ``after`` (its section right after that
    group's), or at the end when ``after`` is None or not in the order."""
    keys = [slot.key for slot in project.order]
    groups = list(project.groups)
    if after is not None and group_key(after) in keys:
        keys.insert(keys.index(group_key(after)) + 1, group_key(group.id))
        groups.insert(project.group_index(after) + 1, group)
    else:
        keys.append(group_key(group.id))
        groups.append(group)
    return with_groups(project, groups, keys)


def with_group_deleted(project: Project, group_id: str) -> Project:
    """``project`` without the group ``group_id`` and its place in the order."""
    groups = [group for group in project.groups if group.id != group_id]
    keys = [slot.key for slot in project.order if slot.key != group_key(group_id)]
    return with_groups(project, groups, keys)


def with_group_moved(project: Project, group_id: str, step: int) -> Project | None:
    """``project`` with the group swapped with its neighbour ``step`` away, in the list and
    in the order; None when there is no neighbour there."""
    row = project.group_index(group_id)
    other = row + step
    if not 0 <= other < len(project.groups):
        return None
    groups = list(project.groups)
    groups[row], groups[other] = groups[other], groups[row]
    keys = [slot.key for slot in project.order]
    a, b = keys.index(group_key(group_id)), keys.index(group_key(groups[row].id))
    keys[a], keys[b] = keys[b], keys[a]
    return with_groups(project, groups, keys)
