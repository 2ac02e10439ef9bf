"""An untitled project's pictures (its staging folder beside the recovery files): gone when
the window closes normally, kept after a crash while the recovery file is there, removed at a
later start once it is not, and never anything of the user's or of a running window's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.pictures_support import rotated_jpeg
from tests.ui.conftest import MakeWindow, delete_window
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store import load
from recapdesk.store.assets import AssetsFolder, staging_assets
from recapdesk.store.recovery import list_recovery
from recapdesk.ui.app import open_initial
from recapdesk.ui.dialogs.dialogs import UnsavedChoice
from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice
from recapdesk.ui.window.main_window import MainWindow

PHOTO = rotated_jpeg()
KILLED = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os._exit(0)  # as a kill: the lock stays
"""


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A photo of the user's, outside anything recapdesk makes."""
    path = tmp_path / "camera" / "group.jpg"
    path.parent.mkdir()
    path.write_bytes(PHOTO)
    return path


def with_a_picture(window: MainWindow, photo: Path) -> AssetsFolder:
    """``window``'s untitled project with ``photo`` added; its staging folder."""
    assert window.document.path is None
    window.pictures.add_files([photo])
    window.pictures.wait()
    staging = window.document.staging
    assert staging is not None and len(staging.files()) == 1
    return staging


def no_restart(*_args: object) -> MainWindow:
    pytest.fail("nothing is restored here")


def test_closing_without_saving_removes_the_untitled_projects_pictures_only(
    make_window: MakeWindow, photo: Path
) -> None:
    dialogs = ScriptedDialogs()
    window = make_window(dialogs)
    staging = with_a_picture(window, photo)
    recovery = staging.project_folder.parent
    dialogs.unsaved.append(UnsavedChoice.DISCARD)
    assert window.close()
    assert not staging.project_folder.exists()
    assert recovery.is_dir()  # the recovery folder itself stays
    assert photo.read_bytes() == PHOTO  # the user's own file is never touched


def test_a_saved_project_closing_keeps_its_pictures_and_a_new_one_stages_beside_recovery(
    make_window: MakeWindow, photo: Path, tmp_path: Path
) -> None:
    window = make_window()
    staging = with_a_picture(window, photo)
    target = tmp_path / "work" / "phase1.recap.toml"
    target.parent.mkdir()
    window.document.save_to(target)
    assert not staging.project_folder.exists()  # adopted by the save
    assert len(AssetsFolder(target).files()) == 1
    # File > New after the save: the window's staging folder again, not somewhere else.
    window.files.new_project()
    assert with_a_picture(window, photo) == staging
    window.document.undo_stack.setClean()
    assert window.close()
    assert not staging.project_folder.exists()
    assert len(AssetsFolder(target).files()) == 1  # the saved project's pictures stay
    assert load(target).photos.pictures[0].src.startswith("phase1.assets/")


def test_after_a_crash_a_staging_folder_goes_only_once_its_recovery_file_is_gone(
    qtbot: QtBot, make_window: MakeWindow, photo: Path
) -> None:
    # Crashed with unsaved work: its recovery file refers to the picture.
    unsaved = make_window()
    kept = with_a_picture(unsaved, photo)
    assert unsaved.autosave.write_now() is not None
    delete_window(qtbot, unsaved)  # gone without a clean close, as when killed
    # Crashed before any recovery file was written: nothing can refer to its picture.
    early = make_window()
    orphan = with_a_picture(early, photo)
    early.autosave.discard()
    delete_window(qtbot, early)
    # Still running, its picture added and not yet autosaved: its lock keeps it.
    running = make_window()
    live = with_a_picture(running, photo)
    # A folder of the user's that only looks like one, in the recovery folder.
    folder = kept.project_folder.parent
    lookalike = staging_assets(folder, "mine")
    lookalike.path.mkdir(parents=True)
    (lookalike.project_folder / "notes.txt").write_text("mine", encoding="utf-8")

    # A window killed before it wrote anything leaves its lock (taken as it starts).
    dead_lock = folder / "killed.recap-recovery.toml.lock"
    subprocess.run([sys.executable, "-c", KILLED, str(dead_lock)], check=True, timeout=60)
    assert dead_lock.exists()

    dialogs = ScriptedDialogs()
    dialogs.recovery.append(RecoveryChoice.KEEP)
    open_initial(make_window(dialogs), None, no_restart)
    assert dialogs.asked[0] == "recovery"
    assert len(kept.files()) == 1
    assert not orphan.project_folder.exists()
    assert len(live.files()) == 1
    assert not dead_lock.exists()  # a killed window's lock beside no recovery file
    assert Path(f"{running.autosave.path}.lock").exists()
    assert (lookalike.project_folder / "notes.txt").read_text(encoding="utf-8") == "mine"

    dialogs.recovery.append(RecoveryChoice.DISCARD)
    open_initial(make_window(dialogs), None, no_restart)
    assert list_recovery(folder) == []
    assert not kept.project_folder.exists()  # its recovery file went: the pictures go too
    assert len(live.files()) == 1
    assert photo.read_bytes() == PHOTO
