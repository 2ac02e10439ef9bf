"""Address any field of a Project by a path: ``("honorees", "people", 2, "github")``.

The window's undo commands edit the model through paths, and check findings name fields by the
same paths in text form (``honorees.people[2].github``), so a finding can select its field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

FieldPath = tuple[str | int, ...]

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def parse_path(text: str) -> FieldPath:
    """``honorees.people[2].github`` -> ``("honorees", "people", 2, "github")``."""
    parts: list[str | int] = []
    for name, index in _PART.findall(text):
        parts.append(int(index) if index else name)
    return tuple(parts)


def format_path(path: FieldPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def get_at(root: Any, path: FieldPath) -> Any:
    """The value at ``path`` under ``root`` (a model, list or value)."""
    value = root
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def set_at(root: BaseModel, path: FieldPath, value: Any) -> None:
    """Set the value at ``path``; assignment to a model field validates it (pydantic)."""
    if not path:
        raise ValueError("cannot replace the root")
    parent = get_at(root, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        parent[last] = value
    else:
        setattr(parent, last, value)


def text_fields(value: Any, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    """Every string in the model below ``value`` with its path, in the model's order."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from text_fields(getattr(value, name), (*path, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from text_fields(item, (*path, index))
