"""The restore offer: one recovery file left by a session that did not close, and what to do
with it (restore, discard, or keep it for the next start)."""

from __future__ import annotations

import datetime
from enum import Enum, auto

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.i18n import translated
from recapdesk.store.recovery import RecoveryInfo
from recapdesk.ui.i18n import fill, translate


class RecoveryChoice(Enum):
    RESTORE = auto()
    DISCARD = auto()
    KEEP = auto()


def describe_time(saved: datetime.datetime, now: datetime.datetime | None = None) -> str:
    """Local date and time, and how long ago: "2024-05-01 21:30 (12 minutes ago)". The date
    is written year first, which reads the same in Chinese and English."""
    now = now or datetime.datetime.now(datetime.UTC)
    local = saved.astimezone()
    minutes = max(0, int((now - saved).total_seconds() // 60))
    if minutes < 1:
        ago = translate("", "just now")
    elif minutes < 120:
        ago = _plural(minutes, "minute")
    elif minutes < 48 * 60:
        ago = _plural(minutes // 60, "hour")
    else:
        ago = _plural(minutes // (24 * 60), "day")
    return f"{local:%Y-%m-%d %H:%M} ({ago})"


def _plural(count: int, unit: str) -> str:
    # One source string per unit and number form, so translators see whole phrases.
    forms = {
        ("minute", True): translate("", "1 minute ago"),
        ("minute", False): translate("", "%1 minutes ago"),
        ("hour", True): translate("", "1 hour ago"),
        ("hour", False): translate("", "%1 hours ago"),
        ("day", True): translate("", "1 day ago"),
        ("day", False): translate("", "%1 days ago"),
    }
    return fill(forms[(unit, count == 1)], count)


class RecoveryDialog(QDialog):
    """Shows the project name, its file and when its unsaved state was kept."""

    def __init__(self, info: RecoveryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(translate("", "Recover Unsaved Work"))
        self.setAccessibleName(translate("", "Recover unsaved work"))
        self.choice = RecoveryChoice.KEEP

        intro = QLabel(
            translate(
                "",
                "recapdesk did not close normally last time. "
                "These changes were never saved to the project file:",
            ),
            self,
        )
        intro.setObjectName("recoveryIntro")
        intro.setWordWrap(True)

        form = QFormLayout()
        title = info.title.strip() or translate("", "(no title)")
        where = (
            str(info.original) if info.original else translate("", "Untitled project (never saved)")
        )
        rows = [
            ("recoveryTitle", translate("", "Project:"), title),
            ("recoveryFile", translate("", "File:"), where),
            ("recoveryTime", translate("", "Kept at:"), describe_time(info.saved)),
        ]
        if info.problem:
            problem = translated(info.problem, translate)
            rows.append(("recoveryProblem", translate("", "Problem:"), problem))
        for name, caption, text in rows:
            value = QLabel(text, self)
            value.setObjectName(name)
            value.setAccessibleName(caption.rstrip(":"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("recoveryButtons")
        self.restore_button = self._button(
            buttons,
            "recoveryRestore",
            translate("", "&Restore"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.discard_button = self._button(
            buttons,
            "recoveryDiscard",
            translate("", "&Discard Changes"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.keep_button = self._button(
            buttons,
            "recoveryKeep",
            translate("", "&Keep for Later"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.restore_button.setEnabled(not info.problem)
        self.restore_button.setDefault(not info.problem)
        self.restore_button.clicked.connect(lambda: self._finish(RecoveryChoice.RESTORE))
        self.discard_button.clicked.connect(lambda: self._finish(RecoveryChoice.DISCARD))
        self.keep_button.clicked.connect(lambda: self._finish(RecoveryChoice.KEEP))

        layout = QVBoxLayout(self)
        self.setMinimumWidth(480)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _button(
        self, box: QDialogButtonBox, name: str, text: str, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _finish(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        # Escape or the close button: the safe answer, the file stays for the next start.
        self.choice = RecoveryChoice.KEEP
        super().reject()


def ask_recovery(info: RecoveryInfo, parent: QWidget | None = None) -> RecoveryChoice:
    dialog = RecoveryDialog(info, parent)
    dialog.exec()
    return dialog.choice
