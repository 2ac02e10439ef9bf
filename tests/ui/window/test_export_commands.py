"""File > Export from the window: each kind from the menu writes its files through the
options and save dialogs; the progress dialog counts the parts, keeps the window painting and
cancels without leaving a file; the options and the folder are remembered; errors are said in
the interface language (offscreen Chromium, as the exports' own tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot
from tests.exports.conftest import honoree_names, image, pdf_text
from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak
from tests.ui.scripted import ScriptedDialogs

from recapdesk.ui.dialogs.export_options import (
    CardOptions,
    CertificateFiles,
    CertificateOptions,
    LongImageOptions,
    PdfOptions,
    PdfPage,
)
from recapdesk.ui.window.main_window import MainWindow


def export_action(window: MainWindow, name: str) -> QAction:
    """A command of File > Export, as the menu holds it."""
    menu = window.findChild(QMenu, "exportMenu")
    assert menu is not None
    file_menu = window.findChild(QMenu, "fileMenu")
    assert file_menu is not None and menu.menuAction() in file_menu.actions()
    found = [a for a in menu.actions() if a.objectName() == f"action_export{name}"]
    assert len(found) == 1, [a.objectName() for a in menu.actions()]
    return found[0]


def test_the_export_submenu_lists_every_kind_each_with_its_own_letter(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "exportMenu")
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Markdown…",
        "&HTML…",
        "Long &Image (PNG)…",
        "&PDF…",
        "&Review Page (self-contained HTML)…",
        "Honor-Roll &Cards…",
        "Cer&tificates…",
    ]
    letters = [text.split("&")[1][0].upper() for text in texts]
    assert len(set(letters)) == len(letters)
    assert menu.title() == "&Export"


def test_the_long_image_comes_in_parts_from_the_menu(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.export_answers.append(LongImageOptions(max_height=4000))
    dialogs.save_paths.append(tmp_path / "out" / "phase1")  # typed without the suffix
    (tmp_path / "out").mkdir()
    export_action(window, "LongImage").trigger()

    parts = sorted((tmp_path / "out").iterdir())
    assert len(parts) > 1
    assert [p.name for p in parts[:2]] == ["phase1-1.png", "phase1-2.png"]
    for part in parts:
        picture = image(part)
        assert picture.width == 1500 and picture.height <= 4000
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Exported {len(parts)} files to {tmp_path / 'out'}: phase1-1.png")
    assert "not finished:" in message and "in the Checks panel" in message
    assert window.exports.progress is None and not window.exports.busy


def test_the_pdf_holds_the_article_the_preview_shows(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.document.set_field(("groups", 0, "people", 0, "name"), "刚改的名字")
    dialogs.export_answers.append(PdfOptions(PdfPage.PHONE))
    dialogs.save_paths.append(tmp_path / "phase1.pdf")
    export_action(window, "Pdf").trigger()

    text = "".join(pdf_text(tmp_path / "phase1.pdf"))
    assert "刚改的名字" in text  # the edit made a moment ago, not the file on disk
    assert window.statusBar().currentMessage().startswith(f"Exported {tmp_path / 'phase1.pdf'}")


def test_the_review_page_asks_no_options_and_loads_nothing(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.save_paths.append(tmp_path / "review.html")
    export_action(window, "ReviewPage").trigger()

    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page and "姚沈结-爱立信-研习一期" in page
    assert dialogs.asked == ["save"]  # no options dialog for this kind


def test_the_article_comes_from_the_window_s_pipeline(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview's pipeline, with the sections it has composed, not a new one per export."""
    pipeline = window.document.pipeline
    pages: list[str] = []

    def page() -> str:
        pages.append(type(pipeline).page(pipeline))
        return pages[-1]

    monkeypatch.setattr(pipeline, "page", page)
    dialogs.save_paths.append(tmp_path / "review.html")
    export_action(window, "ReviewPage").trigger()
    assert len(pages) == 1
    assert "default-src 'none'" in (tmp_path / "review.html").read_text(encoding="utf-8")


def test_cards_and_certificates_from_the_menu(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.document.set_field(("groups", 0, "people", 1, "name"), "李明")  # was an empty row
    dialogs.export_answers += [
        CardOptions(size="1080x1350", program="云原生社区", qr_url="https://example.org/a"),
        CertificateOptions(design="modern", files=CertificateFiles.PNG_EACH, signer="组委会"),
    ]
    dialogs.save_paths += [tmp_path / "cards" / "card.png", tmp_path / "certs" / "cert.png"]
    (tmp_path / "cards").mkdir()
    (tmp_path / "certs").mkdir()
    export_action(window, "Cards").trigger()
    export_action(window, "Certificates").trigger()

    cards = sorted(p.name for p in (tmp_path / "cards").iterdir())
    assert cards == ["card-committee.png", "card-honorees.png"]
    assert image(tmp_path / "cards" / "card-honorees.png").size == (1080, 1350)
    people = honoree_names(window.document.project)
    certificates = sorted(p.name for p in (tmp_path / "certs").iterdir())
    assert len(people) == 2 and certificates == ["cert-1.png", "cert-2.png"]
    assert f"Exported {len(people)} files to" in window.statusBar().currentMessage()


def test_cancel_half_way_leaves_no_file_and_the_window_paints_meanwhile(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    """The user watches "Rendering part 2 of n…" in the window-modal progress dialog, sees
    the window repaint behind it, and clicks Cancel: nothing is written."""
    window.show()
    qtbot.waitExposed(window)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.export_answers.append(LongImageOptions(max_height=2000))
    dialogs.save_paths.append(out / "phase1.png")
    painted = PaintCounter(window.statusBar())
    seen: list[tuple[str, int, bool]] = []

    def watch() -> None:
        progress = window.exports.progress
        if progress is None or not progress.isVisible():
            return
        window.statusBar().showMessage(f"tick {len(seen)}")  # the window paints it meanwhile
        seen.append((progress.labelText(), progress.maximum(), progress.isModal()))
        if progress.value() >= 3 and painted.count > 3:
            cancel = progress.findChild(QPushButton)
            assert cancel is not None
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    export_action(window, "LongImage").trigger()
    timer.stop()

    parts = max(total for _label, total, _modal in seen)
    assert parts > 3  # 2,000 px parts of an 8,000 px article
    assert (f"Rendering part 3 of {parts}…", parts, True) in seen  # the label, the bar
    assert painted.count > 3
    assert list(out.iterdir()) == []  # no part, no temporary file
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written"
    assert window.exports.progress is None


class PaintCounter(QObject):
    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_options_are_remembered_between_uses_and_windows(
    window: MainWindow, make_window: MakeWindow, dialogs: ScriptedDialogs
) -> None:
    cards = CardOptions(size="1080x1350", program="云原生社区", qr_url="https://example.org/r")
    certificates = CertificateOptions(
        design="modern",
        files=CertificateFiles.PDF_EACH,
        program="云原生社区",  # as the dialog showed it
        signer="组委会",
        date="2021年8月1日",
    )
    dialogs.export_answers += [PdfOptions(PdfPage.PHONE), cards, certificates]
    dialogs.save_paths += [None, None, None]  # chosen, then no file: kept all the same
    for name in ("Pdf", "Cards", "Certificates"):
        export_action(window, name).trigger()
    # The cards named the program: the certificates name the same community.
    assert dialogs.export_shown == [
        PdfOptions(),
        CardOptions(),
        CertificateOptions(program="云原生社区"),
    ]

    again = ScriptedDialogs()  # the next start of recapdesk: the same settings file
    other = make_window(again)
    again.export_answers += ["shown", "shown", "shown", "shown"]
    again.save_paths += [None, None, None, None]
    for name in ("Pdf", "Cards", "Certificates", "LongImage"):
        export_action(other, name).trigger()
    assert again.export_shown == [
        PdfOptions(PdfPage.PHONE),
        cards,
        # The date is asked anew: a batch dated like the last one is a mistake.
        CertificateOptions(
            design="modern", files=CertificateFiles.PDF_EACH, signer="组委会", program="云原生社区"
        ),
        LongImageOptions(),
    ]


def test_the_file_name_comes_from_the_project_in_the_folder_used_last(
    window: MainWindow, dialogs: ScriptedDialogs, example_file: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    dialogs.export_answers += [PdfOptions(), CertificateOptions()]
    dialogs.save_paths += [None, elsewhere / "x.html", None]
    export_action(window, "Pdf").trigger()  # where the project was opened from, at first
    export_action(window, "ReviewPage").trigger()  # written elsewhere
    export_action(window, "Certificates").trigger()  # suggested there now
    stem = example_file.name.removesuffix(".recap.toml")
    assert dialogs.suggested == [
        str(example_file.parent / f"{stem}.pdf"),
        str(example_file.parent / f"{stem}-review.html"),
        str(elsewhere / f"{stem}-certificates.pdf"),
    ]
    assert (elsewhere / "x.html").is_file()


def test_an_untitled_project_suggests_its_title(make_window: MakeWindow, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    window = make_window(dialogs)
    window.files.open_example()  # untitled
    dialogs.save_paths.append(None)
    export_action(window, "ReviewPage").trigger()
    assert Path(dialogs.suggested[0]).name == "kubernetes源码研习社 一期活动总结-review.html"


def test_cancelled_options_ask_nothing_more(window: MainWindow, dialogs: ScriptedDialogs) -> None:
    dialogs.export_answers.append(None)
    export_action(window, "Certificates").trigger()
    assert dialogs.asked == ["export options"]


def test_an_export_error_is_shown_in_the_interface_language(
    make_window: MakeWindow,
    example_file: Path,
    speak: Speak,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    speak("zh_CN")
    monkeypatch.setattr("recapdesk.exports.fonts.cjk_fonts", list)  # no CJK font
    dialogs = ScriptedDialogs()
    window = make_window(dialogs)
    assert window.files.open_file(example_file)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.export_answers.append(PdfOptions())
    dialogs.save_paths.append(out / "a.pdf")
    export_action(window, "Pdf").trigger()
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith(f"{out / 'a.pdf'}：系统没有安装中文（CJK）字体")
    assert window.statusBar().currentMessage() == "导出失败"
    assert list(out.iterdir()) == []
