"""The CI example in docs/ci-example.md works: its script, run on a repository of recaps,
checks them and leaves each one's Markdown and WeChat HTML under out/."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from recapdesk.model import Project
from recapdesk.store import save
from tests.support import EXAMPLE_PATH

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ci-example.md"


def _script() -> str:
    """The shell script of the workflow's "Check and render every recap" step."""
    text = DOC.read_text(encoding="utf-8")
    step = re.search(r"- name: Check and render every recap\n\s+run: \|\n((?:\s{10}.*\n)+)", text)
    assert step, "the step is missing from the workflow"
    return "\n".join(line[10:] for line in step[1].splitlines())


def _run(repository: Path) -> subprocess.CompletedProcess[str]:
    # The workflow's `pip install` puts `recapdesk` on PATH: here, this environment's.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", "-c", _script()], cwd=repository, env=env, capture_output=True, text=True
    )


def test_the_workflow_uploads_what_the_script_writes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "actions/upload-artifact" in text and "path: out/" in text


def test_the_script_renders_every_project(tmp_path: Path) -> None:
    (tmp_path / "events" / "2024").mkdir(parents=True)
    (tmp_path / "events" / "2024" / "phase1.recap.toml").write_bytes(EXAMPLE_PATH.read_bytes())
    other = Project()
    other.article.title = "二期总结"
    save(other, tmp_path / "phase2.recap.toml")
    result = _run(tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*")) == [
        "events/2024/phase1.md",
        "events/2024/phase1.wechat.html",
        "phase2.md",
        "phase2.wechat.html",
    ]
    assert (out / "events/2024/phase1.md").read_text(encoding="utf-8").startswith("# kubernetes")
    assert "style=" in (out / "events/2024/phase1.wechat.html").read_text(encoding="utf-8")


def test_the_script_stops_at_a_project_with_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.recap.toml").write_text(
        'schema = 1\n[[honorees.people]]\ngithub = "@x"\n', encoding="utf-8"
    )
    result = _run(tmp_path)
    assert result.returncode == 2
    assert not (tmp_path / "out").exists()
