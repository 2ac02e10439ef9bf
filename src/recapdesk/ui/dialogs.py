"""Every question the window asks the user, behind one object that tests replace.

Nothing else in the window opens a modal dialog: a test gives the window a Dialogs subclass
with scripted answers instead of clicking through real ones.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PROJECT_FILTER = "recapdesk projects (*.recap.toml);;TOML files (*.toml);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class UnsavedChoice(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


class StartChoice(Enum):
    EXAMPLE = auto()
    NEW = auto()
    OPEN = auto()


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_unsaved(self, name: str) -> UnsavedChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("Save the changes to “%1”?").replace("%1", name))
        box.setInformativeText(tr("Your changes will be lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def choose_start(self) -> StartChoice:
        box = QMessageBox(self.parent)
        box.setWindowTitle(tr("Welcome to recapdesk"))
        box.setText(tr("Start from the example recap, a new blank project, or a project file?"))
        example = box.addButton(tr("Open &Example"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(tr("&New Project"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Open…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(example)
        box.exec()
        clicked = box.clickedButton()
        if clicked is example:
            return StartChoice.EXAMPLE
        if clicked is new:
            return StartChoice.NEW
        return StartChoice.OPEN

    def open_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, tr("Open Project"), folder, tr(PROJECT_FILTER)
        )
        return Path(name) if name else None

    def save_path(self, suggested: str, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)
