"""Fixtures for the window's tests: an open document on a copy of the bundled example."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recapdesk.resources import example_path
from recapdesk.ui.document import ProjectDocument

EXAMPLE = "k8s-source-study-phase1"


@pytest.fixture(autouse=True)
def private_app_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every window test gets its own application data and settings folders, so recovery
    files, project locks and settings never touch the real ones (QStandardPaths reads these
    variables at each call)."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home / "data" / "recapdesk" / "recapdesk"


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    """A writable copy of the bundled example project."""
    target = tmp_path / f"{EXAMPLE}.recap.toml"
    shutil.copyfile(example_path(EXAMPLE), target)
    return target


@pytest.fixture
def document(qapp: object, example_file: Path) -> ProjectDocument:
    """The example, opened (clean undo stack)."""
    doc = ProjectDocument()
    doc.open(example_file)
    return doc
