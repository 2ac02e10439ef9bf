"""The title, author and date a blog's front matter gives (Hugo, Hexo, Jekyll, Docusaurus).

Front matter is YAML between ``---`` fences or TOML between ``+++`` fences. Only the few keys
an article shows are read, with the forms these generators write: ``title: "..."``,
``author: 名字``, ``authors: [a, b]`` or a list of names or of ``- name: ...`` entries, and
``date: 2019-10-28T10:41:54+08:00``. TOML is read by tomllib; the YAML is read line by line (no
YAML library is needed for these keys, and an unusual form is simply not read: the front matter
itself is kept whole in the project either way).
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass
from typing import Any

_TOP = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_ITEM = re.compile(r"^\s+-\s+(?:name\s*:\s*)?(.*?)\s*$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_AUTHOR_KEYS = ("author", "authors")


@dataclass(frozen=True)
class FrontFields:
    title: str = ""
    author: str = ""
    date: str = ""  # YYYY-MM-DD

    def byline(self) -> str:
        return " · ".join(part for part in (self.author, self.date) if part)


def _scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1].replace('\\"', '"') if text[0] == '"' else text[1:-1]
    return "" if text in ("|", ">", "~", "null") else text


def _names(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _names(value.get("name", ""))
    if isinstance(value, list):
        return ", ".join(name for name in (_names(item) for item in value) if name)
    return ""


def _date(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    match = _DATE.match(str(value or "").strip().strip("\"'"))
    return match.group(1) if match else ""


def _yaml(body: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    key = ""
    for line in body.split("\n"):
        top = _TOP.match(line)
        if top:
            key, value = top.group(1).lower(), top.group(2)
            if value.startswith("[") and value.endswith("]"):
                values[key] = [_scalar(item) for item in value[1:-1].split(",") if item.strip()]
            elif value:
                values[key] = _scalar(value)
            continue
        item = _ITEM.match(line)
        if item and key in _AUTHOR_KEYS and item.group(1):
            existing = values.get(key)
            values[key] = [*(existing if isinstance(existing, list) else []), _scalar(item[1])]
    return values


def read_front_matter(front: str) -> FrontFields:
    """What ``front`` (with its fences) gives; empty fields for what it does not."""
    lines = front.strip("\n").split("\n")
    if len(lines) < 2:
        return FrontFields()
    body = "\n".join(lines[1:-1])
    values: dict[str, Any]
    if lines[0].strip() == "+++":
        try:
            values = {k.lower(): v for k, v in tomllib.loads(body).items()}
        except tomllib.TOMLDecodeError:
            return FrontFields()
    else:
        values = _yaml(body)
    title = values.get("title")
    author = next((_names(values[k]) for k in _AUTHOR_KEYS if k in values), "")
    return FrontFields(
        title=" ".join(title.split()) if isinstance(title, str) else "",
        author=" ".join(author.split()),
        date=_date(values.get("date")),
    )
