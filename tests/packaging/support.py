"""Helpers for the packaging tests: the scripts under packaging/ are loaded by plain name from
that folder (importing it as a package would clash with the PyPI package ``packaging``)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
EXAMPLE = ROOT / "src/recapdesk/resources/examples/k8s-source-study-phase1.recap.toml"


def packaging_module(name: str) -> ModuleType:
    """packaging/NAME.py as a module."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    return importlib.import_module(name)
