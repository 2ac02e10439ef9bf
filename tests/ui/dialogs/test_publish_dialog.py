"""The publish confirmation and progress dialogs: what they show, and that they speak Chinese."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.publish.conftest import png
from tests.ui.languages import Speak
from tests.ui.test_translations import untranslated

from recapdesk.ui.dialogs.publish_dialog import (
    PublishConfirmDialog,
    PublishProgressDialog,
    PublishSummary,
)

SUMMARY = PublishSummary(
    title="kubernetes源码研习社 一期活动总结",
    author="云原生社区",
    digest="",
    cover_source="phase1.assets/cover.png",
    cover_data=png(94, 40, (30, 90, 160)),
    pictures=3,
    appid="wx5f3e0c1d2b4a6978",
    from_environment=True,
    draft_media_id="DRAFT-1",
    api_address="http://127.0.0.1:8080",
)


def label(dialog: PublishConfirmDialog, name: str) -> str:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def test_the_confirmation_shows_what_will_be_sent(speak: Speak, qtbot: QtBot) -> None:
    speak("en")
    dialog = PublishConfirmDialog(SUMMARY)
    qtbot.addWidget(dialog)
    assert label(dialog, "publishTitle") == SUMMARY.title
    assert label(dialog, "publishPictures") == "3 pictures of the article"
    assert "DRAFT-1" in label(dialog, "publishWhat")
    assert "from RECAPDESK_WECHAT_APPID" in label(dialog, "publishAccount")
    assert "127.0.0.1:8080" in label(dialog, "publishApiAddress")
    cover = dialog.findChild(QLabel, "publishCover")
    assert cover is not None and cover.pixmap().width() > 0
    assert not dialog.new_draft.isHidden()
    assert dialog.choice().new_draft is False
    dialog.new_draft.setChecked(True)
    assert dialog.choice().new_draft is True


def test_without_a_draft_there_is_nothing_to_update(qtbot: QtBot) -> None:
    first = PublishSummary(**{**SUMMARY.__dict__, "draft_media_id": ""})
    dialog = PublishConfirmDialog(first)
    qtbot.addWidget(dialog)
    assert dialog.new_draft.isHidden()
    assert "new draft" in label(dialog, "publishWhat")


def test_the_progress_shows_the_step_and_cancel_asks_once(qtbot: QtBot) -> None:
    dialog = PublishProgressDialog()
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    dialog.cancel_requested.connect(lambda: asked.append(True))
    dialog.show_step("Uploading picture 1 of 3…", 1, 5)
    assert (dialog.bar.value(), dialog.bar.maximum()) == (0, 5)
    dialog.reject()  # Esc
    dialog.cancel_button.click()
    assert asked == [True]
    dialog.show_step("Uploading picture 2 of 3…", 2, 5)
    assert dialog.label.text() == "Cancelling after the current request…"


def test_the_publish_dialogs_speak_chinese(speak: Speak, qtbot: QtBot) -> None:
    speak("zh_CN")
    confirm = PublishConfirmDialog(
        PublishSummary(
            **{
                **SUMMARY.__dict__,
                "title": "源码研习社 一期活动总结",  # data without Latin letters
                "appid": "5f3e0c1d2b4a6978",
                "draft_media_id": "1234",
                "api_address": "",
            }
        )
    )
    progress = PublishProgressDialog()
    for dialog in (confirm, progress):
        qtbot.addWidget(dialog)
    # Every text but the cover's file name (data) is Chinese.
    assert [text for text in untranslated(confirm) if "publishCoverSource" not in text] == []
    assert untranslated(progress) == []
    assert label(confirm, "publishPictures") == "正文中的 3 张图片"
