"""Prepared pictures are kept by content hash: an unchanged picture is never processed twice,
in one session (memory) or the next (disk); a changed one always is."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from recapdesk.render.pictures import (
    WECHAT,
    Limits,
    PictureCache,
    PictureProblem,
    PictureResult,
    PreparedPicture,
    prepare_picture,
)
from tests.render.pictures import images


class CountingProcess:
    """prepare_picture, counting the calls: a cache hit must not reach it."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, data: bytes, source: str, limits: Limits) -> PictureResult:
        self.calls.append(source)
        return prepare_picture(data, source, limits)


@pytest.fixture
def process() -> CountingProcess:
    return CountingProcess()


@cache
def photo(seed: int = 0) -> bytes:
    """One photo per seed (the noise in a generated photo is random: made once, kept)."""
    return images.camera_photo(1600 + seed * 16, 1200, 6)


def test_a_second_copy_returns_the_same_bytes_without_processing_again(
    process: CountingProcess,
) -> None:
    cache = PictureCache(None, process=process)
    first = cache.prepare(photo(), "a.jpg")
    second = cache.prepare(photo(), "a.jpg")
    assert isinstance(first, PreparedPicture)
    assert second == first
    assert process.calls == ["a.jpg"]


def test_other_limits_or_other_bytes_are_processed_again(process: CountingProcess) -> None:
    cache = PictureCache(None, process=process)
    cache.prepare(photo(), "a.jpg")
    narrow = cache.prepare(photo(), "a.jpg", Limits(max_width=640))
    cache.prepare(photo(1), "b.jpg")
    assert isinstance(narrow, PreparedPicture) and narrow.width == 640
    assert process.calls == ["a.jpg", "a.jpg", "b.jpg"]


def test_the_next_session_finds_the_result_on_disk(
    tmp_path: Path, process: CountingProcess
) -> None:
    first = PictureCache(tmp_path / "cache", process=process).prepare(photo(), "a.jpg")
    again = PictureCache(tmp_path / "cache", process=process).prepare(photo(), "a.jpg")
    assert again == first
    assert process.calls == ["a.jpg"]
    entries = list((tmp_path / "cache").glob("??/*.picture"))
    assert len(entries) == 1
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_a_damaged_disk_entry_is_computed_again(tmp_path: Path, process: CountingProcess) -> None:
    first = PictureCache(tmp_path, process=process).prepare(photo(), "a.jpg")
    (entry,) = tmp_path.glob("??/*.picture")
    entry.write_bytes(entry.read_bytes()[:-10])  # cut short by a full disk
    again = PictureCache(tmp_path, process=process).prepare(photo(), "a.jpg")
    assert again == first
    assert process.calls == ["a.jpg", "a.jpg"]


def test_a_file_is_processed_again_when_its_content_changes(
    tmp_path: Path, process: CountingProcess
) -> None:
    cache = PictureCache(None, process=process)
    path = tmp_path / "group.jpg"
    path.write_bytes(photo())
    first = cache.prepare_file(path)
    assert cache.prepare_file(path) == first
    path.write_bytes(photo(1))  # replaced under the same name
    changed = cache.prepare_file(path)
    assert isinstance(changed, PreparedPicture) and changed != first
    assert process.calls == ["group.jpg", "group.jpg"]


def test_a_missing_or_broken_file_is_a_problem_remembered_in_memory_only(
    tmp_path: Path, process: CountingProcess
) -> None:
    cache = PictureCache(tmp_path / "cache", process=process)
    missing = cache.prepare_file(tmp_path / "gone.jpg", "photos/gone.jpg")
    assert isinstance(missing, PictureProblem) and missing.source == "photos/gone.jpg"
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n broken")
    assert isinstance(cache.prepare_file(broken), PictureProblem)
    assert isinstance(cache.prepare_file(broken), PictureProblem)
    assert process.calls == ["broken.png"]
    assert not list((tmp_path / "cache").rglob("*.picture"))


def test_many_files_at_once_keep_their_order(tmp_path: Path) -> None:
    paths = []
    for seed in range(4):
        path = tmp_path / f"{seed}.jpg"
        path.write_bytes(photo(seed))
        paths.append(path)
    results = PictureCache(None).prepare_files(paths, workers=2)
    widths = [result.height for result in results if isinstance(result, PreparedPicture)]
    # Turned upright, each photo's stored width (1600 + 16 * seed) became its height.
    assert widths == [round((1600 + 16 * seed) * 1080 / 1200) for seed in range(4)]


def test_memory_is_bounded_and_keeps_the_most_recent(process: CountingProcess) -> None:
    cache = PictureCache(None, process=process, memory_bytes=1)
    cache.prepare(photo(0), "a.jpg")
    cache.prepare(photo(1), "b.jpg")
    cache.prepare(photo(1), "b.jpg")  # the most recent stays
    cache.prepare(photo(0), "a.jpg")  # the older one was dropped
    assert process.calls == ["a.jpg", "b.jpg", "a.jpg"]


def test_prune_removes_only_the_oldest_entries_of_the_cache(tmp_path: Path) -> None:
    cache = PictureCache(tmp_path)
    cache.prepare(images.svg_drawing(300, 150), "a.svg")
    cache.prepare(images.svg_drawing(400, 150), "b.svg")
    foreign = tmp_path / "ab" / "notes.txt"
    foreign.parent.mkdir(exist_ok=True)
    foreign.write_text("not ours")
    cache.prune(0)
    assert not list(tmp_path.rglob("*.picture"))
    assert foreign.read_text() == "not ours"


def test_the_default_folder_follows_the_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from recapdesk.render.pictures import default_cache_folder

    monkeypatch.setenv("RECAPDESK_CACHE_DIR", str(tmp_path))
    assert default_cache_folder() == tmp_path / "pictures"
    monkeypatch.delenv("RECAPDESK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if default_cache_folder().is_relative_to(tmp_path):  # Linux and other XDG systems
        assert default_cache_folder() == tmp_path / "xdg" / "recapdesk" / "recapdesk" / "pictures"
    assert WECHAT.key() != Limits(max_width=640).key()
