"""A file that is not a project (a Markdown recap, a text file) is said to be so, not reported
as broken TOML; the command line suggests `recapdesk import` for Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk.store import NotAProjectError, ProjectFileError, load
from tests.support import SEED_DRAFT, run_cli


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("draft.md", SEED_DRAFT.read_text(encoding="utf-8")),
        ("notes.txt", "会议记录\n明天 10 点开会\n"),
        ("phase1.recap.toml", "# 一期总结\n\n正文。\n"),
        ("notes.md", "# 一期总结\n"),  # a heading alone is a TOML comment: valid, and empty
    ],
)
def test_a_file_that_is_not_a_project_says_so(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotAProjectError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}: not a recapdesk project: a project file is TOML that starts with 'schema = 2'"
    )
    assert "TOML:" not in str(caught.value)
    assert caught.value.markdown is name.endswith(".md")


def test_a_broken_project_is_still_broken_toml(tmp_path: Path) -> None:
    path = tmp_path / "p.recap.toml"
    path.write_text('schema = 1\n\n[article]\ntitle = "no closing quote\n', encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    assert not isinstance(caught.value, NotAProjectError)
    assert "not valid TOML" in str(caught.value)


def test_the_command_line_suggests_importing_markdown(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(SEED_DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("check", path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"recapdesk: {path}: not a recapdesk project: a project file is TOML that starts with"
        " 'schema = 2'",
        f"recapdesk: to make a project of this Markdown recap: recapdesk import {path} -o"
        " PROJECT.recap.toml",
    ]


def test_the_command_line_says_no_more_for_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("会议记录\n", encoding="utf-8")
    result = run_cli("render", path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "not a recapdesk project" in result.stderr
