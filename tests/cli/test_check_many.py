"""`recapdesk check` takes several projects in one run, as pre-commit passes them."""

from __future__ import annotations

from pathlib import Path

from recapdesk.model import Project
from recapdesk.store import save
from tests.support import EXAMPLE_PATH, run_cli


def _complete(path: Path) -> Path:
    project = Project()
    project.article.title = "二期总结"
    project.background.text = "二期读完了第六章。"
    project.next_phase.text = "三期见。"
    save(project, path)
    return path


def _example(path: Path) -> Path:
    path.write_bytes(EXAMPLE_PATH.read_bytes())
    return path


def test_several_projects_in_one_run(tmp_path: Path) -> None:
    done = _complete(tmp_path / "done.recap.toml")
    draft = _example(tmp_path / "draft.recap.toml")
    result = run_cli("check", done, draft)
    assert result.returncode == 1, result.stderr  # the worst of the files: warnings
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(f"{draft}: ") for line in lines)
    alone = run_cli("check", draft)
    assert alone.stdout == result.stdout


def test_a_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    broken = tmp_path / "broken.recap.toml"
    broken.write_text('schema = 1\n[article]\ntitle = "x\n', encoding="utf-8")
    draft = _example(tmp_path / "draft.recap.toml")
    result = run_cli("check", broken, draft)
    assert result.returncode == 2
    assert result.stderr.startswith(f"recapdesk: {broken}: line 3: not valid TOML")
    assert result.stdout.startswith(f"{draft}: ")


def test_several_projects_against_wechat_s_rules(tmp_path: Path) -> None:
    done = _complete(tmp_path / "done.recap.toml")
    long_title = Project()
    long_title.article.title = "题" * 70
    save(long_title, tmp_path / "long.recap.toml")
    result = run_cli("check", "--wechat", done, tmp_path / "long.recap.toml")
    assert result.returncode == 2
    assert result.stdout.startswith(f"{tmp_path / 'long.recap.toml'}: article.title: error:")
