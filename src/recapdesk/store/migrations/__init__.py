"""Bring project data written by an older schema up to the current one, in one place.

Each step is a function from the data of schema N to the data of schema N + 1, registered in
``STEPS`` under N: 1 -> 2 makes the honorees and the committee recognition groups (schema1.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import SCHEMA_VERSION
from recapdesk.store.errors import say
from recapdesk.store.migrations.schema1 import Schema1Error, to_schema2

Data = dict[str, Any]

STEPS: dict[int, Callable[[Data], Data]] = {1: to_schema2}
"""``STEPS[n]`` turns schema-``n`` data into schema ``n + 1`` data."""

FIRST_SCHEMA = 1


class MigrationError(ValueError):
    """The data's schema cannot be brought to the current one; ``message`` says why, marked
    for translation (the loader passes it on in its ProjectFileError)."""

    def __init__(self, message: Message | str, where: str = "schema") -> None:
        self.message = message
        self.where = where  # the field the problem is in
        super().__init__(str(message))


def migrate(data: Data, steps: dict[int, Callable[[Data], Data]] | None = None) -> Data:
    """Return ``data`` at schema :data:`SCHEMA_VERSION`; refuse newer or unknown schemas."""
    steps = STEPS if steps is None else steps
    version = data.get("schema")
    if version is None:
        no_schema = QT_TRANSLATE_NOOP(
            "ProjectFile", "no 'schema' key: this is not a recapdesk project file"
        )
        raise MigrationError(say(no_schema))
    if isinstance(version, bool) or not isinstance(version, int):
        not_whole = QT_TRANSLATE_NOOP("ProjectFile", "'schema' must be a whole number, not %1")
        raise MigrationError(say(not_whole, repr(version)))
    if version > SCHEMA_VERSION:
        newer = QT_TRANSLATE_NOOP(
            "ProjectFile",
            "written by a newer recapdesk (schema %1); "
            "this version reads schema %2 and older. Update recapdesk to open it",
        )
        raise MigrationError(say(newer, str(version), str(SCHEMA_VERSION)))
    if version < FIRST_SCHEMA:
        never = QT_TRANSLATE_NOOP("ProjectFile", "schema %1 never existed; the first schema is %2")
        raise MigrationError(say(never, str(version), str(FIRST_SCHEMA)))
    while version < SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            missing = QT_TRANSLATE_NOOP("ProjectFile", "no migration from schema %1 to %2")
            raise MigrationError(say(missing, str(version), str(version + 1)))
        try:
            data = step(data)
        except Schema1Error as error:
            raise MigrationError(error.reason, error.where) from None
        version += 1
        data["schema"] = version
    return data
