"""``recapdesk export``, run as a user runs it: Qt only for the kinds that lay out a page,
offscreen by itself without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from recapdesk import cli, headless
from recapdesk.exports.command import KINDS
from tests.support import copy_example, run_cli

QT_MODULES = "sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "phase1.recap.toml"
    copy_example(path)
    return path


def _python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=env,
    )


def test_export_is_a_headless_command() -> None:
    assert "export" in cli.COMMANDS and "export" in headless.HANDLERS
    assert set(KINDS) == {"png", "pdf", "html", "card", "certificates"}


def test_render_check_and_the_html_export_load_no_qt(project: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.html"
    code = (
        "import sys\n"
        "from recapdesk.cli import main\n"
        f"codes = [main(['render', {str(project)!r}]), main(['check', {str(project)!r}]),\n"
        f"         main(['export', {str(project)!r}, '--to', 'html', '-o', {str(review)!r}])]\n"
        f"print('QT', {QT_MODULES}, codes, file=sys.stderr)\n"
    )
    done = _python(code)
    assert "QT [] [0, 1, 0]" in done.stderr, done.stderr
    assert review.is_file()


def test_png_export_without_a_display_goes_offscreen(project: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    output = tmp_path / "recap.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "recapdesk",
            "export",
            str(project),
            "--to",
            "png",
            "-o",
            str(output),
            "--max-height",
            "3000",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    parts = sorted(tmp_path.glob("recap-*.png"))
    assert len(parts) >= 3
    assert done.stdout.splitlines() == [f"wrote {path}" for path in parts]
    with Image.open(parts[0]) as first:
        assert first.width == 1500


def test_an_export_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.recap.toml"
    assert run_cli("new", "-o", empty).returncode == 0
    done = run_cli("export", empty, "--to", "certificates", "-o", tmp_path / "c.pdf")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"recapdesk: {tmp_path / 'c.pdf'}: the project lists no honorees: no certificate to make"
    ]
    assert not (tmp_path / "c.pdf").exists()


def test_the_kind_and_the_output_are_required(project: Path) -> None:
    assert run_cli("export", project, "-o", "x.png").returncode == 2
    assert run_cli("export", project, "--to", "gif", "-o", "x.gif").returncode == 2
    shown = run_cli("export", "--help")
    assert "--certificate-template" in shown.stdout and "--max-height" in shown.stdout
