"""A save that fails (disk full, read-only folder, file locked) says why, leaves the old file
as it was, and keeps the edits: in the window, and in the recovery file, where autosave goes
on writing them."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store.recovery import read_recovery
from recapdesk.ui.window.main_window import MainWindow


def _disk_full(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    # The whole disk, the recovery folder's too (when it is on the same disk).
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)


def _read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    # The tests run as root, for whom chmod does not stop writes: the first write into the
    # project's folder (the temporary file) fails as it does in a read-only folder; the
    # recovery folder stays writable. The real chmod case is test_a_really_read_only_folder
    # below, for non-root runs.
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(kwargs.get("dir", "")) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def _file_locked(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    # Windows refuses to replace a file another program holds open (a sync client, an
    # editor); the rename fails after the new content was written to a temporary file.
    real_replace = Path.replace

    def replace(self: Path, target: str | os.PathLike[str]) -> Path:
        if Path(target).name.endswith(".recap.toml"):
            raise PermissionError(errno.EACCES, "The file is in use by another program")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)


NO_RECOVERY = "no recovery file could be written either"
IN_RECOVERY = "a copy is in the recovery file"
FAILURES: dict[str, tuple[Callable[[pytest.MonkeyPatch, Path], None], str, str]] = {
    "disk-full": (_disk_full, "No space left on device", NO_RECOVERY),
    "read-only-folder": (_read_only_folder, "Permission denied", IN_RECOVERY),
    "file-locked": (_file_locked, "in use by another program", IN_RECOVERY),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failed_save_says_why_and_loses_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: str,
) -> None:
    dialogs = ScriptedDialogs()
    window = make_window(dialogs)
    window.files.open_file(example_file)
    window.autosave.idle_ms = 50
    before = example_file.read_bytes()
    with qtbot.waitSignal(window.autosave.written, timeout=5000):
        window.document.set_field(("article", "title"), "An evening of testimonials")

    break_disk, reason, where = FAILURES[failure]
    with monkeypatch.context() as patch:
        break_disk(patch, example_file.parent)
        assert not window.files.save()
    [message] = dialogs.errors
    assert str(example_file) in message and reason in message
    assert "Your changes are still here" in message and where in message
    assert example_file.read_bytes() == before
    assert not list(example_file.parent.glob(".*.tmp"))  # no half-written file left behind
    backup = example_file.with_name(example_file.name + ".bak")
    assert not backup.exists() or backup.read_bytes() == before
    assert window.isWindowModified()
    assert window.document.project.article.title == "An evening of testimonials"
    assert read_recovery(window.autosave.path)[1].article.title == "An evening of testimonials"

    # Autosave goes on after the failure.
    with qtbot.waitSignal(window.autosave.written, timeout=5000):
        window.document.set_field(("article", "title"), "Still typing after the failure")
    assert read_recovery(window.autosave.path)[1].article.title == (
        "Still typing after the failure"
    )
    # And the next save, once the disk is fine again, works.
    assert window.files.save()
    assert not window.autosave.path.exists()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes into read-only folders; the monkeypatched case above stands in",
)
def test_a_really_read_only_folder(make_window: MakeWindow, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    dialogs = ScriptedDialogs()
    window: MainWindow = make_window(dialogs)
    window.files.open_example()
    dialogs.save_paths.append(folder / "x.recap.toml")
    folder.chmod(0o555)
    try:
        assert not window.files.save()
    finally:
        folder.chmod(0o755)
    assert "Permission denied" in dialogs.errors[0]
    assert list(folder.iterdir()) == []
