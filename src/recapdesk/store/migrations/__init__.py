"""Bring project data written by an older schema up to the current one, in one place.

Each step is a function from the data of schema N to the data of schema N + 1, registered in
``STEPS`` under N. Version 1 is the first schema, so there is no step yet; the loader still goes
through :func:`migrate` so that the next schema change only adds a step here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recapdesk.model import SCHEMA_VERSION

Data = dict[str, Any]

STEPS: dict[int, Callable[[Data], Data]] = {}
"""``STEPS[n]`` turns schema-``n`` data into schema ``n + 1`` data."""

FIRST_SCHEMA = 1


class MigrationError(ValueError):
    """The data's schema cannot be brought to the current one."""


def migrate(data: Data, steps: dict[int, Callable[[Data], Data]] | None = None) -> Data:
    """Return ``data`` at schema :data:`SCHEMA_VERSION`; refuse newer or unknown schemas."""
    steps = STEPS if steps is None else steps
    version = data.get("schema")
    if version is None:
        raise MigrationError("no 'schema' key: this is not a recapdesk project file")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError(f"'schema' must be a whole number, not {version!r}")
    if version > SCHEMA_VERSION:
        raise MigrationError(
            f"written by a newer recapdesk (schema {version}); "
            f"this version reads schema {SCHEMA_VERSION} and older. Update recapdesk to open it"
        )
    if version < FIRST_SCHEMA:
        raise MigrationError(f"schema {version} never existed; the first schema is {FIRST_SCHEMA}")
    while version < SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            raise MigrationError(f"no migration from schema {version} to {version + 1}")
        data = step(data)
        version += 1
        data["schema"] = version
    return data
