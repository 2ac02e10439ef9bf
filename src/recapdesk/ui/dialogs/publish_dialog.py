"""File > Publish to WeChat Drafts…: what will be sent, asked before anything is; the progress
while it is sent; and where the draft is afterwards.

The confirmation shows the draft as WeChat will list it (title, author, digest, cover), how
many pictures go with it, the account, and whether the project's draft is updated or a new one
added ("Create a new draft instead"). The progress dialog is not a question: it is shown
window-modal and left open while a worker thread publishes, so the window keeps painting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.ui.i18n import fill

COVER_PREVIEW_WIDTH = 235  # WeChat shows covers at 2.35:1


@dataclass(frozen=True)
class PublishSummary:
    """What a publish will send (from the plan, before any request)."""

    title: str
    author: str
    digest: str
    cover_source: str  # as the project names it
    cover_data: bytes
    pictures: int  # distinct pictures of the article to upload or reuse
    appid: str
    from_environment: bool  # the account comes from RECAPDESK_WECHAT_APPID/APPSECRET
    draft_media_id: str  # the project's draft in this account, "" when it has none
    api_address: str = ""  # an overridden API address (RECAPDESK_WECHAT_API_BASE), else ""


@dataclass(frozen=True)
class PublishChoice:
    new_draft: bool  # add a new draft even though the project has one


def _value(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the project's words, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PublishConfirmDialog(QDialog):
    def __init__(self, summary: PublishSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishConfirmDialog")
        self.setWindowTitle(self.tr("Publish to WeChat Drafts"))
        none = self.tr("(none)")
        form = QFormLayout()
        form.addRow(self.tr("Title:"), _value(summary.title, self, "publishTitle"))
        form.addRow(self.tr("Author:"), _value(summary.author or none, self, "publishAuthor"))
        digest = summary.digest or self.tr("(none: WeChat takes the start of the text)")
        form.addRow(self.tr("Digest:"), _value(digest, self, "publishDigest"))
        cover = QLabel(self)
        cover.setObjectName("publishCover")
        pixmap = QPixmap()
        if pixmap.loadFromData(summary.cover_data):
            cover.setPixmap(
                pixmap.scaledToWidth(
                    COVER_PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            )
        form.addRow(self.tr("Cover:"), cover)
        form.addRow("", _value(summary.cover_source, self, "publishCoverSource"))
        pictures = self.tr("%n picture(s) of the article", "", summary.pictures)
        form.addRow(self.tr("Pictures:"), _value(pictures, self, "publishPictures"))
        account = summary.appid
        if summary.from_environment:
            account = fill(self.tr("%1 (from RECAPDESK_WECHAT_APPID)"), summary.appid)
        form.addRow(self.tr("Account:"), _value(account, self, "publishAccount"))
        if summary.draft_media_id:
            what = fill(self.tr("Updates this project's draft %1"), summary.draft_media_id)
        else:
            what = self.tr("Adds a new draft to the draft box (草稿箱)")
        form.addRow(self.tr("Draft:"), _value(what, self, "publishWhat"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.new_draft = QCheckBox(self.tr("Create a &new draft instead"), self)
        self.new_draft.setObjectName("publishNewDraft")
        self.new_draft.setToolTip(
            self.tr("Leave the draft published before as it is and add another one")
        )
        self.new_draft.setVisible(bool(summary.draft_media_id))
        layout.addWidget(self.new_draft)
        if summary.api_address:
            note = fill(
                self.tr("Sent to %1 (RECAPDESK_WECHAT_API_BASE), not to WeChat itself."),
                summary.api_address,
            )
            layout.addWidget(_value(note, self, "publishApiAddress"))
        explain = QLabel(
            self.tr(
                "recapdesk only saves drafts: review the draft in the 公众号 backend and "
                "publish it there yourself."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QDialogButtonBox(self)
        self.publish_button = buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setObjectName("publishConfirm")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.publish_button.setDefault(True)
        self.setMinimumWidth(480)

    def choice(self) -> PublishChoice:
        return PublishChoice(new_draft=self.new_draft.isChecked())


class PublishProgressDialog(QDialog):
    """ "Uploading picture n of m…" and a Cancel button that asks the worker to stop before
    its next request (the request under way finishes: it may already have been received)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishProgress")
        self.setWindowTitle(self.tr("Publishing to WeChat Drafts"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(self.tr("Preparing the article…"), self)
        self.label.setObjectName("publishProgressLabel")
        self.label.setMinimumWidth(360)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("publishProgressBar")
        self.bar.setRange(0, 0)  # busy until the first request
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("publishCancel")
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_step(self, text: str, n: int, m: int) -> None:
        if self.cancel_button.isEnabled():  # "Cancelling…" stays until the worker stops
            self.label.setText(text)
        self.bar.setRange(0, m)
        self.bar.setValue(n - 1)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling after the current request…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc and the window's close button cancel, never just hide
        if self.cancel_button.isEnabled():
            self._cancel()
