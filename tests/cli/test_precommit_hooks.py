"""The repository's .pre-commit-hooks.yaml: each hook checks every *.recap.toml it is given
in one run, refuses errors and lets warnings through unless asked to be strict."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from recapdesk.model import Project
from recapdesk.store import save
from tests.support import EXAMPLE_PATH, run_cli

ROOT = Path(__file__).resolve().parents[2]
HOOKS_FILE = ROOT / ".pre-commit-hooks.yaml"


def _hooks() -> list[dict[str, str]]:
    """The hooks as key -> value (the file is a flat list of mappings of plain scalars)."""
    hooks: list[dict[str, str]] = []
    for line in HOOKS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.fullmatch(r"(- )?\s*([a-z_]+): (.*)", line)
        assert item, line
        if item[1]:
            hooks.append({})
        hooks[-1][item[2]] = item[3]
    return hooks


def test_the_hooks_run_recapdesk_check_on_recap_files() -> None:
    hooks = _hooks()
    assert [h["id"] for h in hooks] == ["recapdesk-check", "recapdesk-check-wechat"]
    for hook in hooks:
        assert hook["language"] == "python"
        assert hook["entry"].startswith("recapdesk check")
        files = re.compile(hook["files"])
        assert files.search("recaps/2024/phase1.recap.toml")
        assert not files.search("pyproject.toml")
        assert not files.search("phase1.recap.toml.bak")


@pytest.fixture
def staged(tmp_path: Path) -> list[Path]:
    done = Project()
    done.article.title = "二期总结"
    done.background.text = "二期读完了第六章。"
    done.next_phase.text = "三期见。"
    save(done, tmp_path / "done.recap.toml")
    draft = tmp_path / "draft.recap.toml"
    draft.write_bytes(EXAMPLE_PATH.read_bytes())
    return [tmp_path / "done.recap.toml", draft]


def _run(hook: dict[str, str], files: list[Path], *args: str) -> int:
    command = shlex.split(hook["entry"])
    assert command[0] == "recapdesk"
    return run_cli(*command[1:], *args, *files).returncode


def test_warnings_pass_errors_fail(staged: list[Path], tmp_path: Path) -> None:
    content = _hooks()[0]
    assert _run(content, staged) == 0  # the draft's placeholders: listed, not refused
    assert _run(content, staged, "--strict") == 1
    broken = tmp_path / "broken.recap.toml"
    broken.write_text('schema = 1\n[[honorees.people]]\ngithub = "@x"\n', encoding="utf-8")
    assert _run(content, [*staged, broken]) == 2


def test_the_wechat_hook_refuses_what_wechat_refuses(tmp_path: Path) -> None:
    project = Project()
    project.article.title = "题" * 70
    save(project, tmp_path / "long.recap.toml")
    assert _run(_hooks()[1], [tmp_path / "long.recap.toml"]) == 2
