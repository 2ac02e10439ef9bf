"""Older project files are brought up to the current schema; others are refused clearly."""

from __future__ import annotations

from typing import Any

import pytest

from recapdesk.model import SCHEMA_VERSION
from recapdesk.store import ProjectFileError, loads, migrations
from recapdesk.store.migrations import FIRST_SCHEMA, MigrationError, migrate


def test_current_schema_passes_through_unchanged() -> None:
    data = {"schema": SCHEMA_VERSION, "article": {"title": "x"}}
    assert migrate(dict(data)) == data


def test_steps_are_chained_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    seen: list[int] = []

    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["schema"])
        # schema 2 renamed "heading" to "title" (a made-up change)
        title = data.pop("heading")
        return {**data, "title": title}

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["schema"])
        return {**data, "title": data["title"].upper(), "added_in_3": True}

    result = migrate({"schema": 1, "heading": "recap"}, steps={1: one_to_two, 2: two_to_three})
    assert result == {"schema": 3, "title": "RECAP", "added_in_3": True}
    assert seen == [1, 2]  # each step sees the data at its own schema


def test_a_missing_step_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    with pytest.raises(MigrationError, match="no migration from schema 2 to 3"):
        migrate({"schema": 1}, steps={1: lambda data: data})


def test_the_shipped_steps_are_used_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.STEPS, 1, lambda data: {**data, "migrated": True})
    assert migrate({"schema": 1}) == {"schema": 2, "migrated": True}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"article": {}}, "no 'schema' key"),
        ({"schema": "1"}, "must be a whole number"),
        ({"schema": 1.0}, "must be a whole number"),
        ({"schema": True}, "must be a whole number"),
        ({"schema": SCHEMA_VERSION + 1}, "newer recapdesk"),
        ({"schema": FIRST_SCHEMA - 1}, "never existed"),
        ({"schema": -5}, "never existed"),
    ],
)
def test_unusable_schemas_are_refused(data: dict[str, Any], message: str) -> None:
    with pytest.raises(MigrationError, match=message):
        migrate(data)


def test_newer_schema_tells_the_user_to_update() -> None:
    with pytest.raises(ProjectFileError) as caught:
        loads("schema = 99\n", "future.recap.toml")
    message = str(caught.value)
    assert message.startswith("future.recap.toml: schema: written by a newer recapdesk (schema 99)")
    assert f"reads schema {SCHEMA_VERSION} and older" in message
    assert "Update recapdesk" in message


def test_loading_goes_through_the_migration_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of an older schema loads as the current model after its steps ran."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)

    def rename_title(data: dict[str, Any]) -> dict[str, Any]:
        data["article"] = {"title": data.pop("title")}
        return data

    monkeypatch.setitem(migrations.STEPS, 1, rename_title)
    project = loads('schema = 1\ntitle = "old layout"\n')
    assert project.article.title == "old layout"
