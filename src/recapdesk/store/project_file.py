"""Read and write ``*.recap.toml`` project files.

The file is UTF-8 TOML with ``schema`` first, fields in the model's order and multi-line text
as multi-line strings, so a ``git diff`` between two saves shows only what the user changed.
Every failure to read ends in :class:`ProjectFileError`; a save is atomic and keeps a ``.bak``.
"""

from __future__ import annotations

import datetime
import json
import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from recapdesk.model import Project
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import ProjectFileError
from recapdesk.store.migrations import MigrationError, migrate

SUFFIX = ".recap.toml"
MAX_FILE_BYTES = 8 * 1024 * 1024
"""A recap with thousands of people is a few hundred KB; anything far larger is not a project."""


def field_path(location: tuple[int | str, ...]) -> str:
    """``('honorees', 'people', 2, 'github')`` -> ``honorees.people[2].github``."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _describe(error: ValidationError) -> tuple[str, str]:
    """The first problem of a validation error as (field path, reason)."""
    first = error.errors()[0]
    where = field_path(tuple(first["loc"]))
    reason = first["msg"]
    extra = len(error.errors()) - 1
    if extra:
        reason += f" (and {extra} more problem{'s' if extra > 1 else ''})"
    return where, reason


def loads(text: str, path: Path | str | None = None) -> Project:
    """Parse project-file text into a Project, migrating older schemas."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        reason = getattr(error, "msg", str(error))
        where = f"line {line}" if line else ""
        raise ProjectFileError(path, f"not valid TOML: {reason}", where) from None
    if not data:
        raise ProjectFileError(path, "the file is empty")
    try:
        data = migrate(data)
    except MigrationError as error:
        raise ProjectFileError(path, str(error), "schema") from None
    try:
        # Strict JSON-mode validation: "yes" is not a bool and 3 is not a name, but enum
        # values may be their strings. TOML dates are refused first with their key named.
        return Project.model_validate_json(json.dumps(data, default=_refuse(path)), strict=True)
    except ValidationError as error:
        where, reason = _describe(error)
        raise ProjectFileError(path, reason, where) from None


def _refuse(path: Path | str | None) -> Any:
    def refuse(value: object) -> object:
        kind = "date or time" if isinstance(value, datetime.date | datetime.time) else "value"
        raise ProjectFileError(
            path, f"a {kind} ({value}) where text was expected; put it in quotes"
        )

    return refuse


def decode(raw: bytes, path: Path | str | None = None) -> str:
    """Project-file bytes as text: UTF-8 (a BOM is tolerated), nothing else."""
    if b"\x00" in raw:
        raise ProjectFileError(path, "this is a binary file, not a project file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ProjectFileError(
            path, "not UTF-8 text; save the file as UTF-8", f"line {line}"
        ) from None


def load(path: Path | str) -> Project:
    """Read the project file at ``path``; raise :class:`ProjectFileError` for any problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(
                path, f"the file is {size // (1024 * 1024)} MB; a project file is at most 8 MB"
            )
        raw = path.read_bytes()
    except ProjectFileError:
        raise
    except IsADirectoryError:
        raise ProjectFileError(path, "this is a folder, not a project file") from None
    except FileNotFoundError:
        raise ProjectFileError(path, "no such file") from None
    except OSError as error:
        raise ProjectFileError(path, f"cannot read: {error.strerror or error}") from None
    return loads(decode(raw, path), path)


def _plain(value: Any) -> Any:
    """Drop ``None`` (TOML has no null: an unknown number is simply absent)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def dumps(project: Project) -> str:
    """The project-file text of ``project``: deterministic, ``schema`` first."""
    data = _plain(project.model_dump(mode="json", by_alias=True))
    return tomli_w.dumps(data, multiline_strings=True)


def save(project: Project, path: Path | str) -> None:
    """Write ``project`` to ``path`` atomically, keeping the previous file as ``.bak``."""
    path = Path(path)
    data = dumps(project).encode("utf-8")
    try:
        atomic_write(path, data, backup=True)
    except OSError as error:
        raise ProjectFileError(path, f"cannot save: {error.strerror or error}") from None
