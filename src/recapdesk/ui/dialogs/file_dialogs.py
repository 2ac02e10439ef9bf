"""The window's file dialogs: which project, spreadsheet, Markdown file or picture to open,
and where to save, with the focus given back to where it was once they close.
``Dialogs`` (dialogs.py) has them, with every other question the window asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from shiboken6 import isValid

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.ui.i18n import translate

PROJECT_FILTER = QT_TRANSLATE_NOOP(
    "", "recapdesk projects (*.recap.toml);;TOML files (*.toml);;All files (*)"
)
SPREADSHEET_FILTER = QT_TRANSLATE_NOOP("", "Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)")
MARKDOWN_FILTER = QT_TRANSLATE_NOOP("", "Markdown (*.md *.markdown *.txt);;All files (*)")
PICTURE_FILTER = QT_TRANSLATE_NOOP("", "Pictures (*.jpg *.jpeg *.png *.gif *.bmp);;All files (*)")


def project_filter() -> str:
    """The file dialogs' filter for project files, in the UI language."""
    return translate("", PROJECT_FILTER)


@contextmanager
def focus_kept() -> Iterator[None]:
    """Give the focus back to the widget that had it once a file dialog closes: without a
    window manager that restores it (or after the dialog's own focus juggling), it is left on
    the window, and the next keystroke goes nowhere."""
    widget = QApplication.focusWidget()
    try:
        yield
    finally:
        if widget is not None and isValid(widget) and widget.isVisible():
            widget.activateWindow()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


class FileDialogs:
    """The file dialogs of ``Dialogs``, which a test replaces with scripted answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def open_path(self, folder: str) -> Path | None:
        with focus_kept():
            name, _ = QFileDialog.getOpenFileName(
                self.parent, translate("", "Open Project"), folder, translate("", PROJECT_FILTER)
            )
        return Path(name) if name else None

    def save_path(self, suggested: str, title: str, file_filter: str) -> Path | None:
        with focus_kept():
            name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def import_rows_path(self, folder: str) -> Path | None:
        with focus_kept():
            name, _ = QFileDialog.getOpenFileName(
                self.parent, translate("", "Import Rows"), folder, translate("", SPREADSHEET_FILTER)
            )
        return Path(name) if name else None

    def import_markdown_path(self, folder: str) -> Path | None:
        with focus_kept():
            name, _ = QFileDialog.getOpenFileName(
                self.parent,
                translate("", "Import Markdown"),
                folder,
                translate("", MARKDOWN_FILTER),
            )
        return Path(name) if name else None

    def picture_path(self, folder: str) -> Path | None:
        """The Article tab's cover: a picture file."""
        name, _ = QFileDialog.getOpenFileName(
            self.parent, translate("", "Choose the Cover"), folder, translate("", PICTURE_FILTER)
        )
        return Path(name) if name else None

    def photo_path(self, folder: str) -> Path | None:
        """The Recognition tab's Choose photo…: a picture file of a person."""
        with focus_kept():
            name, _ = QFileDialog.getOpenFileName(
                self.parent, translate("", "Choose a Photo"), folder, translate("", PICTURE_FILTER)
            )
        return Path(name) if name else None
