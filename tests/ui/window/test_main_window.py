"""The editor window: title and modified marker, unsaved-changes prompts, save, export,
clipboard, recent files. Dialogs are answered by a scripted Dialogs object."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from tests.ui.conftest import visit_every_tab

from recapdesk.model import Project
from recapdesk.store import load, save
from recapdesk.store.assets import AssetsFolder
from recapdesk.ui.dialogs.dialogs import Dialogs, StartChoice, UnsavedChoice
from recapdesk.ui.preview.preview import WORLD
from recapdesk.ui.window.main_window import MainWindow


class ScriptedDialogs(Dialogs):
    """Answers every question from lists the test fills; records what was asked."""

    def __init__(self) -> None:
        super().__init__(None)
        self.unsaved_answers: list[UnsavedChoice] = []
        self.save_paths: list[Path | None] = []
        self.open_paths: list[Path | None] = []
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.suggested: list[str] = []

    def ask_unsaved(self, name: str) -> UnsavedChoice:
        self.asked.append(name)
        return self.unsaved_answers.pop(0)

    def choose_start(self) -> StartChoice:
        return StartChoice.EXAMPLE

    def open_path(self, folder: str) -> Path | None:
        return self.open_paths.pop(0)

    def save_path(self, suggested: str, title: str, file_filter: str) -> Path | None:
        self.suggested.append(suggested)
        return self.save_paths.pop(0)

    def error(self, title: str, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, dialogs=dialogs)
    yield main
    main.document.undo_stack.setClean()  # no prompt while the window closes
    main.close()
    # The web page must be deleted before its profile, at the latest at application exit.
    destroyed: list[bool] = []
    main.destroyed.connect(lambda: destroyed.append(True))
    main.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed))


def test_title_shows_file_name_and_modified_marker(window: MainWindow, example_file: Path) -> None:
    assert window.files.open_file(example_file)
    assert window.windowTitle().startswith(example_file.name)
    assert not window.isWindowModified()
    window.document.set_field(("article", "title"), "Changed")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_marks_clean_and_writes_the_file(window: MainWindow, example_file: Path) -> None:
    window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "Saved title")
    window.window_actions.save.trigger()
    assert not window.isWindowModified()
    assert load(example_file).article.title == "Saved title"
    assert example_file.with_name(example_file.name + ".bak").exists()


def test_close_with_unsaved_changes_asks_and_cancel_keeps_window(
    qtbot: QtBot, window: MainWindow, example_file: Path, dialogs: ScriptedDialogs
) -> None:
    window.files.open_file(example_file)
    window.show()
    window.document.set_field(("article", "title"), "Unsaved")
    dialogs.unsaved_answers.append(UnsavedChoice.CANCEL)
    assert not window.close()
    assert dialogs.asked == [example_file.name]
    assert window.isVisible()
    assert window.document.project.article.title == "Unsaved"


def test_discard_then_open_another_project(
    window: MainWindow, example_file: Path, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "Unsaved")
    dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)
    window.files.new_project()
    assert window.document.path is None
    assert window.document.project.article.title == ""
    assert load(example_file).article.title != "Unsaved"


def test_save_answer_saves_before_new(
    window: MainWindow, example_file: Path, dialogs: ScriptedDialogs
) -> None:
    window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "Keep me")
    dialogs.unsaved_answers.append(UnsavedChoice.SAVE)
    window.files.new_project()
    assert load(example_file).article.title == "Keep me"


def test_untitled_save_asks_for_a_path_and_adds_suffix(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_example()
    assert window.document.path is None
    dialogs.save_paths.append(tmp_path / "mine")
    assert window.files.save()
    saved = tmp_path / "mine.recap.toml"
    assert saved.is_file()
    assert window.windowTitle().startswith("mine.recap.toml")


def test_the_example_opens_with_its_photo_and_its_first_save_keeps_it(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_example()
    document = window.document
    (photo,) = document.project.photos.pictures
    assert photo.src.startswith("untitled.assets/")  # copied into the staging folder
    folder = document.pictures_folder()
    assert folder is not None
    html = document.pipeline.wechat_html(pictures_from=folder)
    assert html.count('src="data:image/jpeg;base64,') == 1
    assert not window.isWindowModified()
    dialogs.save_paths.append(tmp_path / "mine.recap.toml")
    assert window.files.save()
    (name,) = AssetsFolder(tmp_path / "mine.recap.toml").files()
    assert load(tmp_path / "mine.recap.toml").photos.pictures[0].src == f"mine.assets/{name}"


def test_the_example_opened_over_a_saved_project_leaves_that_project_alone(
    window: MainWindow, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.recap.toml"
    save(Project(), mine)
    assert window.files.open_file(mine)
    window.files.open_example()
    assert not AssetsFolder(mine).path.exists()  # nothing copied beside the other project
    document = window.document
    folder = document.pictures_folder()
    assert folder is not None
    html = document.pipeline.wechat_html(pictures_from=folder)
    assert html.count('src="data:image/jpeg;base64,') == 1


def test_saving_a_new_project_suggests_its_title_in_the_folder_used_last(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_example()
    folder = tmp_path / "recaps"
    folder.mkdir()
    dialogs.save_paths.append(folder / "phase1.recap.toml")
    assert window.files.save()
    assert dialogs.suggested[0] == str(Path.home() / "kubernetes源码研习社 一期活动总结.recap.toml")
    window.files.new_project()
    window.document.set_field(("article", "title"), "二期总结: 第六章")
    dialogs.save_paths.append(None)
    assert not window.files.save()
    assert dialogs.suggested[1] == str(folder / "二期总结 第六章.recap.toml")


def test_redo_takes_ctrl_y_and_ctrl_shift_z(
    qtbot: QtBot, window: MainWindow, example_file: Path
) -> None:
    window.files.open_file(example_file)
    window.show()
    qtbot.waitExposed(window)
    keys = [key.toString() for key in window.window_actions.redo.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.tabs.tabBar()  # not a text field: those redo their own typing
    bar.setFocus()
    control = Qt.KeyboardModifier.ControlModifier
    for key, modifiers in (
        (Qt.Key.Key_Y, control),
        (Qt.Key.Key_Z, control | Qt.KeyboardModifier.ShiftModifier),
    ):
        window.document.set_field(("article", "title"), "One")
        window.document.undo_stack.undo()
        qtbot.keyClick(bar, key, modifiers)
        assert window.document.project.article.title == "One"


def test_open_broken_file_shows_error_and_keeps_project(
    window: MainWindow, example_file: Path, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_file(example_file)
    broken = tmp_path / "broken.recap.toml"
    broken.write_text("schema = 1\n[article\n", encoding="utf-8")
    assert not window.files.open_file(broken)
    assert dialogs.errors and "broken.recap.toml" in dialogs.errors[0]
    assert window.document.path == example_file
    assert broken.read_text(encoding="utf-8") == "schema = 1\n[article\n"


def test_failed_save_keeps_edits_and_old_file(
    window: MainWindow, example_file: Path, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "Edited")
    dialogs.save_paths.append(tmp_path / "no-such-folder" / "x.recap.toml")
    assert not window.files.save_as()
    assert dialogs.errors
    assert window.isWindowModified()
    assert window.document.project.article.title == "Edited"


def test_export_markdown_and_html(
    window: MainWindow, example_file: Path, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.files.open_file(example_file)
    dialogs.save_paths += [tmp_path / "a.md", tmp_path / "a.html"]
    window.window_actions.export_markdown.trigger()
    window.window_actions.export_html.trigger()
    markdown = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert markdown.startswith("# kubernetes源码研习社 一期活动总结")
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "姚沈结-爱立信-研习一期" in page


def test_copy_for_wechat_puts_html_and_text(window: MainWindow, example_file: Path) -> None:
    window.files.open_file(example_file)
    window.document.set_field(("groups", 0, "people", 0, "name"), "A|B <x>")
    window.window_actions.copy_wechat.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    html = mime.html()
    assert "<style" not in html and "class=" not in html and " id=" not in html
    assert "A|B &lt;x&gt;" in html
    assert "A|B <x>" in mime.text() and "<td" not in mime.text()
    assert "Copied for WeChat" in window.statusBar().currentMessage()


def test_copy_markdown(window: MainWindow, example_file: Path) -> None:
    window.files.open_file(example_file)
    window.window_actions.copy_markdown.trigger()
    assert QGuiApplication.clipboard().text().startswith("# kubernetes源码研习社")


def test_shortcuts(window: MainWindow) -> None:
    assert window.window_actions.copy_wechat.shortcut().toString() == "Ctrl+Shift+C"
    assert window.window_actions.copy_markdown.shortcut().toString() == "Ctrl+Shift+M"
    assert not window.window_actions.save.shortcut().isEmpty()
    assert not window.window_actions.undo.shortcut().isEmpty()


def test_recent_files_persist_and_drop_missing(
    qtbot: QtBot, window: MainWindow, example_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.recap.toml"
    other.write_bytes(example_file.read_bytes())
    window.files.open_file(example_file)
    window.files.open_file(other)
    assert window.recent.paths()[:2] == [other.resolve(), example_file.resolve()]
    other.unlink()
    assert window.recent.paths() == [example_file.resolve()]
    texts = [a.text() for a in window.window_actions.recent_menu.actions()]
    assert any(str(example_file.resolve()) in text for text in texts)


def test_undo_redo_through_actions(window: MainWindow, example_file: Path) -> None:
    window.files.open_file(example_file)
    window.document.set_field(("article", "title"), "One")
    window.window_actions.undo.trigger()
    assert window.document.project.article.title == "kubernetes源码研习社 一期活动总结"
    window.window_actions.redo.trigger()
    assert window.document.project.article.title == "One"


def test_every_action_and_input_has_names(window: MainWindow) -> None:
    visit_every_tab(window)
    for action in window.findChildren(type(window.window_actions.save)):
        if action.text() and not action.isSeparator() and action.menu() is None:
            assert action.objectName(), action.text()
    assert window.tabs.objectName() == "formTabs"
    assert window.preview.objectName() == "previewPane"
    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QAbstractItemView, QPushButton)
    unnamed = []
    for kind in inputs:
        for widget in window.findChildren(kind):
            if isinstance(widget, QHeaderView) or widget.window() is not window:
                continue  # a table's header, a combo box's popup: named through their owner
            text = widget.text() if isinstance(widget, QPushButton | QCheckBox) else ""
            if not widget.objectName() or not (widget.accessibleName() or text):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_dropping_a_project_file_opens_it(window: MainWindow, example_file: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(example_file))])
    position = QPointF(10, 10)
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.document.path == example_file


def test_typing_in_the_title_updates_the_preview(
    qtbot: QtBot, window: MainWindow, example_file: Path
) -> None:
    window.files.open_file(example_file)
    window.show()
    with qtbot.waitSignal(window.preview.rendered, timeout=20000):
        window.preview.start()
    title = window.findChild(QLineEdit, "article_title")
    assert title is not None
    title.end(False)
    qtbot.keyClicks(title, "!!")
    qtbot.waitUntil(lambda: not window.preview._throttle.busy)

    def heading() -> str:
        results: list[str] = []
        window.preview.page.runJavaScript(
            "document.querySelector('h1').textContent", WORLD, results.append
        )
        qtbot.waitUntil(lambda: bool(results))
        return results[0]

    qtbot.waitUntil(lambda: heading() == "kubernetes源码研习社 一期活动总结!!")
    window.window_actions.undo.trigger()  # the two keystrokes are one step
    qtbot.waitUntil(lambda: heading() == "kubernetes源码研习社 一期活动总结")
    assert title.text() == "kubernetes源码研习社 一期活动总结"


def test_after_a_file_dialog_the_focus_is_back_in_the_field(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, dialogs=Dialogs(None))
    main.dialogs.parent = main
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.focus_title()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    title = QApplication.focusWidget()

    def dialog(*_args: object) -> tuple[str, str]:
        # As a real dialog does: it takes the focus, and the user cancels it.
        box = QLineEdit()
        box.show()
        box.activateWindow()
        box.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
        box.close()
        box.deleteLater()
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    for ask in (lambda: main.dialogs.save_path("x", "t", "*"), lambda: main.dialogs.open_path("")):
        assert ask() is None
        qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    main.document.undo_stack.setClean()
