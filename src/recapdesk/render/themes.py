"""Article themes: real CSS files under ``resources/themes/``, with a primary colour to change.

Each theme names its primary colour in its header comment (``primary: #2b6cb0``). That colour is
the placeholder: the user's colour replaces it wherever it is written, as ``#rrggbb`` and as the
``r, g, b`` of ``rgba()`` tints. The substitution is done on the CSS text, before the preview
loads the stylesheet and before css-inline copies it into the WeChat HTML, because WeChat
removes CSS variables (``var()``) and so cannot take the colour from a custom property.
"""

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
def _theme_file(name: str) -> str:
    return resource("themes", f"{name}.css").read_text(encoding="utf-8")


def theme_primary(name: str) -> str:
    """The theme's own primary colour, ``#rrggbb`` in lower case."""
    found = _PRIMARY_DECLARATION.search(_theme_file(resolve_theme(name)))
    return (found.group(1) if found else _FALLBACK_PRIMARY).lower()


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _rgb_tint(rgb: tuple[int, int, int]) -> re.Pattern[str]:
    r, g, b = rgb
    return re.compile(rf"rgba\(\s*{r}\s*,\s*{g}\s*,\s*{b}\s*,")


@cache
def theme_css(name: str, primary_color: str = "") -> str:
    """The stylesheet of theme ``name`` in ``primary_color`` (``#rrggbb``; empty: the theme's
    own); an unknown theme name gives the default theme."""
    theme = resolve_theme(name)
    css = _theme_file(theme)
    if not primary_color or not HEX_COLOR.fullmatch(primary_color):
        return css
    own = theme_primary(theme)
    wanted = primary_color.lower()
    if wanted == own:
        return css
    css = re.sub(re.escape(own), wanted, css, flags=re.IGNORECASE)
    r, g, b = hex_to_rgb(wanted)
    return _rgb_tint(hex_to_rgb(own)).sub(f"rgba({r}, {g}, {b},", css)
