"""``recapdesk --help`` in the UI language (the Preferences choice, else the system's), and
headless commands that never load Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recapdesk.resources import ENV_OVERRIDE, resource_path

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled resources with the committed translations compiled (as the build does)."""
    root = tmp_path_factory.mktemp("resources")
    for folder in resource_path().iterdir():
        if folder.is_dir() and folder.name != "translations":
            (root / folder.name).symlink_to(folder, target_is_directory=True)
    (root / "translations").mkdir()
    for source in resource_path("translations").glob("*.ts"):
        target = root / "translations" / f"{source.stem}.qm"
        subprocess.run(
            [str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True, timeout=60
        )
    return root


def run(
    args: list[str], resources: Path, home: Path, language: str, code: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env |= {
        "LANGUAGE": language,
        "LANG": f"{language}.UTF-8",
        "XDG_CONFIG_HOME": str(home / "config"),
        ENV_OVERRIDE: str(resources),
        "COLUMNS": "100",
    }
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "recapdesk"]
    return subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_help_follows_a_chinese_system(resources: Path, tmp_path: Path) -> None:
    shown = run(["--help"], resources, tmp_path, "zh_CN")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("用法：recapdesk")
    assert "撰写社区活动每一期的总结文章。" in shown.stdout
    assert "输出或写入文章" in shown.stdout  # render
    assert "选项" in shown.stdout and "显示此帮助信息并退出" in shown.stdout
    assert "示例：" in shown.stdout and "把手写的总结导入为新项目" in shown.stdout
    rows = run(["import-rows", "--help"], resources, tmp_path, "zh_CN")
    assert "从 1 开始的列号" in rows.stdout


def test_help_follows_an_english_system(resources: Path, tmp_path: Path) -> None:
    shown = run(["render", "--help"], resources, tmp_path, "en_US")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("usage: recapdesk render")
    assert "md: Markdown (default)" in shown.stdout
    assert "用法" not in shown.stdout


def test_help_follows_the_language_chosen_in_preferences(resources: Path, tmp_path: Path) -> None:
    config = tmp_path / "config" / "recapdesk"
    config.mkdir(parents=True)
    (config / "recapdesk.conf").write_text("[preferences]\nui_language=en\n", encoding="utf-8")
    shown = run(["--help"], resources, tmp_path, "zh_CN")
    assert shown.stdout.startswith("usage: recapdesk")
    assert "Write the recap article of a community program phase." in shown.stdout


def test_headless_commands_load_no_qt(resources: Path, tmp_path: Path) -> None:
    example = resource_path("examples", "k8s-source-study-phase1.recap.toml")
    code = (
        "import sys\n"
        "from recapdesk.cli import main\n"
        f"codes = [main(['render', {str(example)!r}]), main(['check', {str(example)!r}])]\n"
        "qt = sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT', qt, codes, file=sys.stderr)\n"
    )
    done = run([], resources, tmp_path, "zh_CN", code)
    assert "QT [] [0, 1]" in done.stderr, done.stderr
    assert done.stdout.startswith("# ")  # the Markdown, in the article's language


def test_template_descriptions_follow_the_ui_language(resources: Path, tmp_path: Path) -> None:
    shown = run(["new", "--list-templates"], resources, tmp_path, "zh_CN")
    assert shown.returncode == 0, shown.stderr
    rows = dict(line.split("\t") for line in shown.stdout.splitlines())
    assert rows["meetup"].startswith("线下 Meetup：每场分享一节")
    assert rows["yearly-summary"].startswith("社区的一年")
    english = run(["new", "--list-templates"], resources, tmp_path, "en_US")
    assert dict(line.split("\t") for line in english.stdout.splitlines())["meetup"].startswith(
        "A meetup: one section per talk"
    )
