"""`recapdesk render --to wechat` and `recapdesk check --wechat`, as a user runs them."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support import EXAMPLE_PATH, example_project, run_cli, save_with_pictures


def test_render_to_wechat_prints_the_html_without_forbidden_constructs() -> None:
    result = run_cli("render", EXAMPLE_PATH, "--to", "wechat")
    assert result.returncode == 0, result.stderr
    html = result.stdout
    assert html.startswith("<section><h1")
    assert "kubernetes 源码研习社" in html  # pangu: on for a Chinese article
    for forbidden in ("<style", "class=", " id=", "var(", "!important", "font-family", "<li"):
        assert forbidden not in html
    assert not re.search(r"href=\"https?://(?!mp\.weixin\.qq\.com)", html)


def test_render_to_wechat_without_pangu(tmp_path: Path) -> None:
    out = tmp_path / "a.html"
    result = run_cli("render", EXAMPLE_PATH, "--to", "wechat", "--no-pangu", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "kubernetes源码研习社" in out.read_text(encoding="utf-8")


def test_check_wechat_on_the_example_reports_nothing() -> None:
    result = run_cli("check", EXAMPLE_PATH, "--wechat")
    assert (result.returncode, result.stdout) == (0, "")


def test_check_wechat_reports_errors_with_their_field_and_exit_code(tmp_path: Path) -> None:
    project = example_project()
    project.next_phase.text = "![二维码](qr.png)"
    project.article.title = "很长" * 40
    path = save_with_pictures(project, tmp_path / "p.recap.toml")
    result = run_cli("check", path, "--wechat")
    assert result.returncode == 2
    assert f"{path}: article.title: error: title-length:" in result.stdout
    # A picture missing from the project's folder: once, saying so (not also "local image").
    assert (
        f"{path}: next_phase.text: error: picture-problem: the picture file qr.png is missing:"
        " add the picture again, or correct its path\n    qr.png\n"
    ) in result.stdout
    assert result.stdout.count("qr.png") == 2  # the line and its snippet
    assert "local-image" not in result.stdout


def test_check_wechat_warnings_only_exit_1(tmp_path: Path) -> None:
    project = example_project()
    project.next_phase.text = "![图](https://raw.githubusercontent.com/a/b/main/x.png)"
    path = save_with_pictures(project, tmp_path / "p.recap.toml")
    result = run_cli("check", path, "--wechat")
    assert result.returncode == 1, result.stdout
    assert "image-host" in result.stdout
