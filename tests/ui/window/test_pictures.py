"""Pictures in the window: dropped onto the form or a Markdown field, pasted, in the Photos tab
with thumbnails, in the WeChat copy; an untitled project's pictures adopted by its first save."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from tests.pictures_support import SVG, big_jpeg, rotated_jpeg
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store import load
from recapdesk.store.assets import AssetsFolder
from recapdesk.ui.forms.tabs.photos_tab import PhotosTab
from recapdesk.ui.window.form_tabs import FormTab
from recapdesk.ui.window.main_window import MainWindow


def _files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, data in (("rotated.jpg", rotated_jpeg()), ("big.jpg", big_jpeg()), ("logo.svg", SVG)):
        (folder / name).write_bytes(data)
        made.append(folder / name)
    return made


def _drop(target: object, paths: list[Path], drop: object) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(5, 5)
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    drop(event)  # type: ignore[operator]
    assert event.isAccepted()
    return event


def _photos(window: MainWindow) -> PhotosTab:
    tab = window.form_tabs.tab(FormTab.PHOTOS)
    assert isinstance(tab, PhotosTab)
    return tab


def test_three_photos_dropped_on_the_form_captioned_saved_and_copied_for_wechat(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = window.document.path
    assert path is not None
    originals = _files(tmp_path / "camera")
    tab = _photos(window)
    first = tab.picture_list.count()  # the example's own group photo
    assert first == 1
    _drop(window, originals, window.dropEvent)
    window.pictures.wait()  # the files are copied off the GUI thread
    assert window.form_tabs.current() is tab
    assert tab.picture_list.count() == first + 3
    assert window.document.undo_stack.count() == 1  # one step for the three
    for row, caption in enumerate(["Group", "Poster", "Logo"], start=first):
        tab.picture_list.setCurrentRow(row)
        tab.caption.setFocus()
        qtbot.keyClicks(tab.caption, caption)
    tab.thumbnails.wait()
    qtbot.waitUntil(
        lambda: all(not tab.picture_list.item(i).icon().isNull() for i in range(first + 3))
    )
    assert window.files.save()
    saved = load(path)
    assert [p.caption for p in saved.photos.pictures][first:] == ["Group", "Poster", "Logo"]
    assert len(AssetsFolder(path).files()) == first + 3
    assert all(original.exists() for original in originals)  # copied, never moved

    window.outputs.copy_for_wechat()
    html = QGuiApplication.clipboard().mimeData().html()
    images = re.findall(r'<img [^>]*src="data:image/(?:jpeg|png);base64,([^"]+)"', html)
    assert len(images) == first + 3
    for payload in images:
        data = base64.b64decode(payload)
        assert len(data) < 1_000_000
        assert Image.open(io.BytesIO(data)).width <= 1080
    upright = Image.open(io.BytesIO(base64.b64decode(images[first])))
    assert upright.height > upright.width
    assert "file:" not in html and "assets/" not in html


def test_a_photo_dropped_on_a_markdown_field_is_inserted_at_the_cursor(
    window: MainWindow, tmp_path: Path
) -> None:
    field = window.form_tabs.tab(FormTab.NEXT_PHASE).findChild(QPlainTextEdit, "next_phase_text")
    assert field is not None
    path = window.document.path
    assert path is not None
    before = set(AssetsFolder(path).files())
    viewport = field.viewport()
    _drop(viewport, _files(tmp_path / "c")[:1], lambda e: QApplication.sendEvent(viewport, e))
    window.pictures.wait()
    (name,) = set(AssetsFolder(path).files()) - before
    assert (
        f"![rotated]({AssetsFolder(path).name}/{name})" in window.document.project.next_phase.text
    )


def test_a_pasted_screenshot_goes_into_the_field(window: MainWindow, qtbot: QtBot) -> None:
    field = window.form_tabs.tab(FormTab.NEXT_PHASE).findChild(QPlainTextEdit, "next_phase_text")
    assert field is not None
    window.tabs.setCurrentIndex(4)
    field.setFocus()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    QGuiApplication.clipboard().setImage(image)
    path = window.document.path
    assert path is not None
    before = set(AssetsFolder(path).files())
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (name,) = set(AssetsFolder(path).files()) - before
    assert name.endswith(".png")
    assert f"{AssetsFolder(path).name}/{name})" in window.document.project.next_phase.text


def test_an_untitled_projects_pictures_are_adopted_by_its_first_save(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    assert window.document.path is None
    _drop(window, _files(tmp_path / "d")[:1], window.dropEvent)
    window.pictures.wait()
    staged = window.document.staging
    assert staged is not None and len(staged.files()) == 1
    target = tmp_path / "new" / "first.recap.toml"
    target.parent.mkdir()
    window.document.save_to(target)
    project = load(target)
    (name,) = AssetsFolder(target).files()
    assert project.photos.pictures[0].src == f"first.assets/{name}"
    assert not staged.path.exists()


def test_export_markdown_with_images_writes_the_article_and_its_pictures(
    window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    _drop(window, _files(tmp_path / "e")[:2], window.dropEvent)
    window.pictures.wait()
    out = tmp_path / "blog"
    out.mkdir()
    monkeypatch.setattr(
        "recapdesk.ui.window.picture_commands.QFileDialog.getExistingDirectory",
        lambda *_args: str(out),
    )
    action = window.findChild(QAction, "action_exportMarkdownWithImages")
    assert action is not None
    action.trigger()
    markdown = (out / "article.md").read_text(encoding="utf-8")
    assert markdown == window.document.pipeline.markdown()
    path = window.document.path
    assert path is not None
    assets = AssetsFolder(path)
    assert sorted(p.name for p in (out / assets.name).iterdir()) == assets.files()


def test_removing_the_last_use_of_a_picture_offers_to_remove_its_file_and_undo_restores_it(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    originals = _files(tmp_path / "f")[:1]
    path = window.document.path
    assert path is not None
    assets = AssetsFolder(path)
    before = assets.files()  # the example's own photo
    _drop(window, originals, window.dropEvent)
    window.pictures.wait()
    (name,) = set(assets.files()) - set(before)
    tab = _photos(window)
    tab.picture_list.setCurrentRow(1)  # after the example's photo
    dialogs.cleanup = [True]
    tab.remove_button.click()
    assert dialogs.asked[-1] == "cleanup"
    assert len(window.document.project.photos.pictures) == 1
    assert assets.files() == before
    assert originals[0].exists()  # the organizer's own file is never touched
    window.document.undo_stack.undo()  # one step: the picture and its file
    assert assets.files() == sorted([*before, name])
    assert len(window.document.project.photos.pictures) == 2


def test_a_file_still_used_elsewhere_is_not_offered(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _drop(window, _files(tmp_path / "g")[:1], window.dropEvent)
    window.pictures.wait()
    tab = _photos(window)
    reference = window.document.project.photos.pictures[-1].src  # the one dropped
    window.document.set_field(("next_phase", "text"), f"![again]({reference})")
    tab.picture_list.setCurrentRow(tab.picture_list.count() - 1)
    tab.remove_button.click()
    assert "cleanup" not in dialogs.asked


def test_an_untitled_projects_pictures_survive_a_crash_with_its_recovery_file(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    from recapdesk.store.recovery import read_info
    from recapdesk.ui.safety.restore import restore_into

    crashed = make_window()
    _drop(crashed, _files(tmp_path / "h")[:1], crashed.dropEvent)
    crashed.pictures.wait()
    recovery = crashed.autosave.write_now()
    assert recovery is not None
    # The recovery file and the picture lie side by side in the recovery folder.
    staged = crashed.document.staging
    assert staged is not None and staged.path.parent.parent == recovery.parent

    restored = make_window()
    assert restore_into(restored, read_info(recovery))  # type: ignore[arg-type]
    folder = restored.document.pictures_folder()
    assert folder is not None
    html = restored.document.pipeline.wechat_html(pictures_from=folder)
    assert html.count("data:image/jpeg;base64,") == 1
