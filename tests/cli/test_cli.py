"""The recapdesk command, run as a user runs it (a subprocess, no display needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from recapdesk import __version__, cli, headless
from recapdesk.compose import compose
from recapdesk.model import Language, Project
from recapdesk.render import page_html, render_fragment
from recapdesk.store import dumps, load
from tests.support import EXAMPLE_NAME, EXAMPLE_PATH, example_project, run_cli


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "phase1.recap.toml"
    path.write_bytes(EXAMPLE_PATH.read_bytes())
    return path


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"recapdesk {__version__}\n"


def test_every_headless_command_is_dispatched_as_a_command_not_a_project_to_open() -> None:
    assert set(cli.COMMANDS) == set(headless.HANDLERS)


def test_choosing_window_or_command_loads_neither_qt_nor_the_core() -> None:
    # The window's start-up clock starts at this import; the core waits until it is shown.
    probe = "import sys, recapdesk.cli; print(sorted(m for m in sys.modules if m.startswith(("
    probe += "'PySide6', 'pydantic', 'markdown', 'recapdesk.model'))))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == "[]\n"


def test_help_shows_the_commands_and_examples() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for text in ("render", "check", "new", "examples:"):
        assert text in result.stdout
    assert f"recapdesk new --example {EXAMPLE_NAME} -o demo.recap.toml" in result.stdout


def test_render_markdown_to_stdout(example_file: Path) -> None:
    result = run_cli("render", example_file)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == compose(example_project())
    assert result.stdout.startswith("# kubernetes源码研习社 一期活动总结\n")


def test_render_html_page_to_stdout(example_file: Path) -> None:
    result = run_cli("render", example_file, "--to", "html")
    assert result.returncode == 0, result.stderr
    project = example_project()
    # A whole render of the Markdown: what the pipeline's sectioned HTML equals.
    body = render_fragment(compose(project))
    expected = page_html(body, title=project.article.title, lang="zh")
    assert result.stdout == expected
    assert "<title>kubernetes源码研习社 一期活动总结</title>" in result.stdout


@pytest.mark.parametrize("to", ["md", "html"])
def test_render_to_a_file(example_file: Path, tmp_path: Path, to: str) -> None:
    output = tmp_path / f"out.{to}"
    stdout = run_cli("render", example_file, "--to", to).stdout
    result = run_cli("render", example_file, "--to", to, "-o", output)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert output.read_bytes() == stdout.encode("utf-8")


def test_render_into_a_missing_folder_is_one_line(example_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "missing" / "out.md"
    result = run_cli("render", example_file, "-o", output)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"recapdesk: {output}: ")
    assert "Traceback" not in result.stderr


def test_new_writes_an_empty_project(tmp_path: Path) -> None:
    output = tmp_path / "phase2.recap.toml"
    result = run_cli("new", "-o", output)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {output}\n"
    assert load(output) == Project()


def test_new_in_english(tmp_path: Path) -> None:
    output = tmp_path / "phase2.recap.toml"
    assert run_cli("new", "-o", output, "--language", "en").returncode == 0
    assert load(output).article.language is Language.EN


def test_new_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    output = tmp_path / "mine.recap.toml"
    output.write_bytes(b"my precious work")
    result = run_cli("new", "-o", output)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"recapdesk: {output}: already exists (use --force to overwrite)\n"
    assert output.read_bytes() == b"my precious work"

    result = run_cli("new", "-o", output, "--force")
    assert result.returncode == 0, result.stderr
    assert load(output) == Project()


def test_new_from_the_bundled_example(tmp_path: Path) -> None:
    output = tmp_path / "demo.recap.toml"
    result = run_cli("new", "--example", EXAMPLE_NAME, "-o", output)
    assert result.returncode == 0, result.stderr
    # The example with its photo, copied into demo.assets/ and referred to there.
    expected = example_project()
    (photo,) = expected.photos.pictures
    name = photo.src.removeprefix(f"{EXAMPLE_NAME}.assets/")
    photo.src = f"demo.assets/{name}"
    assert load(output) == expected
    assert output.read_text(encoding="utf-8") == dumps(expected)
    assert (tmp_path / "demo.assets" / name).read_bytes() == (
        EXAMPLE_PATH.parent / f"{EXAMPLE_NAME}.assets" / name
    ).read_bytes()
    result = run_cli("check", output, "--wechat")
    assert (result.returncode, result.stdout) == (0, "")


def test_new_with_an_unknown_example_is_refused(tmp_path: Path) -> None:
    result = run_cli("new", "--example", "no-such-example", "-o", tmp_path / "x.recap.toml")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert not (tmp_path / "x.recap.toml").exists()


def test_bad_arguments_are_usage_errors(example_file: Path) -> None:
    result = run_cli("render", example_file, "--to", "pdf")
    assert result.returncode == 2
    assert "invalid choice: 'pdf'" in result.stderr
    assert result.stdout == ""
