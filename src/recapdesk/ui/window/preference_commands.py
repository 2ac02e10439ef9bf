"""Edit > Preferences…: ask (dialogs/preferences.py), keep, and hand the new values to every
open window; and the one place that says which part of a window uses which setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from recapdesk.settings import PHONE, Settings
from recapdesk.ui.dialogs.preferences import load_settings, save_settings
from recapdesk.ui.i18n import translate

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.preview.preview_toolbar import PreviewToolbar
    from recapdesk.ui.safety.autosave import Autosaver


@runtime_checkable
class TakesPreferences(Protocol):
    """A window that follows the preferences (the main window)."""

    def apply_preferences(self, settings: Settings, before: Settings | None = None) -> None: ...


def apply_settings(
    autosave: Autosaver, toolbar: PreviewToolbar, settings: Settings, before: Settings | None
) -> None:
    """Hand the preferences to a window's parts: all of them (a new window), or those that
    changed since ``before`` (after the dialog), so a choice made in the window since it opened
    (the preview's width, the 中 A button) is only replaced by a new preference."""

    def changed(name: str) -> bool:
        return before is None or getattr(before, name) != getattr(settings, name)

    if changed("autosave_interval"):
        autosave.set_max_wait(settings.autosave_interval * 1000)
    if changed("preview_width"):
        toolbar.show_phone_width(settings.preview_width == PHONE)
    if changed("pangu_spacing"):
        toolbar.set_pangu_spacing(settings.pangu_spacing)


class PreferenceCommands:
    def __init__(
        self,
        window: QWidget,
        store: QSettings,
        dialogs: Dialogs,
        show_status: Callable[[str], None],
    ) -> None:
        self._window = window
        self._store = store
        self._dialogs = dialogs
        self._show_status = show_status

    def edit(self) -> bool:
        """Ask, keep, and apply to every open window, this one first. True if anything
        changed."""
        before = load_settings(self._store)
        after = self._dialogs.edit_preferences(before)
        if after is None or after == before:
            return False
        save_settings(self._store, after)
        others = [w for w in QApplication.topLevelWidgets() if w is not self._window]
        for each in [self._window, *others]:
            if isinstance(each, TakesPreferences):
                each.apply_preferences(after, before)
        if after.ui_language != before.ui_language:
            self._show_status(
                translate(
                    "Preferences", "The interface language changes the next time recapdesk starts."
                )
            )
        return True
