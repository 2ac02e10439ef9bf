"""The user's preferences: one definition per setting (type, default, limits, label, group),
without Qt.

The Preferences dialog (ui/dialogs/preferences.py) is generated from :class:`Settings`, and
the values are stored in QSettings under ``preferences/<field name>``; nothing else spells a
setting out.
Labels, tips and choice names are English source text marked for translation in the
``Settings`` context: the dialog shows them in the UI language.

A stored value that is no longer valid (a theme that was removed, a number out of range, a value
written by a newer recapdesk) is ignored and the default used, one setting at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic.fields import FieldInfo

from recapdesk.i18n import EN, QT_TRANSLATE_NOOP, SYSTEM, ZH_CN
from recapdesk.render.themes import DEFAULT_THEME, theme_names

CONTEXT = "Settings"
KEY_PREFIX = "preferences/"
PHONE, DESKTOP = "phone", "desktop"

Choices = Callable[[], list[tuple[str, str]]]


class Group(StrEnum):
    """The boxes of the Preferences dialog, in the order shown."""

    GENERAL = "general"
    NEW_PROJECTS = "new_projects"
    PREVIEW = "preview"
    WECHAT = "wechat"


GROUP_TITLES: dict[Group, str] = {
    Group.GENERAL: QT_TRANSLATE_NOOP("Settings", "General"),
    Group.NEW_PROJECTS: QT_TRANSLATE_NOOP("Settings", "New projects"),
    Group.PREVIEW: QT_TRANSLATE_NOOP("Settings", "Preview"),
    Group.WECHAT: QT_TRANSLATE_NOOP("Settings", "Copy for WeChat"),
}


@dataclass(frozen=True)
class Setting:
    """What the Preferences dialog needs to show one setting (the field's annotation)."""

    group: Group
    label: str
    tip: str = ""
    suffix: str = ""  # after a number: " seconds"
    choices: Choices | None = None  # (value, label) pairs; the value must be one of them
    restart: bool = False  # takes effect the next time recapdesk starts


def language_choices() -> list[tuple[str, str]]:
    # Language names as their speakers write them, whatever the UI language (as in the
    # Article tab), so a user who landed in the wrong language finds their own.
    return [
        (SYSTEM, QT_TRANSLATE_NOOP("Settings", "Same as the system")),
        (ZH_CN, "简体中文"),
        (EN, "English"),
    ]


THEME_TITLES = {
    "default": QT_TRANSLATE_NOOP("Settings", "Default"),
    "cloud-native": QT_TRANSLATE_NOOP("Settings", "Cloud native"),
    "classic": QT_TRANSLATE_NOOP("Settings", "Classic"),
}


def theme_choices() -> list[tuple[str, str]]:
    return [
        (name, THEME_TITLES.get(name, name.replace("-", " ").capitalize()))
        for name in theme_names()
    ]


def width_choices() -> list[tuple[str, str]]:
    return [
        (PHONE, QT_TRANSLATE_NOOP("Settings", "Phone (375 px)")),
        (DESKTOP, QT_TRANSLATE_NOOP("Settings", "Desktop (677 px, WeChat's desktop column)")),
    ]


class Settings(BaseModel):
    model_config = ConfigDict(validate_assignment=True, extra="ignore")

    ui_language: Annotated[
        str,
        Setting(
            Group.GENERAL,
            QT_TRANSLATE_NOOP("Settings", "&Interface language:"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "The language of menus and dialogs. The article's language is set per "
                "project, in the Article tab.",
            ),
            choices=language_choices,
            restart=True,
        ),
    ] = SYSTEM
    autosave_interval: Annotated[
        int,
        Field(ge=5, le=600),
        Setting(
            Group.GENERAL,
            QT_TRANSLATE_NOOP("Settings", "&Autosave at least every:"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "While you keep typing, unsaved changes go to the recovery file at least this "
                "often; after a pause of a few seconds they go there anyway.",
            ),
            suffix=QT_TRANSLATE_NOOP("Settings", " seconds"),
        ),
    ] = 30
    default_theme: Annotated[
        str,
        Setting(
            Group.NEW_PROJECTS,
            QT_TRANSLATE_NOOP("Settings", "&Theme:"),
            QT_TRANSLATE_NOOP(
                "Settings", "The theme a new project starts with; each project keeps its own."
            ),
            choices=theme_choices,
        ),
    ] = DEFAULT_THEME
    preview_width: Annotated[
        str,
        Setting(
            Group.PREVIEW,
            QT_TRANSLATE_NOOP("Settings", "Preview &width:"),
            QT_TRANSLATE_NOOP("Settings", "The width a new window's preview starts with."),
            choices=width_choices,
        ),
    ] = PHONE
    pangu_spacing: Annotated[
        bool,
        Setting(
            Group.WECHAT,
            QT_TRANSLATE_NOOP("Settings", "&Space between Chinese and Latin letters or digits"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "Whether the 中 A button of the preview starts switched on. It applies to "
                "Chinese articles only.",
            ),
        ),
    ] = True
    link_footnotes: Annotated[
        bool,
        Setting(
            Group.WECHAT,
            QT_TRANSLATE_NOOP("Settings", "&Links as numbered references"),
            QT_TRANSLATE_NOOP(
                "Settings",
                "WeChat refuses links to other sites: each becomes its text and a [n] marker, "
                "and the addresses are listed at the end. Off: only the text is kept.",
            ),
        ),
    ] = True

    @model_validator(mode="after")
    def _one_of_the_choices(self) -> Settings:
        for name, _field, setting in setting_fields():
            if setting.choices is not None:
                value = getattr(self, name)
                allowed = [choice for choice, _label in setting.choices()]
                if value not in allowed:
                    raise ValueError(f"{name}: {value!r} is not one of {allowed}")
        return self


def setting_fields() -> Iterator[tuple[str, FieldInfo, Setting]]:
    """Every setting in the order it is defined (and shown): name, field, what to show."""
    for name, field in Settings.model_fields.items():
        setting = next(m for m in field.metadata if isinstance(m, Setting))
        yield name, field, setting


def storage_key(name: str) -> str:
    """Where the setting ``name`` is kept in QSettings."""
    return KEY_PREFIX + name


def settings_from(stored: Mapping[str, Any]) -> Settings:
    """Settings from stored values (by field name); a missing or invalid value gives way to
    its default, without affecting the others."""
    valid: dict[str, Any] = {}
    for name in Settings.model_fields:
        if name not in stored or stored[name] is None:
            continue
        try:
            Settings.model_validate({**valid, name: stored[name]})
        except ValidationError:
            continue
        valid[name] = stored[name]
    return Settings.model_validate(valid)


__all__ = [
    "GROUP_TITLES",
    "Group",
    "Setting",
    "Settings",
    "setting_fields",
    "settings_from",
    "storage_key",
]
