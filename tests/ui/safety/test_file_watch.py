"""Changes to the open file from outside (another editor, git, a second recapdesk): noticed
also across atomic-rename writes, offered as Reload or Keep mine, never overwritten silently;
recapdesk's own saves are not mistaken for them. Two recapdesks on one file are warned."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store import dumps, load
from recapdesk.ui.dialogs.dialogs import ExternalChoice
from recapdesk.ui.safety.file_watch import SETTLE_MS
from recapdesk.ui.window.main_window import MainWindow


def other_program_writes(path: Path, title: str, *, atomic: bool) -> None:
    project = load(path)
    project.article.title = title
    data = dumps(project).encode("utf-8")
    if atomic:  # as git, most editors and recapdesk itself do: a new file renamed over it
        temp = path.with_name(".other-editor.tmp")
        temp.write_bytes(data)
        temp.replace(path)
    else:
        path.write_bytes(data)


def wait_for_question(qtbot: QtBot, dialogs: ScriptedDialogs, count: int = 1) -> None:
    qtbot.waitUntil(lambda: dialogs.asked.count("external") >= count, timeout=5000)


@pytest.mark.parametrize("atomic", [False, True], ids=["in-place", "atomic-rename"])
def test_reload_shows_the_other_programs_version(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path, atomic: bool
) -> None:
    dialogs.external.append(ExternalChoice.RELOAD)
    other_program_writes(example_file, "From git pull", atomic=atomic)
    wait_for_question(qtbot, dialogs)
    assert window.document.project.article.title == "From git pull"
    assert not window.isWindowModified()
    assert window.document.path == example_file


def test_every_later_atomic_write_is_noticed_too(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    """The watch on the replaced file dies with it; it is set up again each time."""
    for number in range(1, 4):
        dialogs.external.append(ExternalChoice.RELOAD)
        other_program_writes(example_file, f"Pull {number}", atomic=True)
        wait_for_question(qtbot, dialogs, number)
        qtbot.waitUntil(lambda n=number: window.document.project.article.title == f"Pull {n}")


def test_keep_mine_keeps_the_edits_and_the_next_save_asks(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    window.document.set_field(("article", "title"), "My unsaved title")
    dialogs.external.append(ExternalChoice.KEEP)
    other_program_writes(example_file, "Their title", atomic=True)
    wait_for_question(qtbot, dialogs)
    assert window.document.project.article.title == "My unsaved title"
    assert window.isWindowModified()

    dialogs.overwrite.append(False)
    assert not window.files.save()
    assert load(example_file).article.title == "Their title"  # newer work not overwritten
    assert window.isWindowModified()

    dialogs.overwrite.append(True)
    assert window.files.save()
    assert load(example_file).article.title == "My unsaved title"
    assert dialogs.asked == ["external", "overwrite", "overwrite"]


def test_keep_mine_without_edits_still_marks_the_window_unsaved(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    """The window shows a version that is no longer on disk: closing asks to save it."""
    dialogs.external.append(ExternalChoice.KEEP)
    other_program_writes(example_file, "Theirs", atomic=False)
    wait_for_question(qtbot, dialogs)
    assert window.isWindowModified()


def test_a_change_missed_by_the_watcher_is_caught_at_save(
    window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    """No event loop turn between the outside write and the save: the save checks anyway."""
    window.document.set_field(("article", "title"), "Mine")
    other_program_writes(example_file, "Theirs", atomic=True)
    dialogs.overwrite.append(False)
    assert not window.files.save()
    assert load(example_file).article.title == "Theirs"


def test_own_saves_are_not_taken_for_outside_changes(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    for number in range(3):
        window.document.set_field(("article", "title"), f"Save {number}")
        assert window.files.save()
        qtbot.wait(SETTLE_MS * 2)
    assert dialogs.asked == []
    assert load(example_file).article.title == "Save 2"


def test_an_outside_write_of_a_broken_file_keeps_the_window_version(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    dialogs.external.append(ExternalChoice.RELOAD)
    example_file.write_text('schema = 1\n[article\ntitle = "half', encoding="utf-8")
    wait_for_question(qtbot, dialogs)
    assert dialogs.errors and "not valid TOML" in dialogs.errors[0]
    assert window.document.project.article.title == "kubernetes源码研习社 一期活动总结"
    assert window.isWindowModified()  # saving it (after a question) repairs the file


def test_a_deleted_file_marks_the_window_unsaved(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, example_file: Path
) -> None:
    example_file.unlink()
    qtbot.waitUntil(window.isWindowModified, timeout=5000)
    assert dialogs.asked == []
    assert window.files.save()  # written again, no question: nothing on disk to lose
    assert load(example_file).article.title == "kubernetes源码研习社 一期活动总结"


LOCK_HOLDER = """
import sys
from pathlib import Path
from recapdesk.ui.safety.project_lock import ProjectLock
lock = ProjectLock(Path(sys.argv[1]))
print("busy" if lock.acquire(Path(sys.argv[2])) else "held", flush=True)
sys.stdin.read()
"""


def test_a_second_recapdesk_on_the_same_file_is_warned(
    make_window: MakeWindow, example_file: Path, private_app_data: Path
) -> None:
    other = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(private_app_data / "locks"), str(example_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        dialogs = ScriptedDialogs()
        window = make_window(dialogs)
        assert window.files.open_file(example_file)  # opening is not refused
        [warning] = dialogs.warnings
        assert example_file.name in warning
        assert f"process {other.pid} on {socket.gethostname()}" in warning
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait(10)
        assert other.stdin is not None and other.stdout is not None
        other.stdin.close()
        other.stdout.close()

    # The other one was killed: its lock is stale, no warning any more.
    later = ScriptedDialogs()
    assert make_window(later).files.open_file(example_file)
    assert later.warnings == []


def test_two_windows_of_one_recapdesk_are_warned_once(
    make_window: MakeWindow, window: MainWindow, example_file: Path
) -> None:
    dialogs = ScriptedDialogs()
    second = make_window(dialogs)
    assert second.files.open_file(example_file)
    assert len(dialogs.warnings) == 1 and f"process {os.getpid()}" in dialogs.warnings[0]
    second.document.set_field(("article", "title"), "Saved from the second window")
    assert second.files.save()  # saving again does not repeat the warning
    assert len(dialogs.warnings) == 1


def test_closing_the_first_window_frees_the_file(
    make_window: MakeWindow, window: MainWindow, example_file: Path
) -> None:
    assert window.close()
    dialogs = ScriptedDialogs()
    assert make_window(dialogs).files.open_file(example_file)
    assert dialogs.warnings == []


def test_a_file_name_with_a_placeholder_is_shown_as_it_is(
    make_window: MakeWindow, example_file: Path
) -> None:
    # "a%2.recap.toml": the warning's own %2 is the other process; the name keeps its "%2".
    odd = example_file.with_name("a%2.recap.toml")
    example_file.rename(odd)
    assert make_window().files.open_file(odd)
    dialogs = ScriptedDialogs()
    assert make_window(dialogs).files.open_file(odd)
    [warning] = dialogs.warnings
    assert warning.startswith("“a%2.recap.toml” is also open in another recapdesk")
    assert f"process {os.getpid()}" in warning
