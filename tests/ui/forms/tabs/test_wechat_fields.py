"""The Article tab's WeChat draft fields: typed into like every other field, one undo step per
edit, and the cover chosen as a picture beside the project."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot
from tests.publish.conftest import png
from tests.ui.forms.tabs.widgets import child, mnemonics_are_unique

from recapdesk.compose import compose
from recapdesk.publish.cover import crop_cover
from recapdesk.publish.flow import draft_fields
from recapdesk.store import dumps
from recapdesk.store import loads as load_text
from recapdesk.ui.dialogs.cover_crop_dialog import CoverCropDialog, CropFrame, read_image
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.article_tab import ArticleTab
from recapdesk.ui.forms.tabs.wechat_fields import COMMENTS_ALL, COMMENTS_FANS, COMMENTS_OFF

PNG = png(47, 20, (10, 120, 200))


def make_tab(qtbot: QtBot, document: ProjectDocument, chosen: list[Path]) -> ArticleTab:
    tab = ArticleTab(document, choose_picture=lambda _folder: chosen.pop(0) if chosen else None)
    qtbot.addWidget(tab)
    return tab


def test_typing_a_digest_and_an_author_is_one_undo_step_each(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    tab = make_tab(qtbot, document, [])
    before = compose(document.project)
    digest = child(tab, QLineEdit, "article_digest")
    author = child(tab, QLineEdit, "article_author")
    qtbot.keyClicks(digest, "Phase 1: awards and notes")
    qtbot.keyClicks(author, "CNCF SIG")

    assert document.project.article.digest == "Phase 1: awards and notes"
    assert draft_fields(document.project)["author"] == "CNCF SIG"
    assert document.undo_stack.count() == 2
    assert compose(document.project) == before  # only the draft carries them

    document.undo_stack.undo()
    assert document.project.article.author == ""
    assert author.text() == ""
    assert digest.text() == "Phase 1: awards and notes"
    document.undo_stack.undo()
    assert digest.text() == "" and document.project.article.digest == ""
    document.undo_stack.redo()
    assert digest.text() == "Phase 1: awards and notes"


def test_the_comment_box_sets_both_switches_in_one_step(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    tab = make_tab(qtbot, document, [])
    comments = child(tab, QComboBox, "article_comments")
    assert comments.currentData() == COMMENTS_OFF
    comments.setCurrentIndex(comments.findData(COMMENTS_FANS))
    fields = draft_fields(document.project)
    assert (fields["need_open_comment"], fields["only_fans_can_comment"]) == (1, 1)
    assert document.undo_stack.count() == 1
    comments.setCurrentIndex(comments.findData(COMMENTS_ALL))
    assert draft_fields(document.project)["only_fans_can_comment"] == 0
    document.undo_stack.undo()
    assert comments.currentData() == COMMENTS_FANS
    document.undo_stack.undo()
    assert comments.currentData() == COMMENTS_OFF
    assert not document.project.article.open_comments


def test_a_cover_inside_the_project_folder_is_kept_relative(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    assert document.path is not None
    inside = document.path.parent / "pictures" / "cover 1.png"
    inside.parent.mkdir()
    inside.write_bytes(PNG)
    tab = make_tab(qtbot, document, [inside])
    child(tab, QToolButton, "article_cover_browse").click()
    assert document.project.article.cover == "pictures/cover%201.png"
    assert child(tab, QLineEdit, "article_cover").text() == "pictures/cover%201.png"
    document.undo_stack.undo()
    assert document.project.article.cover == ""


def test_a_cover_from_elsewhere_is_copied_beside_the_project(
    qtbot: QtBot, document: ProjectDocument, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert document.path is not None
    outside = tmp_path_factory.mktemp("downloads") / "poster.png"
    outside.write_bytes(PNG)
    tab = make_tab(qtbot, document, [outside])
    child(tab, QToolButton, "article_cover_browse").click()
    cover = document.project.article.cover
    assert cover.startswith("k8s-source-study-phase1.assets/") and cover.endswith(".png")
    assert (document.path.parent / cover).read_bytes() == PNG
    assert outside.exists()  # the original is never moved


def test_a_finding_on_the_digest_goes_to_its_field(qtbot: QtBot, document: ProjectDocument) -> None:
    tab = make_tab(qtbot, document, [])
    assert tab.select_field(("article", "digest"))
    assert tab.select_field(("article", "fans_only_comments"))
    assert mnemonics_are_unique(tab)


# -- the cover's crop: 2.35:1 -------------------------------------------------------------


def band_picture(path: Path) -> None:
    """A 600x500 picture, blue, with a red band at (50, 100)-(520, 300): 470x200, 2.35:1."""
    picture = Image.new("RGB", (600, 500), (0, 0, 255))
    picture.paste((255, 0, 0), (50, 100, 520, 300))
    picture.save(path, "PNG")


def drag(qtbot: QtBot, frame: CropFrame, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move to ``end`` in steps, release: as a hand drags."""
    QTest.mousePress(frame, Qt.MouseButton.LeftButton, pos=start.toPoint())
    for n in range(1, 6):
        point = start + (end - start) * (n / 5)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            frame.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(frame, event)
    QTest.mouseRelease(frame, Qt.MouseButton.LeftButton, pos=end.toPoint())


def test_the_crop_dialog_starts_centred_and_keeps_2_35_while_dragged(
    qtbot: QtBot, tmp_path: Path
) -> None:
    band_picture(tmp_path / "cover.png")
    dialog = CoverCropDialog(read_image(str(tmp_path / "cover.png")), None)
    qtbot.addWidget(dialog)
    dialog.resize(700, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    # No crop yet: the centre, the largest 2.35:1 part (600x255), and the dialog says so.
    assert dialog.crop == [0, 122, 600, 255]
    explanation = dialog.findChild(QLabel, "coverCropExplanation")
    assert explanation is not None and "the centre of the picture is used" in explanation.text()
    frame = dialog.frame
    # A corner dragged inwards: smaller, the opposite corner held, the ratio kept.
    rect = frame.frame_rect()
    drag(qtbot, frame, rect.bottomRight(), rect.bottomRight() - QPointF(80, 0))
    x, y, w, h = dialog.crop
    assert (x, y) == (0, 122) and w < 600
    assert h == round(w / 2.35)
    # Moved by dragging inside: the size kept, never out of the picture.
    rect = frame.frame_rect()
    drag(qtbot, frame, rect.center(), rect.center() + QPointF(-500, 1000))
    assert dialog.crop[2:] == [w, h]
    assert dialog.crop[0] == 0 and dialog.crop[1] == 500 - h
    # The keyboard: + grows it, the arrows move it.
    frame.setFocus()
    QTest.keyClick(frame, Qt.Key.Key_Plus)
    assert dialog.crop[2] > w and dialog.crop[3] == round(dialog.crop[2] / 2.35)
    before = dialog.crop
    QTest.keyClick(frame, Qt.Key.Key_Up)
    assert dialog.crop[1] < before[1] and dialog.crop[2:] == before[2:]
    QTest.keyClick(dialog.findChild(QPushButton, "coverCropCentre"), Qt.Key.Key_Space)
    assert dialog.crop == [0, 122, 600, 255]


def test_the_crop_dialog_shows_exactly_the_cover_that_is_sent(qtbot: QtBot, tmp_path: Path) -> None:
    band_picture(tmp_path / "cover.png")
    # A crop chosen for another picture (or typed into the file) is fitted as it is sent.
    for chosen in ([50, 100, 470, 200], [30, 40, 700, 100], None):
        dialog = CoverCropDialog(read_image(str(tmp_path / "cover.png")), chosen)
        qtbot.addWidget(dialog)
        sent, box = crop_cover((tmp_path / "cover.png").read_bytes(), chosen)
        assert list(box) == dialog.crop
        shown = dialog.sent_image().convertToFormat(QImage.Format.Format_RGB888)
        with Image.open(io.BytesIO(sent.data)) as image:
            assert (shown.width(), shown.height()) == image.size
            expected = image.convert("RGB").tobytes()
        row = shown.width() * 3
        pixels = b"".join(bytes(shown.constScanLine(y))[:row] for y in range(shown.height()))
        assert pixels == expected, chosen
        preview = dialog.findChild(QLabel, "coverCropPreview")
        assert preview is not None and not preview.pixmap().isNull()


def test_choosing_a_cover_crops_it_and_the_crop_is_one_undo_step(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    assert document.path is not None
    picture = document.path.parent / "cover.png"
    band_picture(picture)
    asked: list[tuple[Path, list[int] | None]] = []
    answers: list[list[int] | None] = [[50, 100, 470, 200], None, [0, 0, 235, 100]]

    def crop(path: Path, current: list[int] | None) -> list[int] | None:
        asked.append((path, current))
        return answers.pop(0)

    tab = ArticleTab(document, choose_picture=lambda _folder: picture, crop_cover=crop)
    qtbot.addWidget(tab)
    child(tab, QToolButton, "article_cover_browse").click()
    article = document.project.article
    assert (article.cover, article.cover_crop) == ("cover.png", [50, 100, 470, 200])
    assert asked == [(picture, None)]
    assert document.undo_stack.count() == 1  # the picture and its crop: one step
    # Crop… again: the crop dialog on the cover, from the crop stored; cancelled, nothing.
    button = child(tab, QToolButton, "article_cover_crop")
    assert not button.isHidden()  # shown when the window gives a crop dialog
    button.click()
    assert asked[-1] == (picture, [50, 100, 470, 200])
    assert document.undo_stack.count() == 1
    button.click()
    assert document.project.article.cover_crop == [0, 0, 235, 100]
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.project.article.cover_crop == [50, 100, 470, 200]
    document.undo_stack.undo()
    assert (document.project.article.cover, document.project.article.cover_crop) == ("", None)
    # Saved only when set: the project file has no cover_crop now, and has it after a redo.
    assert "cover_crop" not in dumps(document.project)
    document.undo_stack.redo()
    assert '\ncover = "cover.png"\ncover_crop = [\n    50,\n    100,\n    470,\n    200,\n]\n' in (
        dumps(document.project)
    )
    assert load_text(dumps(document.project)).article.cover_crop == [50, 100, 470, 200]


def test_the_crop_dialog_from_the_tab_stores_the_crop_dragged(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    """The real dialog, driven as a user does: choose, drag the frame, OK."""
    assert document.path is not None
    picture = document.path.parent / "cover.png"
    band_picture(picture)
    seen: list[CoverCropDialog] = []

    def crop(path: Path, current: list[int] | None) -> list[int] | None:
        dialog = CoverCropDialog(read_image(str(path)), current)
        qtbot.addWidget(dialog)
        dialog.resize(700, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        rect = dialog.frame.frame_rect()
        drag(qtbot, dialog.frame, rect.center(), rect.center() + QPointF(0, -400))
        seen.append(dialog)
        dialog.accept()
        return dialog.crop

    tab = ArticleTab(document, choose_picture=lambda _folder: picture, crop_cover=crop)
    qtbot.addWidget(tab)
    child(tab, QToolButton, "article_cover_browse").click()
    assert document.project.article.cover_crop == [0, 0, 600, 255]  # dragged to the top
    document.undo_stack.undo()
    assert document.project.article.cover_crop is None
