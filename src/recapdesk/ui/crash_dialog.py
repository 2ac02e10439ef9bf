"""What the user sees after an unexpected error: what went wrong, where their unsaved work
was put, and the traceback behind a details button (for a bug report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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


def tr(text: str) -> str:
    # The empty context: where pyside6-lupdate files the text of a plain tr() call.
    return QCoreApplication.translate("", text)


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
        text = tr(
            "Your unsaved changes were written to:\n%1\n"
            "recapdesk offers to restore them the next time it starts."
        ).replace("%1", files)
    else:
        text = tr("There were no unsaved changes.")
    if report.problems:
        text += "\n\n" + tr("Could not write a recovery file: %1").replace(
            "%1", "; ".join(report.problems)
        )
    return text


class CrashDialog(QDialog):
    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(tr("recapdesk Hit a Problem"))
        self.setAccessibleName(tr("Unexpected error"))
        self.choice = CrashChoice.CONTINUE
        self.report = report

        headline = QLabel(tr("Something went wrong inside recapdesk."), self)
        headline.setObjectName("crashHeadline")
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        error = QLabel(report.error, self)
        error.setObjectName("crashError")
        error.setAccessibleName(tr("Error"))
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        work = QLabel(recovery_text(report), self)
        work.setObjectName("crashRecovery")
        work.setAccessibleName(tr("Your work"))
        work.setWordWrap(True)
        work.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(
            tr(
                "You can keep working and save now, or quit; "
                "if it happens again, please report it with the details below."
            ),
            self,
        )
        advice.setObjectName("crashAdvice")
        advice.setWordWrap(True)

        self.details = QPlainTextEdit(report.traceback, self)
        self.details.setObjectName("crashTraceback")
        self.details.setAccessibleName(tr("Error details"))
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.hide()

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("crashButtons")
        self.details_button = self._button(
            buttons, "crashDetails", tr("Show &Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.copy_button = self._button(
            buttons, "crashCopy", tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._copy)
        self.quit_button = self._button(
            buttons, "crashQuit", tr("&Quit recapdesk"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.clicked.connect(lambda: self._finish(CrashChoice.QUIT))
        self.continue_button = self._button(
            buttons, "crashContinue", tr("&Keep Working"), QDialogButtonBox.ButtonRole.AcceptRole
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
        self.details_button.setText(tr("Hide &Details") if shown else tr("Show &Details"))
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
