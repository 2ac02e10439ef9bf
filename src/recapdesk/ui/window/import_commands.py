"""File > Import Rows… and File > Import Markdown…: the window's side of the importers.

Import Rows is one undo step on the open project; Import Markdown opens the article as a new,
untitled project, after showing what the import found and only if the user agrees.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from recapdesk.importers.mapping import LIST_PATHS, Target
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.importers.rows import RowsError, decode, make_records, merged, read_rows
from recapdesk.ui.i18n import fill, translate

if TYPE_CHECKING:
    from recapdesk.ui.window.main_window import MainWindow

MAX_ARTICLE_BYTES = 4 * 1024 * 1024


def _rows(count: int) -> str:
    return translate("", "1 row") if count == 1 else fill(translate("", "%1 rows"), count)


def _folder(window: MainWindow) -> str:
    return str(window.document.path.parent) if window.document.path else ""


def _current_target(window: MainWindow) -> Target:
    keys = getattr(window.tabs.currentWidget(), "section_keys", ())
    return Target.TESTIMONIALS if "testimonials" in keys else Target.HONOREES


def _show_tab_of(window: MainWindow, key: str) -> None:
    for index in range(window.tabs.count()):
        if key in getattr(window.tabs.widget(index), "section_keys", ()):
            window.tabs.setCurrentIndex(index)
            return


def import_rows(window: MainWindow, path: Path | None = None) -> bool:
    """Ask for a spreadsheet and its mapping, then add its rows as one undo step."""
    path = path or window.dialogs.import_rows_path(_folder(window))
    if path is None:
        return False
    try:
        sheet = read_rows(path)
    except RowsError as error:
        window.dialogs.error(translate("", "Cannot import rows"), f"{path}: {error}")
        return False
    document = window.document
    counts = {target: len(document.value(LIST_PATHS[target])) for target in Target}
    choice = window.dialogs.map_rows(sheet, path.name, counts, _current_target(window))
    if choice is None:
        return False
    made = make_records(sheet, choice.mapping, choice.target)
    items = merged(document.project, choice.target, made.records, replace=choice.replace)
    text = fill(translate("", "Import %1"), _rows(len(made.records)))
    document.set_list(LIST_PATHS[choice.target], items, text)
    _show_tab_of(window, choice.target.value)
    message = fill(translate("", "Imported %1 from %2"), _rows(len(made.records)), path.name)
    window.show_status(message)
    return True


def import_markdown_file(window: MainWindow, path: Path | None = None) -> bool:
    """Ask for a Markdown recap, show what it holds, and open it as a new project."""
    path = path or window.dialogs.import_markdown_path(_folder(window))
    if path is None:
        return False
    title = translate("", "Cannot import the article")
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            window.dialogs.error(
                title, f"{path}: " + translate("", "too large for a recap article")
            )
            return False
        text, _ = decode(path.read_bytes())
    except RowsError as error:
        window.dialogs.error(title, f"{path}: {error}")
        return False
    except OSError as error:
        window.dialogs.error(title, f"{path}: {error.strerror or error}")
        return False
    result = import_markdown(text)
    report = result.report
    if not window.dialogs.confirm_import(path.name, report.summary(), report.details()):
        return False
    if not window.maybe_save():
        return False
    window.document.replace_project(result.project, None)
    window.show_status(fill(translate("", "Imported %1: %2"), path.name, report.summary()))
    return True
