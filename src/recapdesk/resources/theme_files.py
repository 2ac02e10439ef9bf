"""The article themes' files and primary colours (Qt-free), for the renderer (render/themes.py)
and for the composer, whose initials badges take the theme's colour (compose/groups.py)."""

from __future__ import annotations

import re
from functools import cache

from recapdesk.resources import resource

DEFAULT_THEME = "default"
HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_PRIMARY_DECLARATION = re.compile(r"^\s*primary:\s*(#[0-9a-fA-F]{6})\s*$", re.MULTILINE)
_FALLBACK_PRIMARY = "#2b6cb0"


def theme_names() -> list[str]:
    """The themes there are, by file name (``default``, ``cloud-native``, ...)."""
    return sorted(
        entry.name.removesuffix(".css")
        for entry in resource("themes").iterdir()
        if entry.name.endswith(".css")
    )


def resolve_theme(name: str) -> str:
    """``name`` if such a theme exists, else the default theme (a name is never a path)."""
    return name if name in theme_names() else DEFAULT_THEME


@cache
def theme_file(name: str) -> str:
    return resource("themes", f"{name}.css").read_text(encoding="utf-8")


def theme_primary(name: str) -> str:
    """The theme's own primary colour, ``#rrggbb`` in lower case."""
    found = _PRIMARY_DECLARATION.search(theme_file(resolve_theme(name)))
    return (found.group(1) if found else _FALLBACK_PRIMARY).lower()
