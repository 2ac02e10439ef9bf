"""Section bodies composed before, reused until an edit may have changed them.

Composing a 1,000-row table on every keystroke elsewhere would cost tens of milliseconds; the
window knows what changed, because every edit names its field path.
"""

from __future__ import annotations

from recapdesk.compose.article import Segments, compose_body
from recapdesk.compose.inline_fields import uses_fields
from recapdesk.model import Project
from recapdesk.model.groups import GROUP_PREFIX
from recapdesk.model.paths import FieldPath
from recapdesk.model.project import FREE_PREFIX


class SectionCache:
    """The composed bodies of the built-in sections, by section-order key."""

    def __init__(self) -> None:
        self._bodies: dict[str, Segments] = {}
        # The sections whose bodies use a number inside a sentence ({participants}): an edit
        # of the numbers changes them too.
        self._use_numbers: set[str] = set()
        # The group key of each position in ``groups`` composed: an edit names the position
        # (``groups[2].people[5].name``), the cache keeps bodies by section key.
        self._group_keys: dict[int, str] = {}

    def invalidate(self, path: FieldPath) -> None:
        """Forget what an edit at ``path`` may have changed (``()``: anything)."""
        root = path[0] if path else ""
        if root == "article":
            # Only the language and the GitHub links change what is inside section bodies; the
            # title, lead and numbering are composed afresh every time anyway.
            if path[1:2] in ((), ("language",), ("github_links",)):
                self._bodies.clear()
            elif path[1:2] in (("primary_color",), ("theme",)):  # the initials' colour
                self._forget_groups()
        elif root in ("", "order", "free_sections", "schema_version"):
            self._bodies.clear()
        elif root == "groups":
            index = path[1] if len(path) > 2 and path[2] != "id" else None
            if isinstance(index, int) and index in self._group_keys:
                self._bodies.pop(self._group_keys[index], None)
            else:  # groups added, removed, moved or renamed: positions and keys change
                self._forget_groups()
        else:
            self._bodies.pop(str(root), None)
            if root == "background" and path[1:2] in ((), ("numbers",)):
                for key in self._use_numbers:
                    self._bodies.pop(key, None)

    def _forget_groups(self) -> None:
        for key in [key for key in self._bodies if key.startswith(GROUP_PREFIX)]:
            del self._bodies[key]
        self._group_keys.clear()

    def body(self, project: Project, key: str) -> Segments:
        if key.startswith(FREE_PREFIX):
            return compose_body(project, key)  # small, and keyed by a free section's id
        cached = self._bodies.get(key)
        if cached is None:
            cached = self._bodies[key] = compose_body(project, key)
            if uses_fields(project, key):
                self._use_numbers.add(key)
            else:
                self._use_numbers.discard(key)
            if key.startswith(GROUP_PREFIX):
                self._group_keys[project.group_index(key.removeprefix(GROUP_PREFIX))] = key
        return cached
