"""A primary colour people can read: yellow headings and links on white are flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk.model import Project
from recapdesk.model.checks import Severity
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.compliance import check_wechat, color_contrast_findings
from recapdesk.render.contrast import DARK_BACKGROUND, contrast_ratio
from recapdesk.render.findings import ComplianceFinding
from recapdesk.render.themes import theme_primary
from recapdesk.store import save
from tests.support import marked_texts, run_cli


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#f0c000", "#ffffff", 1.71),
        ("#2b6cb0", "#ffffff", 5.42),
        ("#2b6cb0", DARK_BACKGROUND, 3.24),
    ],
)
def test_contrast_ratio_is_wcag_s(a: str, b: str, ratio: float) -> None:
    assert contrast_ratio(a, b) == pytest.approx(ratio, abs=0.01)
    assert contrast_ratio(b, a) == contrast_ratio(a, b)


def _project(color: str) -> Project:
    project = Project()
    project.article.title = "二期总结"
    project.background.text = "见[仓库](https://github.com/cloudnativeto)。"
    project.article.primary_color = color
    return project


def _check(project: Project) -> list[ComplianceFinding]:
    return check_wechat(project, ArticlePipeline(project).check_input())


def test_yellow_on_white_is_flagged_by_check_wechat() -> None:
    findings = [f for f in _check(_project("#f0c000")) if f.rule.startswith("contrast")]
    assert [(f.rule, f.field, f.severity, f.snippet) for f in findings] == [
        ("contrast-light", "article.primary_color", Severity.WARNING, "#f0c000")
    ]
    assert findings[0].message == (
        "the primary colour has a contrast of 1.7:1 on white (light mode);"
        " headings and links need at least 4.5:1 (WCAG AA)"
    )


def test_navy_is_unreadable_in_wechat_dark_mode() -> None:
    [finding] = color_contrast_findings("#000080")
    assert finding.rule == "contrast-dark"
    assert finding.message == (
        "the primary colour has a contrast of 1.0:1 on WeChat's dark background;"
        " headings and links need at least 3:1 there"
    )


# cloud-native's own green is 4.14:1 on white; only a colour the user chose is checked.
@pytest.mark.parametrize("theme", ["default", "classic"])
def test_the_themes_own_colours_and_readable_choices_pass(theme: str) -> None:
    assert color_contrast_findings(theme_primary(theme)) == []
    assert color_contrast_findings("#c0392b") == []


def test_no_colour_of_the_user_no_finding() -> None:
    assert not [f for f in _check(_project("")) if f.rule.startswith("contrast")]


def test_the_messages_are_marked_for_translation() -> None:
    from recapdesk.render import contrast

    findings = [f for c in ("#f0c000", "#000080") for f in color_contrast_findings(c)]
    used = {(f.text.context, f.text.template) for f in findings}
    assert used == marked_texts(contrast)


def test_check_wechat_on_the_command_line_warns(tmp_path: Path) -> None:
    path = tmp_path / "yellow.recap.toml"
    save(_project("#f0c000"), path)
    result = run_cli("check", path, "--wechat")
    assert result.returncode == 1, result.stderr  # a warning only
    assert result.stdout.startswith(
        f"{path}: article.primary_color: warning: contrast-light: the primary colour has a"
        " contrast of 1.7:1 on white"
    )
