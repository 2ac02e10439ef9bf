"""Autosave and recovery in the real window: unsaved edits reach a recovery file within
seconds, a clean close or a save removes it, and after a crash (the window gone without a
clean close) the next start offers it and restores exactly the edited project."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, delete_window
from tests.ui.scripted import ScriptedDialogs

from recapdesk.model import Testimonial as Person
from recapdesk.store import load, save
from recapdesk.store.recovery import list_recovery, read_recovery
from recapdesk.ui.app import open_initial
from recapdesk.ui.dialogs.dialogs import UnsavedChoice
from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice
from recapdesk.ui.safety import autosave
from recapdesk.ui.window.main_window import MainWindow

FAST_MS = 50


def fast(window: MainWindow) -> MainWindow:
    """The same autosave, sooner: the tests need not wait the real three seconds."""
    window.autosave.idle_ms = FAST_MS
    return window


def edit_and_wait(qtbot: QtBot, window: MainWindow, title: str) -> Path:
    with qtbot.waitSignal(window.autosave.written, timeout=5000) as written:
        window.document.set_field(("article", "title"), title)
    path = written.args[0]
    assert isinstance(path, Path)
    return path


def recovery_files(window: MainWindow) -> list[Path]:
    return [info.path for info in list_recovery(window.autosave.folder)]


def test_an_edit_reaches_the_recovery_file_and_the_project_file_is_untouched(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    window = fast(make_window())
    window.files.open_file(example_file)
    before = example_file.read_bytes()
    path = edit_and_wait(qtbot, window, "今晚的新标题")
    info, project = read_recovery(path)
    assert project == window.document.project
    assert project.article.title == "今晚的新标题"
    assert info.original == example_file
    assert example_file.read_bytes() == before
    assert recovery_files(window) == [path]


def test_the_real_delay_is_a_few_seconds(make_window: MakeWindow) -> None:
    window = make_window()
    assert 1000 <= window.autosave.idle_ms <= 5000
    assert window.autosave.max_wait_ms == 30_000
    assert window.autosave.folder.name == "recovery"


def test_an_untitled_project_is_kept_too(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    window = fast(make_window())
    window.files.open_example()
    assert window.document.path is None
    path = edit_and_wait(qtbot, window, "Untitled draft")
    info, project = read_recovery(path)
    assert info.original is None
    assert project.article.title == "Untitled draft"


def test_typing_without_a_pause_is_still_saved_by_the_deadline(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    """While keystrokes keep coming the idle delay never passes; the deadline still writes."""
    window = make_window()
    window.files.open_file(example_file)
    window.show()
    window.autosave.idle_ms = 60_000
    window.autosave.max_wait_ms = 300
    title = window.findChild(QLineEdit, "article_title")
    assert title is not None
    written: list[Path] = []
    window.autosave.written.connect(written.append)
    title.end(False)
    for _ in range(40):  # about a second of typing, no pause longer than 20 ms
        qtbot.keyClicks(title, "x")
        qtbot.wait(20)
    assert written, "nothing was written while typing"
    _info, project = read_recovery(written[-1])
    assert project.article.title.startswith("kubernetes源码研习社 一期活动总结x")


def test_saving_removes_the_recovery_file(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    window = fast(make_window())
    window.files.open_file(example_file)
    path = edit_and_wait(qtbot, window, "Saved")
    assert window.files.save()
    assert not path.exists()
    assert load(example_file).article.title == "Saved"
    qtbot.wait(FAST_MS * 3)
    assert recovery_files(window) == []


def test_undo_back_to_the_saved_state_removes_it(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    window = fast(make_window())
    window.files.open_file(example_file)
    path = edit_and_wait(qtbot, window, "Undone")
    window.document.undo_stack.undo()
    assert not path.exists()


@pytest.mark.parametrize("answer", [UnsavedChoice.DISCARD, UnsavedChoice.SAVE])
def test_a_clean_close_removes_it(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path, answer: UnsavedChoice
) -> None:
    dialogs = ScriptedDialogs()
    window = fast(make_window(dialogs))
    window.files.open_file(example_file)
    window.show()
    path = edit_and_wait(qtbot, window, "Closing")
    dialogs.unsaved.append(answer)
    assert window.close()
    assert not path.exists()
    assert recovery_files(window) == []


def test_cancelled_close_keeps_it(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    dialogs = ScriptedDialogs()
    window = fast(make_window(dialogs))
    window.files.open_file(example_file)
    window.show()
    path = edit_and_wait(qtbot, window, "Still here")
    dialogs.unsaved.append(UnsavedChoice.CANCEL)
    assert not window.close()
    assert path.exists()


def crash(qtbot: QtBot, window: MainWindow) -> None:
    """The window is gone without a clean close, as when the process is killed."""
    delete_window(qtbot, window)


def test_after_a_crash_the_next_start_restores_the_edits_exactly(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    first = fast(make_window())
    first.files.open_file(example_file)
    on_disk = example_file.read_bytes()
    document = first.document
    document.set_field(("article", "title"), "一期活动总结（终稿）")
    document.set_field(("testimonials", "people", 2, "body"), "新的感言\n\n- 第一条\n- 第二条")
    document.set_field(("groups", 0, "people", 0, "name"), "A|B <x>")
    with qtbot.waitSignal(first.autosave.written, timeout=5000):
        pass
    edited = document.project.model_copy(deep=True)
    folder = first.autosave.folder
    crash(qtbot, first)
    assert len(list_recovery(folder)) == 1  # a crash leaves it behind

    dialogs = ScriptedDialogs()
    dialogs.recovery.append(RecoveryChoice.RESTORE)
    second = make_window(dialogs)
    open_initial(second, None, lambda: pytest.fail("only one project to restore"))
    assert dialogs.asked[0] == "recovery"
    [offer] = dialogs.offered
    assert offer.title == "一期活动总结（终稿）"
    assert offer.original == example_file
    assert second.document.project == edited
    assert second.document.path == example_file
    assert second.isWindowModified()  # not saved until the user saves
    assert "start" not in dialogs.asked  # the restored project is what the window shows
    assert example_file.read_bytes() == on_disk
    # The window's own recovery file now keeps the restored state; the old one is gone.
    assert recovery_files(second) == [second.autosave.path]
    assert read_recovery(second.autosave.path)[1] == edited
    assert second.files.save()
    assert load(example_file) == edited
    assert recovery_files(second) == []


def left_by_a_crash(qtbot: QtBot, make_window: MakeWindow, project: Path, title: str) -> None:
    window = fast(make_window())
    window.files.open_file(project)
    edit_and_wait(qtbot, window, title)
    crash(qtbot, window)


def test_keep_for_later_offers_it_again_and_discard_removes_it(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    left_by_a_crash(qtbot, make_window, example_file, "Kept for later")
    dialogs = ScriptedDialogs()
    dialogs.recovery.append(RecoveryChoice.KEEP)
    window = make_window(dialogs)
    open_initial(window, example_file, lambda: pytest.fail("nothing restored"))
    assert window.document.path == example_file  # the file given, as if nothing happened
    assert not window.isWindowModified()
    assert len(list_recovery(window.autosave.folder)) == 1

    dialogs.recovery.append(RecoveryChoice.DISCARD)
    again = make_window(dialogs)
    open_initial(again, example_file, lambda: pytest.fail("nothing restored"))
    assert [info.title for info in dialogs.offered] == ["Kept for later", "Kept for later"]
    assert list_recovery(window.autosave.folder) == []


def test_a_live_window_is_not_offered_to_a_second_start(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    running = fast(make_window())
    running.files.open_file(example_file)
    edit_and_wait(qtbot, running, "Still being edited")
    dialogs = ScriptedDialogs()
    second = make_window(dialogs)
    open_initial(second, None, lambda: pytest.fail("nothing restored"))
    assert "recovery" not in dialogs.asked
    assert running.autosave.path.exists()


def test_two_crashed_windows_restore_into_two_windows(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "phase2.recap.toml"
    other.write_bytes(example_file.read_bytes())
    left_by_a_crash(qtbot, make_window, example_file, "Phase one, edited")
    left_by_a_crash(qtbot, make_window, other, "Phase two, edited")
    dialogs = ScriptedDialogs()
    dialogs.recovery += [RecoveryChoice.RESTORE, RecoveryChoice.RESTORE]
    first = make_window(dialogs)
    extra: list[MainWindow] = []

    def new_window() -> MainWindow:
        extra.append(make_window(dialogs))
        return extra[-1]

    open_initial(first, None, new_window)
    assert len(extra) == 1
    shown = {
        (w.document.path, w.document.project.article.title, w.isWindowModified())
        for w in (first, extra[0])
    }
    assert shown == {
        (example_file, "Phase one, edited", True),
        (other, "Phase two, edited", True),
    }


def test_a_file_given_on_the_command_line_opens_beside_restored_work(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "phase2.recap.toml"
    other.write_bytes(example_file.read_bytes())
    left_by_a_crash(qtbot, make_window, example_file, "Restored")
    dialogs = ScriptedDialogs()
    dialogs.recovery.append(RecoveryChoice.RESTORE)
    first = make_window(dialogs)
    extra: list[MainWindow] = []

    def new_window() -> MainWindow:
        extra.append(make_window(dialogs))
        return extra[-1]

    open_initial(first, other, new_window)
    assert first.document.project.article.title == "Restored"
    assert [w.document.path for w in extra] == [other]


def test_restoring_over_a_file_changed_since_asks_before_overwriting(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    left_by_a_crash(qtbot, make_window, example_file, "Mine")
    newer = load(example_file)
    newer.article.title = "Written by someone else after the crash"
    save(newer, example_file)
    dialogs = ScriptedDialogs()
    dialogs.recovery.append(RecoveryChoice.RESTORE)
    window = make_window(dialogs)
    open_initial(window, None, lambda: pytest.fail("one project"))
    dialogs.overwrite.append(False)
    assert not window.files.save()
    assert load(example_file).article.title == "Written by someone else after the crash"
    dialogs.overwrite.append(True)
    assert window.files.save()
    assert load(example_file).article.title == "Mine"


def test_a_failed_autosave_is_reported_and_retried(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fast(make_window())
    window.files.open_file(example_file)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with qtbot.waitSignal(window.autosave.failed, timeout=5000):
        window.document.set_field(("article", "title"), "Disk full")
    assert "No space left on device" in window.statusBar().currentMessage()
    assert window.document.project.article.title == "Disk full"
    assert window.isWindowModified()
    monkeypatch.undo()
    path = edit_and_wait(qtbot, window, "Disk full, then freed")
    assert read_recovery(path)[1].article.title == "Disk full, then freed"


def test_a_large_project_is_written_whole_and_names_the_windows_process(
    qtbot: QtBot, make_window: MakeWindow, example_file: Path
) -> None:
    """The recovery text is made in a helper process; what it writes is still this window's
    project, exactly, under this window's process id."""
    window = fast(make_window())
    window.files.open_file(example_file)
    people = [
        Person(name=f"学员{i}", body=f"第 {i} 位的话 \"引号\" 与 '单引号'\n\n- 列表\n" * 4)
        for i in range(300)
    ]
    window.document.set_list(("testimonials", "people"), people)
    assert len(window.document.project.model_dump_json()) > autosave.INLINE_BELOW
    path = edit_and_wait(qtbot, window, "大项目")
    info, project = read_recovery(path)
    assert project == window.document.project
    assert info.pid == os.getpid()
    assert info.original == example_file


def test_a_project_opened_by_a_relative_path_is_kept_by_its_absolute_path(
    make_window: MakeWindow, example_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `make run` opens src/recapdesk/resources/examples/...: the next start may be elsewhere.
    monkeypatch.chdir(example_file.parent)
    window = make_window()
    assert window.files.open_file(Path(example_file.name))
    assert window.document.path == example_file
    window.document.set_field(("article", "title"), "相对路径")
    written = window.autosave.write_now()
    assert written is not None
    info, _project = read_recovery(written)
    assert info.original == example_file
