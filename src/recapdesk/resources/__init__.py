"""Find bundled resources (themes, examples, icons, translations, the preview page).

They are package data of this package (``recapdesk/resources/<folder>/<file>``), read with
:mod:`importlib.resources`, so the same lookup works from the source tree, an installed wheel
and a frozen bundle (PyInstaller's importer serves package data too), and no other module
builds a resource path by hand.

Read what only needs reading through :func:`resource`; ask :func:`resource_path` for a real
file name only where a library insists on one (Qt's translator, the web view's shell page).
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

# A folder laid out like this package's to read instead (tests: the committed translations
# compiled into a temporary folder).
ENV_OVERRIDE = "RECAPDESK_RESOURCES"
EXAMPLE_SUFFIX = ".recap.toml"

# Where the package is not a folder on disk (a zip), as_file() extracts to a temporary file that
# lives as long as its context: Qt reads these files long after the call, so keep them to exit.
_extracted = ExitStack()
atexit.register(_extracted.close)


def resources_root() -> Traversable:
    """The folder of themes, examples, icons, translations and the preview page."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override)
    return files(__name__)


def resource(*parts: str) -> Traversable:
    """A bundled resource to read, e.g. ``resource("themes", "default.css").read_text()``."""
    found = resources_root()
    for part in parts:
        found = found / part
    return found


def resource_path(*parts: str) -> Path:
    """The bundled resource as a file (or folder) on disk, for APIs that take a file name."""
    return _extracted.enter_context(as_file(resource(*parts)))


def example_path(name: str) -> Path:
    """The bundled example project ``name`` (without the ``.recap.toml`` suffix)."""
    return resource_path("examples", f"{name}{EXAMPLE_SUFFIX}")


def example_names() -> list[str]:
    return sorted(
        entry.name.removesuffix(EXAMPLE_SUFFIX)
        for entry in resource("examples").iterdir()
        if entry.name.endswith(EXAMPLE_SUFFIX)
    )
