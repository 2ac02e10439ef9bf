"""Article themes: real CSS files under ``resources/themes/``."""

from __future__ import annotations

from functools import cache

from recapdesk.resources import resource_path

DEFAULT_THEME = "default"


def theme_names() -> list[str]:
    return sorted(p.stem for p in resource_path("themes").glob("*.css"))


@cache
def theme_css(name: str) -> str:
    """The stylesheet of theme ``name``; unknown names fall back to the default theme."""
    path = resource_path("themes", f"{name}.css")
    if not path.is_file():
        path = resource_path("themes", f"{DEFAULT_THEME}.css")
    return path.read_text(encoding="utf-8")
