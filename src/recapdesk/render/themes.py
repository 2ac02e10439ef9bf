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

from recapdesk.resources.theme_files import (
    DEFAULT_THEME,
    HEX_COLOR,
    resolve_theme,
    theme_file,
    theme_names,
    theme_primary,
)


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
    css = theme_file(theme)
    if not primary_color or not HEX_COLOR.fullmatch(primary_color):
        return css
    own = theme_primary(theme)
    wanted = primary_color.lower()
    if wanted == own:
        return css
    css = re.sub(re.escape(own), wanted, css, flags=re.IGNORECASE)
    r, g, b = hex_to_rgb(wanted)
    return _rgb_tint(hex_to_rgb(own)).sub(f"rgba({r}, {g}, {b},", css)


__all__ = [
    "DEFAULT_THEME",
    "HEX_COLOR",
    "hex_to_rgb",
    "resolve_theme",
    "theme_css",
    "theme_names",
    "theme_primary",
]
