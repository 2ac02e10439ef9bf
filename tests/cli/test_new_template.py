"""``recapdesk new --template`` and ``--list-templates``, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from recapdesk.model import Language
from recapdesk.templates import TEMPLATES, template_names, template_text
from tests.support import run_cli


def run_in(language: str, home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command on a system speaking ``language``, with no preference saved."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env |= {"LANGUAGE": language, "LANG": f"{language}.UTF-8", "XDG_CONFIG_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "recapdesk", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_list_templates_prints_each_name_and_description(tmp_path: Path) -> None:
    result = run_in("en_US", tmp_path, "new", "--list-templates")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == template_names()
    assert [row[1] for row in rows] == [t.description for t in TEMPLATES]
    assert not any(path.name.endswith(".toml") for path in tmp_path.rglob("*"))


def test_new_from_a_template_writes_the_template(tmp_path: Path) -> None:
    for name in template_names():
        output = tmp_path / f"{name}.recap.toml"
        result = run_cli("new", "--template", name, "--language", "en", "-o", output)
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"wrote {output}\n"
        assert output.read_text(encoding="utf-8") == template_text(name, Language.EN)


def test_the_template_comes_in_the_interface_language_unless_asked(tmp_path: Path) -> None:
    chinese, english = tmp_path / "zh.recap.toml", tmp_path / "en.recap.toml"
    assert run_in("zh_CN", tmp_path, "new", "--template", "meetup", "-o", chinese).returncode == 0
    assert run_in("en_US", tmp_path, "new", "--template", "meetup", "-o", english).returncode == 0
    assert chinese.read_text(encoding="utf-8") == template_text("meetup", Language.ZH)
    assert english.read_text(encoding="utf-8") == template_text("meetup", Language.EN)
    asked = tmp_path / "asked.recap.toml"
    result = run_in(
        "zh_CN", tmp_path, "new", "--template", "meetup", "--language", "en", "-o", asked
    )
    assert result.returncode == 0, result.stderr
    assert asked.read_text(encoding="utf-8") == template_text("meetup", Language.EN)


def test_an_unknown_template_is_refused_with_the_names(tmp_path: Path) -> None:
    output = tmp_path / "x.recap.toml"
    result = run_cli("new", "--template", "party", "-o", output)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("recapdesk: no template is named 'party'; the templates are: ")
    assert all(name in result.stderr for name in template_names())
    assert not output.exists()


def test_a_template_never_overwrites_without_force(tmp_path: Path) -> None:
    output = tmp_path / "mine.recap.toml"
    output.write_bytes(b"my precious work")
    result = run_cli("new", "--template", "hackathon", "--language", "zh", "-o", output)
    assert result.returncode == 2
    assert result.stderr == f"recapdesk: {output}: already exists (use --force to overwrite)\n"
    assert output.read_bytes() == b"my precious work"
    forced = run_cli("new", "--template", "hackathon", "--language", "zh", "-o", output, "--force")
    assert forced.returncode == 0, forced.stderr
    assert output.read_text(encoding="utf-8") == template_text("hackathon", Language.ZH)


def test_new_without_output_or_with_two_starts_is_a_usage_error(tmp_path: Path) -> None:
    missing = run_cli("new", "--template", "meetup")
    assert missing.returncode == 2
    assert "-o/--output" in missing.stderr
    both = run_cli(
        "new", "--template", "meetup", "--example", "k8s-source-study-phase1", "-o", tmp_path / "x"
    )
    assert both.returncode == 2
    assert "not allowed with argument" in both.stderr
    assert not (tmp_path / "x").exists()
