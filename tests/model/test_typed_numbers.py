"""Text typed into a number's value that is not a number is kept and reported, not lost."""

from __future__ import annotations

from pathlib import Path

from recapdesk.compose import compose
from recapdesk.model import Number, Project
from recapdesk.model.checks import Severity, check_project
from recapdesk.store import dumps, load, save


def _project() -> Project:
    project = Project()
    project.background.numbers = [
        Number(label="参与同学", value=96, unit="位"),
        Number(label="读书笔记", value_text="约三百", unit="篇"),
    ]
    return project


def test_the_typed_text_is_kept_in_the_project_file(tmp_path: Path) -> None:
    path = tmp_path / "p.recap.toml"
    save(_project(), path)
    assert load(path).background.numbers[1].value_text == "约三百"
    assert 'value_text = "约三百"' in path.read_text(encoding="utf-8")


def test_a_number_without_typed_text_writes_no_such_line() -> None:
    assert "value_text" not in dumps(Project(background={"numbers": [Number(value=3)]}))


def test_check_reports_it_and_the_article_shows_it_as_missing() -> None:
    findings = [f for f in check_project(_project()) if f.field.startswith("background")]
    assert [(f.field, f.severity, f.message) for f in findings] == [
        (
            "background.numbers[1].value",
            Severity.WARNING,
            "读书笔记: '约三百' is not a number; the article shows it as not known yet",
        )
    ]
    assert "读书笔记：〔待补充〕篇" in compose(_project())
