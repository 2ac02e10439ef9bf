"""Saving is atomic: a failure leaves the old file, byte for byte, and nothing else behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from recapdesk.store import ProjectFileError, dumps, load, save
from recapdesk.store.atomic import atomic_write
from tests.support import example_project


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """The example saved once, as the user's file."""
    path = tmp_path / "phase1.recap.toml"
    save(example_project(), path)
    return path


def test_save_keeps_the_previous_version_as_bak(saved: Path) -> None:
    previous = saved.read_bytes()
    project = load(saved)
    project.article.title = "二稿"
    save(project, saved)
    assert saved.with_name("phase1.recap.toml.bak").read_bytes() == previous
    assert load(saved).article.title == "二稿"
    assert _names(saved.parent) == ["phase1.recap.toml", "phase1.recap.toml.bak"]


def test_first_save_of_a_new_file_makes_no_bak(tmp_path: Path) -> None:
    path = tmp_path / "new.recap.toml"
    save(example_project(), path)
    assert _names(tmp_path) == ["new.recap.toml"]
    assert path.read_text(encoding="utf-8") == dumps(example_project())


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        path = tmp_path / "new.recap.toml"
        save(example_project(), path)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's owner-only 0600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_existing_file_keeps_its_permissions(saved: Path) -> None:
    saved.chmod(0o640)
    save(load(saved), saved)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert stat.S_IMODE(saved.with_name(saved.name + ".bak").stat().st_mode) == 0o640


def _changed(saved: Path) -> None:
    project = load(saved)
    project.article.title = "never written"
    save(project, saved)


def test_fsync_failure_leaves_the_file_untouched(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()
    names = _names(saved.parent)

    def failing_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ProjectFileError, match=r"cannot save: Input/output error"):
        _changed(saved)
    assert saved.read_bytes() == before
    assert _names(saved.parent) == names  # no temporary file left


@pytest.mark.parametrize("failing_call", [1, 2], ids=["replacing-bak", "replacing-file"])
def test_rename_failure_leaves_the_file_untouched(
    saved: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int
) -> None:
    """The save renames twice (backup, then file); either rename may fail."""
    before = saved.read_bytes()
    real_replace = Path.replace
    calls = 0

    def replace(self: Path, target: str | os.PathLike[str]) -> Path:
        nonlocal calls
        calls += 1
        if calls == failing_call:
            raise OSError(28, "No space left on device")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    with pytest.raises(ProjectFileError, match="No space left on device") as caught:
        _changed(saved)
    assert str(saved) in str(caught.value)
    assert saved.read_bytes() == before
    assert _names(saved.parent) == ["phase1.recap.toml", "phase1.recap.toml.bak"][:failing_call]
    if failing_call == 2:  # the backup made before the failure holds the same old content
        assert saved.with_name(saved.name + ".bak").read_bytes() == before


def test_write_failure_of_a_new_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ProjectFileError):
        save(example_project(), tmp_path / "new.recap.toml")
    assert _names(tmp_path) == []


def test_save_into_a_missing_folder_is_a_project_file_error(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "p.recap.toml"
    with pytest.raises(ProjectFileError) as caught:
        save(example_project(), path)
    assert str(caught.value).startswith(f"{path}: cannot save")


def test_atomic_write_replaces_the_content(tmp_path: Path) -> None:
    path = tmp_path / "out.html"
    path.write_bytes(b"old and longer than the new content")
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert _names(tmp_path) == ["out.html"]
