"""File > Import Rows… and File > Import Markdown…: the window's side of the importers.

Import Rows is one undo step on the open project; Import Markdown opens the article as a new,
untitled project, after showing what the import found and only if the user agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from recapdesk.compose.words import GROUP_HEADINGS
from recapdesk.model import GROUP_PREFIX, HONOREES_ID
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.window.form_tabs import FormTab, FormTabs

# The importers (spreadsheets, Markdown recaps) and the rows dialog load with the first
# import: not at start.
if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.dialogs.import_rows_dialog import Destination
    from recapdesk.ui.document import ProjectDocument

MAX_ARTICLE_BYTES = 4 * 1024 * 1024


def _rows(count: int) -> str:
    return translate("", "1 row") if count == 1 else fill(translate("", "%1 rows"), count)


def _pictures(count: int) -> str:
    if count == 1:
        return translate("", "1 picture copied into the project")
    return fill(translate("", "%1 pictures copied into the project"), count)


class ImportCommands:
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        tabs: FormTabs,
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

    def _destinations(self) -> list[Destination]:
        """Every recognition group, by the heading the article gives it, with the fields of
        the columns it shows; then the testimonials."""
        from recapdesk.importers.mapping import Target, group_fields, target_of_group
        from recapdesk.ui.dialogs.import_rows_dialog import Destination

        project = self._document.project
        defaults = GROUP_HEADINGS[project.article.language]
        found = [
            Destination(
                target_of_group(group.id),
                group.heading.strip() or defaults.get(group.id, defaults[""]),
                len(group.people),
                group.id,
                group_fields(group),
            )
            for group in project.groups
        ]
        testimonials = len(project.testimonials.people)
        found.append(Destination(Target.TESTIMONIALS, translate("", "Testimonials"), testimonials))
        return found

    def _current(self, destinations: list[Destination]) -> str:
        """Where rows go unless the user says otherwise: the testimonials from their tab, the
        group selected in the Recognition tab, else the honorees (or the first group)."""
        from recapdesk.ui.dialogs.import_rows_dialog import TESTIMONIALS

        widget = self._tabs.current()
        if "testimonials" in getattr(widget, "section_keys", ()):
            return TESTIMONIALS
        selected = getattr(widget, "section_key_for_selection", None)
        key = selected() if selected else ""
        if key.startswith(GROUP_PREFIX):
            return key.removeprefix(GROUP_PREFIX)
        keys = [destination.key for destination in destinations]
        return HONOREES_ID if HONOREES_ID in keys else keys[0]

    def _select_group(self, group_id: str) -> None:
        """Show the group the rows went into in the Recognition tab."""
        from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab

        tab = self._tabs.tab(FormTab.RECOGNITION)
        if isinstance(tab, RecognitionTab):
            tab.select_group(group_id)

    def _show_tab_of(self, key: str) -> None:
        index = self._tabs.index_of_key(key)
        if index is not None:
            self._tabs.show(index)

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
        destinations = self._destinations()
        choice = self._dialogs.map_rows(sheet, path.name, destinations, self._current(destinations))
        if choice is None:
            return False
        group = choice.group_id
        made = make_records(sheet, choice.mapping, choice.target)
        items = merged(
            document.project, choice.target, made.records, replace=choice.replace, group_id=group
        )
        text = fill(translate("", "Import %1"), _rows(len(made.records)))
        document.set_list(list_path(document.project, choice.target, group), items, text)
        if group is not None:
            self._select_group(group)
        self._show_tab_of("testimonials" if choice.target is Target.TESTIMONIALS else "groups")
        message = fill(translate("", "Imported %1 from %2"), _rows(len(made.records)), path.name)
        self._show_status(message)
        return True

    def import_markdown(self, path: Path | None = None) -> bool:
        """Ask for a Markdown recap, show what it holds, and open it as a new project."""
        from recapdesk.importers import markdown_recap
        from recapdesk.importers.pictures import bring_pictures
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
        summary = report.summary().translated(translate)
        details = [line.translated(translate) for line in report.details()]
        if not self._dialogs.confirm_import(path.name, summary, details):
            return False
        if not self._maybe_save():
            return False
        # The pictures beside the article go into the untitled project's staging folder, and
        # from there beside the file it is first saved as (as the CLI's import does).
        brought = bring_pictures(result.project, path.parent, self._document.staging_folder())
        self._document.replace_project(result.project, None)
        message = fill(translate("", "Imported %1: %2"), path.name, summary)
        if brought:
            message = f"{message}; {_pictures(len(brought))}"
        self._show_status(message)
        return True
