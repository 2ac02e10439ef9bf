"""What the user sees after an unexpected error: what went wrong, where their unsaved work
was put, and the traceback behind a details button (for a bug report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.ui.i18n import fill, translate


class CrashChoice(Enum):
    CONTINUE = auto()
    QUIT = auto()


@dataclass(frozen=True)
class CrashReport:
    error: str  # "ZeroDivisionError: division by zero"
    traceback: str
    recovery_files: list[Path] = field(default_factory=list)  # where the unsaved work is
    problems: list[str] = field(default_factory=list)  # recovery files that could not be written


def recovery_text(report: CrashReport) -> str:
    """The sentence about the user's work: the first thing they worry about."""
    if report.recovery_files:
        files = "\n".join(str(path) for path in report.recovery_files)
        text = fill(
            translate(
                "",
                "Your unsaved changes were written to:\n%1\n"
                "recapdesk offers to restore them the next time it starts.",
            ),
            files,
        )
    else:
        text = translate("", "There were no unsaved changes.")
    if report.problems:
        text += "\n\n" + translate("", "Could not write a recovery file: %1").replace(
            "%1", "; ".join(report.problems)
        )
    return text


class CrashDialog(QDialog):
    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("", "recapdesk Hit a Problem"))
        self.setAccessibleName(translate("", "Unexpected error"))
        self.choice = CrashChoice.CONTINUE
        self.report = report

        headline = QLabel(translate("", "Something went wrong inside recapdesk."), self)
        headline.setObjectName("crashHeadline")
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        error = QLabel(report.error, self)
        error.setObjectName("crashError")
        error.setAccessibleName(translate("", "Error"))
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        work = QLabel(recovery_text(report), self)
        work.setObjectName("crashRecovery")
        work.setAccessibleName(translate("", "Your work"))
        work.setWordWrap(True)
        work.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(
            translate(
                "",
                "You can keep working and save now, or quit; "
                "if it happens again, please report it with the details below.",
            ),
            self,
        )
        advice.setObjectName("crashAdvice")
        advice.setWordWrap(True)

        self.details = QPlainTextEdit(report.traceback, self)
        self.details.setObjectName("crashTraceback")
        self.details.setAccessibleName(translate("", "Error details"))
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.hide()

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("crashButtons")
        self.details_button = self._button(
            buttons,
            "crashDetails",
            translate("", "Show &Details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.copy_button = self._button(
            buttons,
            "crashCopy",
            translate("", "&Copy Details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.clicked.connect(self._copy)
        self.quit_button = self._button(
            buttons,
            "crashQuit",
            translate("", "&Quit recapdesk"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.quit_button.clicked.connect(lambda: self._finish(CrashChoice.QUIT))
        self.continue_button = self._button(
            buttons,
            "crashContinue",
            translate("", "&Keep Working"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.continue_button.clicked.connect(lambda: self._finish(CrashChoice.CONTINUE))
        self.continue_button.setDefault(True)

        layout = QVBoxLayout(self)
        for widget in (headline, error, work, advice, self.details):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _button(
        self, box: QDialogButtonBox, name: str, text: str, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(
            translate("", "Hide &Details") if shown else translate("", "Show &Details")
        )
        self.adjustSize()

    def _copy(self) -> None:
        text = f"{self.report.error}\n\n{self.report.traceback}"
        QGuiApplication.clipboard().setText(text)

    def _finish(self, choice: CrashChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        # Escape or the close button: keep working, the gentler answer.
        self.choice = CrashChoice.CONTINUE
        super().reject()


def show_crash(report: CrashReport, parent: QWidget | None = None) -> CrashChoice:
    dialog = CrashDialog(report, parent)
    dialog.exec()
    return dialog.choice
