"""The window does not keep the source of every module it imports in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import recapdesk.ui  # noqa: F401 (stops the scan, as the app does)
from recapdesk.ui.pyside_sources import stop_source_scan


def test_a_module_imported_after_pyside_leaves_no_source_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "recap_plain_module.py"
    module.write_text("VALUE = 1\n" + "# a long comment line\n" * 2000, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    # An import statement: PySide6 watches builtins.__import__, not importlib.
    exec("import recap_plain_module", {})
    try:
        assert str(module) not in linecache.cache
    finally:
        sys.modules.pop("recap_plain_module", None)


def test_stopping_twice_is_harmless() -> None:
    assert stop_source_scan()
    assert stop_source_scan()
