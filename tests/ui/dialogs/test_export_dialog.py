"""File > Export's options dialog and progress dialog: what they show, what they answer, where
the options are kept, and that they speak Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from tests.ui.languages import Speak
from tests.ui.test_translations import untranslated

from recapdesk.exports import CancelFlag
from recapdesk.ui.dialogs.export_dialog import ExportOptionsDialog
from recapdesk.ui.dialogs.export_options import (
    CardOptions,
    CertificateFiles,
    CertificateOptions,
    ExportKind,
    ExportOptions,
    LongImageOptions,
    PdfOptions,
    PdfPage,
    load_options,
    save_options,
)
from recapdesk.ui.dialogs.export_progress import ExportProgress

EVERY_KIND: list[ExportOptions] = [
    LongImageOptions(),
    PdfOptions(),
    CardOptions(),
    CertificateOptions(),
]


def dialog_for(qtbot: QtBot, options: ExportOptions, title: str = "Export") -> ExportOptionsDialog:
    """``options``' dialog; ``title``: the command's (export_commands.py translates it)."""
    dialog = ExportOptionsDialog(options, title, program="一期活动总结", today="2026年12月6日")
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    "options",
    [
        LongImageOptions(max_height=6000),
        PdfOptions(PdfPage.PHONE),
        CardOptions(size="1080x1350", program="云原生社区", qr_url="https://example.org/a"),
        CertificateOptions(
            design="modern",
            files=CertificateFiles.PNG_EACH,
            program="云原生社区",
            signer="组委会",
            date="2021年8月1日",
        ),
    ],
)
def test_the_dialog_shows_the_options_it_is_given_and_answers_them(
    qtbot: QtBot, options: ExportOptions
) -> None:
    assert dialog_for(qtbot, options).options() == options


@pytest.mark.parametrize("options", EVERY_KIND)
def test_every_label_s_letter_leads_to_its_field(qtbot: QtBot, options: ExportOptions) -> None:
    dialog = dialog_for(qtbot, options)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels
    for label in labels:
        assert label.buddy() is not None, label.text()

    letters = [label.text().split("&")[1][0].upper() for label in labels]
    assert len(set(letters)) == len(letters), letters


def test_what_the_user_changes_is_the_answer(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, CardOptions())
    dialog.card_size.setCurrentIndex(1)
    dialog.program.setText("  云原生社区 ")  # typed by an input method: keyClicks is ASCII
    qtbot.keyClicks(dialog.qr_url, "https://mp.weixin.qq.com/s/x")
    assert dialog.options() == CardOptions(
        "1080x1350", "云原生社区", "https://mp.weixin.qq.com/s/x"
    )
    assert dialog.program.placeholderText() == "一期活动总结"  # what an empty field gives

    image = dialog_for(qtbot, LongImageOptions())
    image.max_height.setValue(500)  # below the smallest part a phone shows well
    assert image.options() == LongImageOptions(2000)


def test_an_own_certificate_design_needs_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, CertificateOptions())
    ok = dialog.findChild(QPushButton, "exportOptionsOk")
    assert ok is not None and ok.isEnabled()
    assert not dialog.template_file.isEnabled()  # a bundled design: no file to give
    assert dialog.date.placeholderText() == "2026年12月6日"
    dialog.design.setCurrentIndex(dialog.design.findData(""))
    assert dialog.template_file.isEnabled() and dialog.browse.isEnabled()
    assert not ok.isEnabled()
    design = tmp_path / "mine.html"
    dialog.template_file.setText(str(tmp_path / "missing.html"))
    assert not ok.isEnabled()
    design.write_text("<html><body>{{name}}</body></html>", encoding="utf-8")
    dialog.template_file.setText(str(design))
    assert ok.isEnabled()
    answer = dialog.options()
    assert isinstance(answer, CertificateOptions)
    assert answer.template == str(design) and answer.suffix == ".pdf"


def test_options_are_kept_in_the_settings_and_checked_when_read(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert [load_options(store, kind) for kind in ExportKind] == [
        LongImageOptions(),
        PdfOptions(),
        None,  # the review page has no options
        CardOptions(),
        CertificateOptions(),
    ]
    certificates = CertificateOptions(
        design="", template_file="/d/mine.html", files=CertificateFiles.PDF_EACH, date="x"
    )
    for options in (LongImageOptions(3000), PdfOptions(PdfPage.PHONE), certificates):
        save_options(store, options)
    store.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert load_options(again, ExportKind.LONG_IMAGE) == LongImageOptions(3000)
    assert load_options(again, ExportKind.PDF) == PdfOptions(PdfPage.PHONE)
    assert load_options(again, ExportKind.CERTIFICATES) == CertificateOptions(
        design="", template_file="/d/mine.html", files=CertificateFiles.PDF_EACH
    )

    # A hand-edited settings file: each wrong value gives its default, the rest is kept.
    again.setValue("export/png/maxHeight", "tall")
    again.setValue("export/pdf/page", "letter")
    again.setValue("export/certificates/files", "zip")
    assert load_options(again, ExportKind.LONG_IMAGE) == LongImageOptions()
    assert load_options(again, ExportKind.PDF) == PdfOptions()
    kept = load_options(again, ExportKind.CERTIFICATES)
    assert isinstance(kept, CertificateOptions)
    assert (kept.files, kept.template_file) == (CertificateFiles.ONE_PDF, "/d/mine.html")


def test_the_progress_dialog_counts_the_parts_and_cancels(qtbot: QtBot) -> None:
    cancel = CancelFlag()
    progress = ExportProgress("Export Long Image", cancel)
    qtbot.addWidget(progress)
    progress.show()
    assert progress.isModal()
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    progress.report(1, 4)
    assert progress.labelText() == "Rendering part 2 of 4…"
    assert (progress.value(), progress.maximum()) == (1, 4)
    progress.report(4, 4)  # the last step: left open until the command closes it
    assert progress.isVisible() and progress.labelText() == "Rendering part 4 of 4…"
    assert not cancel.cancelled
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert cancel.cancelled and not progress.isVisible()


def test_the_dialogs_speak_chinese(speak: Speak, qtbot: QtBot) -> None:
    speak("zh_CN")
    for options in EVERY_KIND:
        dialog = dialog_for(qtbot, options, "导出")
        assert untranslated(dialog) == [], type(options).__name__
    progress = ExportProgress("导出长图", CancelFlag())
    qtbot.addWidget(progress)
    progress.report(1, 4)
    assert progress.labelText() == "正在生成第 2 部分，共 4 部分…"
    assert untranslated(progress) == []
    image = dialog_for(qtbot, LongImageOptions(), "导出长图")
    note = image.findChild(QLabel, "exportNote")
    assert note is not None and note.text().startswith("图片宽 1500 px")
