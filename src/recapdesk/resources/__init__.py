"""Find bundled resources (themes, examples, icons, translations, the preview page).

One lookup that works from the source tree and from a frozen bundle, so no other module
builds a resource path by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_OVERRIDE = "RECAPDESK_RESOURCES"


def resources_root() -> Path:
    """The folder of themes, examples, icons, translations and the preview page."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("themes", "default.css")``."""
    return resources_root().joinpath(*parts)


def example_path(name: str) -> Path:
    """The bundled example project ``name`` (without the ``.recap.toml`` suffix)."""
    return resource_path("examples", f"{name}.recap.toml")


def example_names() -> list[str]:
    folder = resource_path("examples")
    return sorted(p.name.removesuffix(".recap.toml") for p in folder.glob("*.recap.toml"))
