"""Themes: CSS files with a primary colour the user can change, chosen in the project."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from recapdesk.model import Project
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.html import page_html
from recapdesk.render.themes import DEFAULT_THEME, theme_css, theme_names, theme_primary
from recapdesk.store import dumps, loads
from tests.support import example_project


@pytest.mark.parametrize("theme", theme_names())
def test_every_rule_is_scoped_to_the_article(theme: str) -> None:
    css = re.sub(r"/\*.*?\*/", "", theme_css(theme), flags=re.DOTALL)
    for selectors in re.findall(r"([^{}]+)\{", css):
        for selector in selectors.split(","):
            assert selector.strip().startswith(".recap"), selector


@pytest.mark.parametrize("theme", theme_names())
def test_no_theme_uses_what_wechat_strips(theme: str) -> None:
    css = re.sub(r"/\*.*?\*/", "", theme_css(theme), flags=re.DOTALL)
    for forbidden in ("var(", "!important", "font-family", "position:", "--"):
        assert forbidden not in css


def test_the_three_themes_look_different() -> None:
    primaries = {theme_primary(name) for name in ("default", "cloud-native", "classic")}
    assert len(primaries) == 3
    bodies = {theme_css(name) for name in ("default", "cloud-native", "classic")}
    assert len(bodies) == 3


@pytest.mark.parametrize("theme", theme_names())
def test_the_primary_colour_replaces_the_themes_own_everywhere(theme: str) -> None:
    own = theme_primary(theme)
    css = theme_css(theme, "#8E44AD")
    assert own not in css.lower()
    assert "#8e44ad" in css
    r, g, b = (int(own[i : i + 2], 16) for i in (1, 3, 5))
    assert not re.search(rf"rgba\(\s*{r},\s*{g},\s*{b},", css)
    if f"rgba({r}, {g}, {b}," in theme_css(theme):
        assert "rgba(142, 68, 173," in css


def test_no_colour_or_a_bad_one_leaves_the_theme_as_it_is() -> None:
    assert theme_css(DEFAULT_THEME, "") == theme_css(DEFAULT_THEME)
    assert theme_css(DEFAULT_THEME, "red") == theme_css(DEFAULT_THEME)
    assert theme_css("../../etc/passwd") == theme_css(DEFAULT_THEME)


def test_the_choice_is_kept_in_the_project_file() -> None:
    project = Project()
    project.article.theme = "cloud-native"
    project.article.primary_color = "#AA3300"
    assert project.article.primary_color == "#aa3300"
    loaded = loads(dumps(project))
    assert (loaded.article.theme, loaded.article.primary_color) == ("cloud-native", "#aa3300")
    assert loads("schema = 1\n").article.theme == DEFAULT_THEME  # older files: the default


@pytest.mark.parametrize("bad", ["red", "#fff", "#12345g", "2b6cb0", "#2b6cb0 "])
def test_a_colour_must_be_rrggbb(bad: str) -> None:
    with pytest.raises(ValidationError):
        Project().article.primary_color = bad


def test_the_colour_reaches_the_preview_page_and_the_wechat_copy() -> None:
    project = example_project()
    project.article.primary_color = "#8e44ad"
    assert "#8e44ad" in page_html("<p>x</p>", primary_color=project.article.primary_color)
    html = ArticlePipeline(project).wechat_html()
    assert "#8e44ad" in html
    assert theme_primary(DEFAULT_THEME) not in html
