"""``pytest -p tests.without_qt -p no:pytest-qt``: the core's tests with Qt unimportable.

design.md: the core (model, store, compose, render, importers, the headless commands) never
imports Qt, so the command line and CI run it without a display or Qt's libraries. The import
contract (.importlinter) proves the core's own imports; this proves its tests need no Qt either:
`make pytest` runs the core's folders once more with this plugin, loaded before any other, so
an ``import PySide6`` anywhere in them fails as it would where PySide6 is not installed.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

import pytest

BLOCKED = ("PySide6", "shiboken6", "pytestqt")


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.split(".", 1)[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked)", name=fullname)
        return None


if any(name.split(".", 1)[0] in BLOCKED for name in sys.modules):
    raise RuntimeError("Qt was imported before tests.without_qt could block it")
sys.meta_path.insert(0, _QtBlocker())


def pytest_addoption(parser: pytest.Parser) -> None:
    # pytest-qt's settings in pyproject.toml, known to --strict-config without pytest-qt.
    parser.addini("qt_api", "read by pytest-qt, not loaded here")
    parser.addini("qt_log_level_fail", "read by pytest-qt, not loaded here")
    parser.addini("qt_log_ignore", "read by pytest-qt, not loaded here", type="linelist")
