"""Edit > Preferences…: the dialog generated from the settings model, and where the values are
kept (QSettings). How they reach the window: window/preference_commands.py.

:class:`PreferencesDialog` builds one editor per field of :class:`recapdesk.settings.Settings`,
in its groups and order: a choice box for a setting with choices, a check box for a switch, a
spin box for a number (its limits and unit from the model). Nothing here names a setting but
:func:`new_project` (the theme of new projects); the values are handed to the parts of the
window that use them by ``apply_settings`` in window/preference_commands.py.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, cast

from annotated_types import Ge, Le
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Project
from recapdesk.settings import (
    CONTEXT,
    GROUP_TITLES,
    Group,
    Setting,
    Settings,
    setting_fields,
    settings_from,
    storage_key,
)
from recapdesk.ui.dialogs.wechat_account import WeChatAccountBox
from recapdesk.ui.i18n import translate

RESTART_NOTE = QT_TRANSLATE_NOOP("Settings", "Used from the next start of recapdesk.")


# -- where the values are kept ---------------------------------------------------------------


def load_settings(store: QSettings) -> Settings:
    """The preferences kept in ``store`` (defaults for what is missing or no longer valid)."""
    stored = {
        name: store.value(storage_key(name))
        for name in Settings.model_fields
        if store.contains(storage_key(name))
    }
    return settings_from(stored)


def save_settings(store: QSettings, settings: Settings) -> None:
    for name in Settings.model_fields:
        store.setValue(storage_key(name), getattr(settings, name))
    store.sync()


# -- new projects ----------------------------------------------------------------------------


def new_project(store: QSettings) -> Project:
    """An empty project as the preferences say a new one starts (its theme)."""
    project = Project()
    project.article.theme = load_settings(store).default_theme
    return project


# -- the dialog ------------------------------------------------------------------------------


def _limits(field_metadata: list[Any]) -> tuple[int, int]:
    low, high = 0, 2**31 - 1
    for item in field_metadata:
        if isinstance(item, Ge):
            low = int(cast(int, item.ge))
        elif isinstance(item, Le):
            high = int(cast(int, item.le))
    return low, high


class PreferencesDialog(QDialog):
    """One editor per setting, in the model's groups and order; OK keeps, Cancel forgets,
    Restore Defaults shows the defaults (kept only with OK)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.editors: dict[str, QComboBox | QCheckBox | QSpinBox] = {}
        self.hints: dict[QWidget, str] = {}
        forms: dict[Group, QFormLayout] = {}
        layout = QVBoxLayout(self)
        for group in Group:
            box = QGroupBox(translate(CONTEXT, GROUP_TITLES[group]), self)
            box.setObjectName(f"preferences_{group.value}")
            forms[group] = QFormLayout(box)
            forms[group].setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.addWidget(box)
        chain: list[QWidget] = []
        for name, field, setting in setting_fields():
            editor = self._editor(name, field.metadata, setting)
            self.editors[name] = editor
            chain.append(editor)
            form = forms[setting.group]
            if isinstance(editor, QCheckBox):
                form.addRow(editor)
            else:
                label = QLabel(translate(CONTEXT, setting.label), self)
                label.setBuddy(editor)
                form.addRow(label, editor)
            self.hints[editor] = self._hint(setting)

        # Not a setting: the account lives in the system keyring, never in QSettings.
        self.account = WeChatAccountBox(self)
        layout.addWidget(self.account)

        # What the focused setting does, under the settings (one line each would make the
        # dialog taller than a laptop screen allows).
        self.description = QLabel(self)
        self.description.setObjectName("preferencesDescription")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.description)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.show_settings(Settings()))
        layout.addWidget(self.buttons)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.show_settings(settings)
        self.setMinimumWidth(480)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        first = chain[0]
        self.description.setText(self.hints[first])

    def accept(self) -> None:
        if self.account.apply():  # else it says why, and the dialog stays open
            super().accept()

    def _editor(
        self, name: str, metadata: list[Any], setting: Setting
    ) -> QComboBox | QCheckBox | QSpinBox:
        annotation = Settings.model_fields[name].annotation
        editor: QComboBox | QCheckBox | QSpinBox
        if setting.choices is not None:
            editor = QComboBox(self)
            for value, label in setting.choices():
                editor.addItem(translate(CONTEXT, label), value)
        elif annotation is bool:
            editor = QCheckBox(translate(CONTEXT, setting.label), self)
        elif annotation is int:
            editor = QSpinBox(self)
            editor.setRange(*_limits(metadata))
            editor.setSuffix(translate(CONTEXT, setting.suffix))
        else:  # pragma: no cover - a new kind of setting needs an editor here first
            raise TypeError(f"no editor for the setting {name!r} ({annotation})")
        editor.setObjectName(f"pref_{name}")
        editor.setAccessibleName(
            translate(CONTEXT, setting.label).replace("&", "").rstrip(":：").strip()
        )
        tip = self._hint(setting)
        editor.setToolTip(tip)
        editor.setAccessibleDescription(tip)
        return editor

    def _hint(self, setting: Setting) -> str:
        text = translate(CONTEXT, setting.tip)
        if setting.restart:
            text = f"{text}\n{translate(CONTEXT, RESTART_NOTE)}".strip()
        return text

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in self.hints:
            self.description.setText(self.hints[new])

    def show_settings(self, settings: Settings) -> None:
        for name, editor in self.editors.items():
            value = getattr(settings, name)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            else:
                editor.setValue(int(value))

    def settings(self) -> Settings:
        """The settings as the dialog shows them."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            else:
                values[name] = editor.value()
        return Settings.model_validate(values)


def ask_preferences(settings: Settings, parent: QWidget | None = None) -> Settings | None:
    """Show the dialog; the settings chosen, or None when cancelled."""
    dialog = PreferencesDialog(settings, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.settings() if accepted else None
