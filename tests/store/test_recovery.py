"""Recovery files: the unsaved project plus who it belongs to, written atomically, read back
exactly, listed newest first, and never lost to a failed write."""

from __future__ import annotations

import datetime
import errno
import os
from pathlib import Path

import pytest

from recapdesk.i18n import Message
from recapdesk.store import (
    ProjectFileError,
    dumps,
    errors,
    loads,
    migrations,
    project_file,
    recovery,
)
from recapdesk.store.recovery import (
    RECOVERY_SUFFIX,
    discard_recovery,
    list_recovery,
    read_info,
    read_recovery,
    recovery_path,
    recovery_text,
    write_recovery,
)
from tests.support import example_project, marked_texts, templates

WHEN = datetime.datetime(2024, 5, 1, 21, 30, 5, tzinfo=datetime.UTC)


def test_round_trip_keeps_the_project_and_where_it_came_from(tmp_path: Path) -> None:
    project = example_project()
    project.testimonials.people[0].body += "\n\n今晚收集的新感言"
    original = tmp_path / "phase1.recap.toml"
    path = recovery_path(tmp_path / "recovery", "window-1")
    write_recovery(path, project, original, base_hash="abc123", saved=WHEN)
    info, restored = read_recovery(path)
    assert restored == project
    assert dumps(restored) == dumps(project)
    assert info.original == original
    assert info.title == "kubernetes源码研习社 一期活动总结"
    assert info.saved == WHEN
    assert info.pid == os.getpid()
    assert info.base_hash == "abc123"
    assert info.session == "window-1"
    assert info.problem == ""


def test_untitled_project_has_no_original(tmp_path: Path) -> None:
    project = example_project()
    project.article.title = ""
    path = recovery_path(tmp_path, "untitled")
    write_recovery(path, project, None)
    info, restored = read_recovery(path)
    assert info.original is None
    assert info.title == ""
    assert restored == project


def test_the_file_is_the_project_text_then_a_recovery_table(tmp_path: Path) -> None:
    """Readable in any text editor: the project as it would be saved, and four lines more."""
    project = example_project()
    text = recovery_text(project, tmp_path / "p.recap.toml", saved=WHEN)
    project_text, _, header = text.rpartition("\n[recovery]\n")
    assert loads(project_text) == project
    assert 'saved = "2024-05-01T21:30:05+00:00"' in header
    assert f'original = "{tmp_path / "p.recap.toml"}"' in header


def test_user_text_that_looks_like_the_header_is_kept(tmp_path: Path) -> None:
    project = example_project()
    project.testimonials.people[1].body = 'a\n[recovery]\nformat = 1\ntitle = "x"\n'
    project.article.title = "[recovery]"
    path = recovery_path(tmp_path, "s")
    write_recovery(path, project, None)
    info, restored = read_recovery(path)
    assert restored == project
    assert info.title == "[recovery]"


def test_list_is_newest_first_and_skips_other_files(tmp_path: Path) -> None:
    older, newer = example_project(), example_project()
    older.article.title, newer.article.title = "older", "newer"
    write_recovery(recovery_path(tmp_path, "a"), older, None, saved=WHEN)
    write_recovery(
        recovery_path(tmp_path, "b"), newer, None, saved=WHEN + datetime.timedelta(minutes=5)
    )
    (tmp_path / f".b{RECOVERY_SUFFIX}.x1y2.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "a.lock").write_text("123", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert [info.title for info in list_recovery(tmp_path)] == ["newer", "older"]


def test_missing_folder_has_no_recovery_files(tmp_path: Path) -> None:
    assert list_recovery(tmp_path / "never-created") == []


def test_an_unreadable_recovery_file_is_listed_with_its_problem(tmp_path: Path) -> None:
    """It is shown (and can be discarded) rather than silently skipped: it may hold work."""
    path = recovery_path(tmp_path, "cut")
    write_recovery(path, example_project(), None)
    path.write_text(path.read_text(encoding="utf-8")[:300], encoding="utf-8")
    [info] = list_recovery(tmp_path)
    assert info.path == path
    assert "no [recovery] table" in str(info.problem)
    with pytest.raises(ProjectFileError):
        read_recovery(path)


BROKEN = pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01binary", "binary"),
        (b"schema = 1\n\n[recovery]\nformat = 99\n", "unknown kind"),
        (b'schema = 1\n\n[recovery]\nformat = 1\nsaved = "soon"\n', "unreadable"),
        (b'schema = 99\n\n[recovery]\nformat = 1\nsaved = "2024-05-01"\n', "newer"),
        ("標題".encode("gbk") + b"\n\n[recovery]\n", "not UTF-8"),
        (b"schema = 1\n\n[recovery]\nformat = [\n", "not valid TOML"),
        (b"schema = 1\n", "not a recovery file"),
    ],
    ids=[
        "binary",
        "future-format",
        "bad-time",
        "future-schema",
        "gbk",
        "bad-header",
        "no-header",
    ],
)


@BROKEN
def test_broken_recovery_files_end_in_the_one_error(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = recovery_path(tmp_path, "broken")
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=reason):
        read_recovery(path)


@BROKEN
def test_why_a_recovery_file_is_unreadable_is_marked_for_translation(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    """The restore offer shows the problem translated: every template in it is one lupdate
    collects."""
    path = recovery_path(tmp_path, "broken")
    path.write_bytes(content)
    problem = read_info(path).problem
    assert isinstance(problem, Message)
    assert reason in str(problem)
    assert set(templates(problem)) <= marked_texts(errors, project_file, recovery, migrations)


def test_a_failed_write_keeps_the_previous_recovery_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = recovery_path(tmp_path, "s")
    first = example_project()
    write_recovery(path, first, None)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    second = example_project()
    second.article.title = "never written"
    with pytest.raises(ProjectFileError, match="No space left on device"):
        write_recovery(path, second, None)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_discard_removes_and_tolerates_a_missing_file(tmp_path: Path) -> None:
    path = recovery_path(tmp_path, "s")
    write_recovery(path, example_project(), None)
    discard_recovery(path)
    assert not path.exists()
    discard_recovery(path)
