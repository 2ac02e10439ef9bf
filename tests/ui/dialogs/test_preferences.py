"""The Preferences dialog, generated from the settings model, and where its values are kept
(QSettings). How they reach the window: tests/ui/window/test_preference_commands.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from tests.ui.languages import (
    Speak,
)
from tests.ui.scripted import CHANGED

from recapdesk.settings import Settings, setting_fields, storage_key
from recapdesk.ui.dialogs.preferences import (
    PreferencesDialog,
    load_settings,
    save_settings,
)


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
