"""Fields added after a schema was released, written to the project file only when set.

A project saved by an older recapdesk has none of them; one saved by this one has them only
when the organizer changed them from their default. So every older file stays valid and reads
the same, a save of an untouched project is byte for byte what it was (a ``git diff`` shows
nothing), and a field that is set appears in the model's order like every other one.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

WRITTEN_WHEN_SET = "written_when_set"


def when_set(default: Any) -> Any:
    """A field whose default is ``default`` and which the store leaves out while it has it."""
    return Field(default=default, json_schema_extra={WRITTEN_WHEN_SET: True})
