"""File > Import Rows… and File > Import Markdown…: the window's side of the importers.

Import Rows is one undo step on the open project; Import Markdown opens the article as a new,
untitled project, after showing what the import found and only if the user agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from recapdesk.model import COMMITTEE_ID, GROUP_PREFIX, HONOREES_ID
from recapdesk.ui.i18n import fill, translate

# The importers (spreadsheets, Markdown recaps) load with the first import: not at start.
if TYPE_CHECKING:
    from recapdesk.importers.mapping import Target
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument

MAX_ARTICLE_BYTES = 4 * 1024 * 1024


def _rows(count: int) -> str:
    return translate("", "1 row") if count == 1 else fill(translate("", "%1 rows"), count)


class ImportCommands:
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        tabs: QTabWidget,
        maybe_save: Callable[[], bool],
        show_status: Callable[[str], None],
    ) -> None:
        """``tabs``: the form tabs, whose current one says where rows go by default and
        which shows them after; ``maybe_save`` asks before an import replaces the project."""
        self._document = document
        self._dialogs = dialogs
        self._tabs = tabs
        self._maybe_save = maybe_save
        self._show_status = show_status

    def _folder(self) -> str:
        return str(self._document.path.parent) if self._document.path else ""

    def _current_target(self) -> Target:
        from recapdesk.importers.mapping import Target

        keys = getattr(self._tabs.currentWidget(), "section_keys", ())
        if "testimonials" in keys:
            return Target.TESTIMONIALS
        selected = getattr(self._tabs.currentWidget(), "section_key_for_selection", None)
        return Target.COMMITTEE if selected and selected() == "group:committee" else Target.HONOREES

    def _selected_group(self) -> str | None:
        """The group selected in the Recognition tab, when it is the current tab and the
        group is neither of the two the dialog names (honorees, committee)."""
        selected = getattr(self._tabs.currentWidget(), "section_key_for_selection", None)
        key = selected() if selected else ""
        group_id = key.removeprefix(GROUP_PREFIX) if key.startswith(GROUP_PREFIX) else None
        return None if group_id in (HONOREES_ID, COMMITTEE_ID) else group_id

    def _show_tab_of(self, key: str) -> None:
        for index in range(self._tabs.count()):
            if key in getattr(self._tabs.widget(index), "section_keys", ()):
                self._tabs.setCurrentIndex(index)
                return

    def import_rows(self, path: Path | None = None) -> bool:
        """Ask for a spreadsheet and its mapping, then add its rows as one undo step."""
        from recapdesk.importers.mapping import Target, list_path
        from recapdesk.importers.rows import RowsError, make_records, merged, read_rows

        path = path or self._dialogs.import_rows_path(self._folder())
        if path is None:
            return False
        try:
            sheet = read_rows(path)
        except RowsError as error:
            self._dialogs.error(translate("", "Cannot import rows"), f"{path}: {error}")
            return False
        document = self._document
        # Rows for the honorees go into the group selected, when another one is.
        group = self._selected_group()
        honorees = list_path(document.project, Target.HONOREES, group)
        counts = {t: len(document.value(list_path(document.project, t))) for t in Target}
        counts[Target.HONOREES] = len(document.value(honorees))
        choice = self._dialogs.map_rows(sheet, path.name, counts, self._current_target())
        if choice is None:
            return False
        group = group if choice.target is Target.HONOREES else None
        made = make_records(sheet, choice.mapping, choice.target)
        items = merged(
            document.project, choice.target, made.records, replace=choice.replace, group_id=group
        )
        text = fill(translate("", "Import %1"), _rows(len(made.records)))
        document.set_list(list_path(document.project, choice.target, group), items, text)
        self._show_tab_of("testimonials" if choice.target is Target.TESTIMONIALS else "groups")
        message = fill(translate("", "Imported %1 from %2"), _rows(len(made.records)), path.name)
        self._show_status(message)
        return True

    def import_markdown(self, path: Path | None = None) -> bool:
        """Ask for a Markdown recap, show what it holds, and open it as a new project."""
        from recapdesk.importers import markdown_recap
        from recapdesk.importers.rows import RowsError, decode

        path = path or self._dialogs.import_markdown_path(self._folder())
        if path is None:
            return False
        title = translate("", "Cannot import the article")
        try:
            if path.stat().st_size > MAX_ARTICLE_BYTES:
                self._dialogs.error(
                    title, f"{path}: " + translate("", "too large for a recap article")
                )
                return False
            text, _ = decode(path.read_bytes())
        except RowsError as error:
            self._dialogs.error(title, f"{path}: {error}")
            return False
        except OSError as error:
            self._dialogs.error(title, f"{path}: {error.strerror or error}")
            return False
        result = markdown_recap.import_markdown(text)
        report = result.report
        if not self._dialogs.confirm_import(path.name, report.summary(), report.details()):
            return False
        if not self._maybe_save():
            return False
        self._document.replace_project(result.project, None)
        self._show_status(fill(translate("", "Imported %1: %2"), path.name, report.summary()))
        return True
