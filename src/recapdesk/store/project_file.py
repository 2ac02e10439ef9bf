"""Read and write ``*.recap.toml`` project files.

The file is UTF-8 TOML with ``schema`` first, fields in the model's order and multi-line text
as multi-line strings, so a ``git diff`` between two saves shows only what the user changed.
Every failure to read ends in :class:`ProjectFileError`; a save is atomic and keeps a ``.bak``.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import tomli_w

try:
    # tomli is the standard library's tomllib (same parser, same errors), compiled with mypyc:
    # about four times faster, which is most of opening a large project.
    import tomli as tomllib
except ImportError:  # a platform without its compiled wheel, or a bundle without it
    import tomllib  # type: ignore[no-redef]
from pydantic import BaseModel, ValidationError

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import SCHEMA_VERSION, Project
from recapdesk.model.paths import format_path
from recapdesk.model.written import WRITTEN_WHEN_SET
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import (
    NotAProjectError,
    ProjectFileError,
    cannot_read,
    os_reason,
    say,
)
from recapdesk.store.migrations import MigrationError, migrate

SUFFIX = ".recap.toml"
# Every project file recapdesk writes starts with it; a file that fails to parse and has no
# such line is some other file (a Markdown draft, notes), not a project with a typo in it.
_SCHEMA_LINE = re.compile(r"^[ \t]*schema[ \t]*=", re.MULTILINE)
_TOML_POSITION = re.compile(r" \(at line (\d+), column \d+\)$")
MAX_FILE_MB = 8
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
"""A recap with thousands of people is a few hundred KB; anything far larger is not a project."""
MAX_DEPTH = 32
"""A project nests about six levels deep; far deeper data is not a project and would exhaust
the recursion of the checks below (tomllib itself fails on a few hundred nested arrays)."""


def _too_deep() -> Message:
    return say(
        QT_TRANSLATE_NOOP(
            "ProjectFile", "nested more than %1 levels deep; this is not a recapdesk project file"
        ),
        str(MAX_DEPTH),
    )


def _line(number: int) -> Message:
    return say(QT_TRANSLATE_NOOP("ProjectFile", "line %1"), str(number))


def _describe(error: ValidationError) -> tuple[str, str | Message]:
    """The first problem of a validation error as (field path, reason); the reason is
    pydantic's (or a model validator's) words, as they are."""
    first = error.errors()[0]
    where = format_path(tuple(first["loc"]))
    reason = first["msg"].removeprefix("Value error, ")
    extra = len(error.errors()) - 1
    if extra == 1:
        return where, say(QT_TRANSLATE_NOOP("ProjectFile", "%1 (and 1 more problem)"), reason)
    if extra:
        template = QT_TRANSLATE_NOOP("ProjectFile", "%1 (and %2 more problems)")
        return where, say(template, reason, str(extra))
    return where, reason


def loads(text: str, path: Path | str | None = None) -> Project:
    """Parse project-file text into a Project, migrating older schemas."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        if not _SCHEMA_LINE.search(text):
            raise NotAProjectError(path) from None
        line = getattr(error, "lineno", None)
        reason = getattr(error, "msg", str(error))
        where: str | Message = _line(line) if line else ""
        # Before Python 3.14 the position is only in the message: "... (at line 4, column 2)".
        at = _TOML_POSITION.search(reason)
        if at and not where:
            where, reason = _line(int(at[1])), reason[: at.start()]
        # The parser's reason stays in its words (English): only recapdesk's are translated.
        not_toml = say(QT_TRANSLATE_NOOP("ProjectFile", "not valid TOML: %1"), reason)
        raise ProjectFileError(path, not_toml, where) from None
    except RecursionError:
        raise ProjectFileError(path, _too_deep()) from None
    if not data:
        # Comments only: in a .toml file, an empty project; in any other (a Markdown file of
        # one "# heading" line), not a project at all.
        if text.strip() and path is not None and Path(path).suffix.lower() != ".toml":
            raise NotAProjectError(path)
        raise ProjectFileError(path, say(QT_TRANSLATE_NOOP("ProjectFile", "the file is empty")))
    if _depth(data) > MAX_DEPTH:
        raise ProjectFileError(path, _too_deep())
    if isinstance(data.get("schema"), int) and data["schema"] < SCHEMA_VERSION:
        _as_json(data, path)  # a date is named where the file has it, before a migration
    try:
        data = migrate(data)
    except MigrationError as error:
        raise ProjectFileError(path, error.message, error.where) from None
    as_json = _as_json(data, path)
    try:
        # Strict JSON-mode validation: "yes" is not a bool and 3 is not a name, but enum
        # values may be their strings. TOML dates were refused above with their key named.
        return Project.model_validate_json(as_json, strict=True)
    except ValidationError as error:
        where, reason = _describe(error)
        raise ProjectFileError(path, reason, where) from None


def _as_json(data: Any, path: Path | str | None) -> str:
    try:
        return json.dumps(data)
    except TypeError:
        # JSON has no dates, and no recapdesk field holds one: only now look for where it is.
        location, value = _first_date(data) or ((), "?")
        template = QT_TRANSLATE_NOOP(
            "ProjectFile", "a date or time (%1) where text was expected; put it in quotes"
        )
        raise ProjectFileError(path, say(template, str(value)), format_path(location)) from None


def _depth(value: Any) -> int:
    """How deeply tables and arrays nest in ``value`` (a value inside counts one level more);
    counted without recursion, so hostile nesting cannot exhaust the stack here either."""
    deepest, stack = 0, [(value, 0)]
    while stack and deepest <= MAX_DEPTH:
        item, level = stack.pop()
        deepest = max(deepest, level)
        children = item.values() if isinstance(item, dict) else item
        # Only tables and arrays go on the stack: a project has tens of thousands of values.
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, level + 1))
            elif level + 1 > deepest:
                deepest = level + 1
    return deepest


def _first_date(
    value: Any, location: tuple[int | str, ...] = ()
) -> tuple[tuple[int | str, ...], datetime.date | datetime.time] | None:
    """Where the first TOML date or time is (no recapdesk field holds one), and its value."""
    if isinstance(value, datetime.date | datetime.time):
        return location, value
    items: list[tuple[int | str, Any]]
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return None
    for key, item in items:
        found = _first_date(item, (*location, key))
        if found is not None:
            return found
    return None


def decode(raw: bytes, path: Path | str | None = None) -> str:
    """Project-file bytes as text: UTF-8 (a BOM is tolerated), nothing else."""
    if b"\x00" in raw:
        binary = QT_TRANSLATE_NOOP("ProjectFile", "this is a binary file, not a project file")
        raise ProjectFileError(path, say(binary))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        not_utf8 = QT_TRANSLATE_NOOP("ProjectFile", "not UTF-8 text; save the file as UTF-8")
        raise ProjectFileError(path, say(not_utf8), _line(line)) from None


def load(path: Path | str) -> Project:
    """Read the project file at ``path``; raise :class:`ProjectFileError` for any problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            template = QT_TRANSLATE_NOOP(
                "ProjectFile", "the file is %1 MB; a project file is at most %2 MB"
            )
            raise ProjectFileError(
                path, say(template, str(size // (1024 * 1024)), str(MAX_FILE_MB))
            )
        raw = path.read_bytes()
    except ProjectFileError:
        raise
    except IsADirectoryError:
        folder = QT_TRANSLATE_NOOP("ProjectFile", "this is a folder, not a project file")
        raise ProjectFileError(path, say(folder)) from None
    except FileNotFoundError:
        raise ProjectFileError(
            path, say(QT_TRANSLATE_NOOP("ProjectFile", "no such file"))
        ) from None
    except OSError as error:
        raise ProjectFileError(path, cannot_read(error)) from None
    return loads(decode(raw, path), path)


def _plain(value: Any) -> Any:
    """Drop ``None`` (TOML has no null: an unknown number is simply absent)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _tables(table: dict[str, Any], name: str, header: str) -> list[str]:
    """``table`` as TOML chunks: its own keys, then its tables, each list of records as
    ``[[name]]`` blocks. tomli_w would write a list of records inline while every record fits
    on one line, so one longer name would rewrite the whole list in a ``git diff``."""
    own = {k: v for k, v in table.items() if not isinstance(v, dict) and not _is_table_array(v)}
    chunks = [header + tomli_w.dumps(own, multiline_strings=True)]
    for key, value in table.items():
        child = f"{name}.{key}" if name else key
        if isinstance(value, dict):
            chunks += _tables(value, child, f"[{child}]\n")
        elif _is_table_array(value):
            for item in value:
                chunks += _tables(item, child, f"[[{child}]]\n")
    return chunks


def _omit_unset(model: BaseModel, data: dict[str, Any]) -> None:
    """Leave out of ``data`` (``model`` dumped) each field written only when set
    (model/written.py) that has its default, at every level."""
    for name, info in type(model).model_fields.items():
        key = info.alias or name
        value = getattr(model, name)
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get(WRITTEN_WHEN_SET) and value == info.default:
            data.pop(key, None)
        elif isinstance(value, BaseModel):
            _omit_unset(value, data[key])
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item, item_data in zip(value, data[key], strict=True):
                _omit_unset(item, item_data)


def dumps(project: Project) -> str:
    """The project-file text of ``project``: deterministic, ``schema`` first."""
    dumped = project.model_dump(mode="json", by_alias=True)
    _omit_unset(project, dumped)
    data = _plain(dumped)
    return "\n".join(chunk for chunk in _tables(data, "", "") if chunk)


def save(project: Project, path: Path | str) -> None:
    """Write ``project`` to ``path`` atomically, keeping the previous file as ``.bak``."""
    path = Path(path)
    data = dumps(project).encode("utf-8")
    try:
        atomic_write(path, data, backup=True)
    except OSError as error:
        cannot_save = say(QT_TRANSLATE_NOOP("ProjectFile", "cannot save: %1"), os_reason(error))
        raise ProjectFileError(path, cannot_save) from None
