"""A broken project file is reported in one line (file, where, what) and never touched."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from recapdesk.i18n import Message
from recapdesk.store import ProjectFileError, errors, load, migrations, project_file, recovery
from recapdesk.store.project_file import MAX_FILE_BYTES
from tests.support import marked_texts, run_cli, templates


@dataclass(frozen=True)
class Broken:
    """A way to break a project file and what the message must say about it."""

    make: Callable[[Path], None]
    where: str  # the line or field the message names ("" when the whole file is wrong)
    reason: str  # words of the reason


def _text(content: str) -> Callable[[Path], None]:
    return _bytes(content.encode("utf-8"))


def _bytes(content: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(content)

    return make


def _huge(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: instant, takes no disk space
        handle.write(b"schema = 1\n")
        handle.truncate(MAX_FILE_BYTES + 1024 * 1024)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("x", encoding="utf-8")


def _missing(path: Path) -> None:
    pass


BROKEN = {
    "bad-toml": Broken(
        _text('schema = 1\n\n[article]\ntitle = "no closing quote\n'), "line 4", "not valid TOML"
    ),
    "privacy-yes": Broken(
        _text('schema = 1\n[honorees]\nprivacy = "yes"\n'), "honorees.privacy", "boolean"
    ),
    "name-number": Broken(
        _text("schema = 1\n[[honorees.people]]\nname = 3\n"),
        "honorees.people[0].name",
        "string",
    ),
    "date-as-text": Broken(
        _text("schema = 1\n[article]\ntitle = 2020-09-01\n"), "article.title", "date"
    ),
    "date-in-list": Broken(
        _text('schema = 1\n[[testimonials.people]]\nname = "a"\ncohort = 2020-09-01T10:00:00\n'),
        "testimonials.people[0].cohort",
        "date",
    ),
    "number-as-text": Broken(
        _text('schema = 1\n[[background.numbers]]\nlabel = "a"\nvalue = "96"\n'),
        "background.numbers[0].value",
        "number",
    ),
    "unknown-key": Broken(
        _text('schema = 1\n[article]\ntitel = "typo"\n'), "article.titel", "not permitted"
    ),
    "newer-schema": Broken(_text("schema = 99\n"), "schema", "newer recapdesk"),
    "no-schema": Broken(_text('[article]\ntitle = "x"\n'), "schema", "no 'schema' key"),
    "schema-text": Broken(_text('schema = "1"\n'), "schema", "whole number"),
    "gbk": Broken(
        _bytes('schema = 1\n[article]\ntitle = "一期活动总结"\n'.encode("gbk")),
        "line 3",
        "not UTF-8",
    ),
    "empty": Broken(_bytes(b""), "", "empty"),
    "only-comments": Broken(_text("# nothing here\n\n"), "", "empty"),
    "binary": Broken(_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "binary"),
    "huge": Broken(_huge, "", "8 MB"),
    "folder": Broken(_folder, "", "folder"),
    "missing": Broken(_missing, "", "no such file"),
}


def _snapshot(path: Path) -> bytes | list[str] | None:
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes() if path.exists() else None


@pytest.fixture(params=sorted(BROKEN), ids=sorted(BROKEN))
def broken(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Broken]:
    case = BROKEN[request.param]
    path = tmp_path / "phase1.recap.toml"
    case.make(path)
    return path, case


def test_load_names_file_place_and_reason(broken: tuple[Path, Broken]) -> None:
    path, case = broken
    before = _snapshot(path)
    folder_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    if case.where:
        assert f": {case.where}: " in message
    assert case.reason in message
    assert "\n" not in message
    assert _snapshot(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == folder_before


def test_the_message_is_marked_for_translation_around_the_parts_that_are_data(
    broken: tuple[Path, Broken],
) -> None:
    """The window shows the message translated: every template in it must be one lupdate
    collects; the file name, field paths and the parser's or pydantic's words are data."""
    path, _case = broken
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    message = caught.value.message
    assert set(templates(message)) <= marked_texts(errors, project_file, recovery, migrations)
    assert message.args[0] == str(path)
    assert str(message) == str(caught.value)


def test_the_toml_parsers_reason_stays_as_it_is() -> None:
    with pytest.raises(ProjectFileError) as caught:
        project_file.loads('schema = 1\ntitle = "no closing quote\n', "p.recap.toml")
    name, where, reason = caught.value.message.args
    assert name == "p.recap.toml"
    assert isinstance(where, Message) and where.template == "line %1" and where.args == ("2",)
    assert isinstance(reason, Message) and reason.template == "not valid TOML: %1"
    assert reason.args == (caught.value.reason.removeprefix("not valid TOML: "),)
    assert isinstance(reason.args[0], str) and reason.args[0]  # tomllib's words


@pytest.mark.parametrize("command", ["render", "check"])
def test_cli_reports_one_line_and_exits_2(command: str, broken: tuple[Path, Broken]) -> None:
    path, case = broken
    before = _snapshot(path)
    result = run_cli(command, path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"recapdesk: {path}: ")
    assert case.reason in lines[0]
    assert "Traceback" not in result.stderr
    assert _snapshot(path) == before


def test_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.recap.toml"
    _huge(path)

    def no_reading(self: Path) -> bytes:
        raise AssertionError("the huge file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(ProjectFileError, match="at most 8 MB"):
        load(path)


def test_utf8_with_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.recap.toml"
    path.write_bytes('\ufeffschema = 1\n[article]\ntitle = "总结"\n'.encode())
    assert load(path).article.title == "总结"
