"""The settings model (Qt-free): one definition per setting, defaults, limits and choices."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from recapdesk.i18n import SYSTEM
from recapdesk.render.themes import DEFAULT_THEME, theme_names
from recapdesk.settings import GROUP_TITLES, Group, Settings, setting_fields, settings_from


def test_every_setting_has_a_label_a_group_and_a_default() -> None:
    names = []
    for name, field, setting in setting_fields():
        names.append(name)
        assert setting.label.strip(), name
        assert setting.group in GROUP_TITLES
        assert not field.is_required(), name
    assert names == [
        "ui_language",
        "autosave_interval",
        "default_theme",
        "preview_width",
        "pangu_spacing",
        "link_footnotes",
    ]
    assert {setting.group for _n, _f, setting in setting_fields()} == set(Group)


def test_the_defaults() -> None:
    defaults = Settings()
    assert defaults.ui_language == SYSTEM
    assert defaults.autosave_interval == 30
    assert defaults.default_theme == DEFAULT_THEME
    assert defaults.preview_width == "phone"
    assert defaults.pangu_spacing and defaults.link_footnotes


@pytest.mark.parametrize(
    "change",
    [
        {"autosave_interval": 4},
        {"autosave_interval": 601},
        {"default_theme": "no-such-theme"},
        {"ui_language": "fr"},
        {"preview_width": "tablet"},
    ],
)
def test_values_outside_the_limits_or_choices_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Settings.model_validate(change)


def test_the_theme_choices_are_the_bundled_themes() -> None:
    setting = {name: s for name, _f, s in setting_fields()}["default_theme"]
    assert setting.choices is not None
    assert [value for value, _label in setting.choices()] == theme_names()


def test_stored_text_is_read_as_the_settings_types() -> None:
    # QSettings' INI files give back every value as text.
    stored = {"autosave_interval": "45", "pangu_spacing": "false", "ui_language": "en"}
    assert settings_from(stored) == Settings(
        autosave_interval=45, pangu_spacing=False, ui_language="en"
    )


def test_the_model_never_imports_qt() -> None:
    code = (
        "import sys, recapdesk.settings, recapdesk.i18n\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
