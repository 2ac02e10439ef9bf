"""Edit > Preferences…: a dialog generated from the settings model, kept in QSettings across
restarts, and handed to the window (autosave, preview width, 中 A, new projects' theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow, delete_window
from tests.ui.languages import (
    Speak,
)
from tests.ui.scripted import ScriptedDialogs

from recapdesk.settings import Settings, setting_fields, storage_key
from recapdesk.ui.dialogs.preferences import (
    PreferencesDialog,
    load_settings,
    save_settings,
)
from recapdesk.ui.window.main_window import MainWindow

CHANGED = Settings(
    ui_language="zh_CN",
    autosave_interval=90,
    default_theme="classic",
    preview_width="desktop",
    pangu_spacing=False,
    link_footnotes=False,
)


class PreferenceDialogs(ScriptedDialogs):
    def __init__(self, answer: Settings | None) -> None:
        super().__init__()
        self.answer = answer
        self.shown: list[Settings] = []

    def edit_preferences(self, settings: Settings) -> Settings | None:
        self.shown.append(settings)
        return self.answer


def test_the_dialog_has_one_editor_per_setting_in_its_group(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    kinds = {name: type(editor) for name, editor in dialog.editors.items()}
    assert kinds == {
        "ui_language": QComboBox,
        "autosave_interval": QSpinBox,
        "default_theme": QComboBox,
        "preview_width": QComboBox,
        "pangu_spacing": QCheckBox,
        "link_footnotes": QCheckBox,
    }
    for name, _field, setting in setting_fields():
        group = dialog.findChild(QGroupBox, f"preferences_{setting.group.value}")
        assert group is not None and group.isAncestorOf(dialog.editors[name]), name
    themes = dialog.editors["default_theme"]
    assert isinstance(themes, QComboBox)
    assert [themes.itemData(i) for i in range(themes.count())] == [
        "classic",
        "cloud-native",
        "default",
    ]
    spin = dialog.editors["autosave_interval"]
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.suffix()) == (5, 600, " seconds")


def test_the_dialog_shows_edits_and_restores_the_defaults(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(CHANGED)
    qtbot.addWidget(dialog)
    assert dialog.settings() == CHANGED
    spin = dialog.editors["autosave_interval"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(45)
    assert dialog.settings().autosave_interval == 45
    defaults = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    defaults.click()
    assert dialog.settings() == Settings()


def test_the_focused_setting_is_explained(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    description = dialog.findChild(QLabel, "preferencesDescription")
    assert description is not None
    assert "next start of recapdesk" in description.text()  # the language: needs a restart
    dialog.activateWindow()
    dialog.editors["link_footnotes"].setFocus()
    qtbot.waitUntil(lambda: "[n] marker" in description.text())


def test_the_dialog_speaks_chinese(speak: Speak, qtbot: QtBot) -> None:
    speak("zh_CN")
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"界面语言(&I)：", "自动保存间隔不超过(&A)：", "主题(&T)："} <= labels
    language = dialog.editors["ui_language"]
    assert isinstance(language, QComboBox)
    assert [language.itemText(i) for i in range(3)] == ["跟随系统", "简体中文", "English"]
    spin = dialog.editors["autosave_interval"]
    assert isinstance(spin, QSpinBox) and spin.suffix() == " 秒"


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


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({"autosave_interval": "2"}, Settings()),  # below the limit
        ({"default_theme": "gone"}, Settings()),  # a theme that was removed
        ({"ui_language": "fr"}, Settings()),
        (
            {"autosave_interval": "45", "default_theme": "gone", "pangu_spacing": "false"},
            Settings(autosave_interval=45, pangu_spacing=False),
        ),
    ],
)
def test_an_invalid_stored_value_gives_way_to_its_default_alone(
    tmp_path: Path, stored: dict[str, str], expected: Settings
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for name, value in stored.items():
        settings.setValue(storage_key(name), value)
    assert load_settings(settings) == expected


def test_saved_settings_read_back_the_same(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    save_settings(QSettings(path, QSettings.Format.IniFormat), CHANGED)
    assert load_settings(QSettings(path, QSettings.Format.IniFormat)) == CHANGED


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
