"""The Recognition tab's avatars: Fetch avatars against a local stand-in for GitHub (a
redirect, then the picture: tests/github_stub.py), with progress, Cancel and the failures
listed, one undo step; Choose photo… and Remove photo; thumbnails in the photo column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot
from tests.github_stub import FakeGitHub, fake_github, png

from recapdesk.compose import compose
from recapdesk.model import GroupColumn
from recapdesk.store.avatars import GITHUB_URL_ENV
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab

# The example's committee: 厉辉 Miss-you, 赵卫国 zhaoweiguo, 金润森 gasxia, 王文虎 wenhuwang.
AVATARS = {"Miss-you": png("#aa0000"), "zhaoweiguo": png("#00aa00"), "gasxia": png("#0000aa")}


@pytest.fixture
def github(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGitHub]:
    with fake_github(AVATARS) as fake:
        monkeypatch.setenv(GITHUB_URL_ENV, fake.url)
        yield fake


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> Iterator[RecognitionTab]:
    widget = RecognitionTab(document)
    qtbot.addWidget(widget)
    widget.select_group("committee")
    yield widget
    widget.avatars.cancel()
    widget.avatars.wait()


def _photos(document: ProjectDocument) -> list[str]:
    return [person.photo for person in document.project.group("committee").people]


def _fetch_and_wait(qtbot: QtBot, tab: RecognitionTab) -> None:
    qtbot.mouseClick(tab.avatars.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.avatars.running(), timeout=20_000)


def test_fetch_avatars_gives_each_person_their_picture_in_one_undo_step(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument, github: FakeGitHub
) -> None:
    steps = document.undo_stack.count()
    _fetch_and_wait(qtbot, tab)
    photos = _photos(document)
    folder = document.path.parent if document.path else Path()
    for photo, github_id in zip(photos[:3], ["Miss-you", "zhaoweiguo", "gasxia"], strict=True):
        assert photo.startswith("k8s-source-study-phase1.assets/")
        assert (folder / photo).read_bytes() == AVATARS[github_id]  # in the project's assets
    assert photos[3] == ""  # GitHub has none for wenhuwang
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Fetch avatars"
    assert tab.avatars.report.text() == "3 avatars fetched."
    assert tab.avatars.problems.text() == (
        "Not fetched (1):\n• 王文虎 (wenhuwang): GitHub has no avatar for wenhuwang (HTTP 404)"
    )
    assert not tab.avatars.problems.isHidden()
    # The photo column shows each picture as a thumbnail.
    model = tab.people_model
    photo_column = [c.field for c in model.columns].index("photo")

    def thumbnail(row: int) -> object:
        return model.data(model.index(row, photo_column), Qt.ItemDataRole.DecorationRole)

    qtbot.waitUntil(lambda: isinstance(thumbnail(0), QPixmap), timeout=10_000)
    assert thumbnail(3) is None
    cell = model.index(0, photo_column)
    assert model.data(cell) == ""  # the picture, not its file name
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == photos[0]
    assert model.data(cell, Qt.ItemDataRole.EditRole) == photos[0]
    # Shown in the article once the group shows the photo column.
    tab.column_boxes[GroupColumn.PHOTO].setChecked(True)
    assert f"![厉辉]({photos[0]})" in compose(document.project)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert _photos(document) == ["", "", "", ""]


def test_an_avatar_fetched_is_not_fetched_again(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument, github: FakeGitHub
) -> None:
    _fetch_and_wait(qtbot, tab)
    assert sorted(github.pictures_asked()) == ["Miss-you", "gasxia", "zhaoweiguo"]
    asked = len(github.asked)
    steps = document.undo_stack.count()
    _fetch_and_wait(qtbot, tab)
    assert github.asked[asked:] == ["/wenhuwang.png?size=200"]  # only the one without a photo
    assert document.undo_stack.count() == steps  # nothing new: no step
    github.avatars["wenhuwang"] = png("#777777")
    _fetch_and_wait(qtbot, tab)
    assert all(_photos(document))
    _fetch_and_wait(qtbot, tab)
    assert tab.avatars.report.text() == "Everyone with a GitHub id has a photo already."


def test_typing_goes_on_while_fetching_and_cancel_stops_at_once(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument, github: FakeGitHub
) -> None:
    github.gate.clear()  # a slow network: every picture waits
    steps = document.undo_stack.count()
    qtbot.mouseClick(tab.avatars.fetch_button, Qt.MouseButton.LeftButton)
    assert tab.avatars.running()
    assert not tab.avatars.progress.isHidden() and not tab.avatars.cancel_button.isHidden()
    assert tab.avatars.progress.maximum() == 4 and tab.avatars.progress.value() == 0
    assert not tab.avatars.fetch_button.isEnabled()
    tab.heading.setFocus()
    tab.heading.selectAll()
    qtbot.keyClicks(tab.heading, "Committee")  # the window answers while the fetch waits
    assert document.project.group("committee").heading == "Committee"
    qtbot.mouseClick(tab.avatars.cancel_button, Qt.MouseButton.LeftButton)
    assert not tab.avatars.running()
    assert tab.avatars.progress.isHidden() and tab.avatars.fetch_button.isEnabled()
    assert tab.avatars.report.text() == "Cancelled: 0 avatars fetched."
    github.gate.set()  # the requests under way end now: their pictures go nowhere
    tab.avatars.wait()
    assert _photos(document) == ["", "", "", ""]
    assert document.undo_stack.count() == steps + 1  # the heading typed, nothing else


def test_choose_photo_and_remove_photo(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument, tmp_path: Path
) -> None:
    picture = tmp_path / "我的照片.png"
    picture.write_bytes(png("#123456"))
    chosen: list[str] = []

    def choose(folder: str) -> Path | None:
        chosen.append(folder)
        return picture

    tab.avatars.choose_picture = choose
    assert not tab.avatars.choose_button.isEnabled()  # no one selected
    tab.people_table.select_rows(1, 1)
    assert tab.avatars.choose_button.isEnabled() and not tab.avatars.remove_button.isEnabled()
    qtbot.mouseClick(tab.avatars.choose_button, Qt.MouseButton.LeftButton)
    photo = _photos(document)[1]
    assert chosen == [str(tmp_path)]
    assert photo.startswith("k8s-source-study-phase1.assets/") and photo.endswith(".png")
    assert "我的照片" not in photo  # content-addressed, as every picture of the project
    assert (tmp_path / photo).read_bytes() == picture.read_bytes()
    tab.people_table.select_rows(2, 1)
    qtbot.mouseClick(tab.avatars.choose_button, Qt.MouseButton.LeftButton)
    assert _photos(document)[2] == photo  # the same picture is stored once
    assert tab.avatars.remove_button.isEnabled()
    qtbot.mouseClick(tab.avatars.remove_button, Qt.MouseButton.LeftButton)
    assert _photos(document) == ["", photo, "", ""]
    document.undo_stack.undo()
    assert _photos(document) == ["", photo, photo, ""]


def test_a_file_that_is_no_picture_is_said_so(
    qtbot: QtBot, tab: RecognitionTab, document: ProjectDocument, tmp_path: Path
) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture", encoding="utf-8")
    tab.avatars.choose_picture = lambda _folder: text
    tab.people_table.select_rows(0, 1)
    steps = document.undo_stack.count()
    qtbot.mouseClick(tab.avatars.choose_button, Qt.MouseButton.LeftButton)
    assert "notes.png is not a picture recapdesk can read" in tab.avatars.problems.text()
    assert document.undo_stack.count() == steps


def test_a_tab_closed_while_fetching_hears_nothing_more(
    qtbot: QtBot, document: ProjectDocument, github: FakeGitHub
) -> None:
    tab = RecognitionTab(document)
    tab.select_group("committee")
    github.gate.clear()
    tab.avatars.fetch()
    job = tab.avatars._job
    assert job is not None
    destroyed: list[bool] = []
    tab.destroyed.connect(lambda: destroyed.append(True))
    tab.deleteLater()
    qtbot.waitUntil(lambda: bool(destroyed))
    github.gate.set()  # the pictures arrive after the tab is gone: no error, no edit
    job.thread.join(20)
    qtbot.wait(50)
    assert _photos(document) == ["", "", "", ""]
