"""Edit > Preferences…: kept in QSettings across restarts and handed to every open window
(autosave, preview width, 中 A, the WeChat copy's footnotes, new projects' theme)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, delete_window
from tests.ui.scripted import CHANGED, PreferenceDialogs, ScriptedDialogs

from recapdesk.settings import Settings, storage_key
from recapdesk.ui.dialogs.preferences import load_settings
from recapdesk.ui.window.main_window import MainWindow


def test_preferences_is_in_the_edit_menu_with_the_platform_shortcut(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    action = window.window_actions.preferences
    edit_menu = window.findChild(QMenu, "editMenu")
    assert edit_menu is not None and action in edit_menu.actions()
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)


def test_preferences_survive_a_restart(
    qtbot: QtBot, tmp_path: Path, private_app_data: Path
) -> None:
    ini = tmp_path / "restart" / "settings.ini"

    def start(dialogs: ScriptedDialogs) -> MainWindow:
        settings = QSettings(str(ini), QSettings.Format.IniFormat)
        return MainWindow(settings, dialogs=dialogs, data=private_app_data)

    first = start(PreferenceDialogs(CHANGED))
    assert first.preferences.edit()
    first.close()
    delete_window(qtbot, first)
    assert not shiboken6.isValid(first)

    again = start(PreferenceDialogs(None))
    try:
        assert load_settings(again.settings) == CHANGED
        # What the user notices after the restart:
        assert again.autosave.max_wait_ms == 90_000
        assert again.preview.toolbar.desktop.isChecked()
        assert not again.preview.toolbar.pangu.isChecked()
        again.files.new_project()
        assert again.document.project.article.theme == "classic"
    finally:
        again.close()
        delete_window(qtbot, again)


def test_new_preferences_reach_the_open_window(make_window: MakeWindow) -> None:
    window = make_window(PreferenceDialogs(CHANGED))
    assert window.preview.toolbar.phone.isChecked() and window.preview.toolbar.pangu.isChecked()
    assert window.preferences.edit()
    assert window.preview.toolbar.desktop.isChecked()
    assert not window.preview.toolbar.pangu.isChecked()
    assert window.autosave.max_wait_ms == 90_000
    assert window.autosave.idle_ms <= window.autosave.max_wait_ms
    assert "next time recapdesk starts" in window.statusBar().currentMessage()


def test_only_changed_preferences_replace_the_windows_own_choices(
    make_window: MakeWindow,
) -> None:
    window = make_window(PreferenceDialogs(Settings(autosave_interval=60)))
    window.preview.toolbar.desktop.setChecked(True)  # chosen in this window
    assert window.preferences.edit()
    assert window.preview.toolbar.desktop.isChecked()  # the width preference did not change
    assert window.autosave.max_wait_ms == 60_000


def test_cancel_changes_nothing(make_window: MakeWindow) -> None:
    dialogs = PreferenceDialogs(None)
    window = make_window(dialogs)
    assert not window.preferences.edit()
    assert dialogs.shown == [Settings()]
    assert not window.settings.contains(storage_key("autosave_interval"))


def test_the_link_footnote_preference_reaches_the_wechat_copy(make_window: MakeWindow) -> None:
    window = make_window(PreferenceDialogs(Settings(link_footnotes=False)))
    window.files.open_example()
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None and "引用链接" in mime.html() and "[1]" in mime.html()
    assert window.preferences.edit()
    window.outputs.copy_for_wechat()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert "引用链接" not in mime.html() and "[1]" not in mime.html()
    assert "第一期活动" in mime.html()  # the link's text stays
