"""The bundled templates: each, in both languages, is a complete project that renders, whose
checks list only the few places an organizer must fill in, and that WeChat's rules accept."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk import headless
from recapdesk.i18n import EN, ZH_CN
from recapdesk.model import Language
from recapdesk.pipeline import ArticlePipeline
from recapdesk.resources import resource_path
from recapdesk.store import dumps
from recapdesk.templates import (
    TEMPLATES,
    UnknownTemplateError,
    article_language_for,
    load_template,
    template_file_name,
    template_names,
    template_text,
)

# The deliberate placeholders of each template: what only the organizer can fill in (a number
# not known when the recap is written, the date of the next phase, a recording's link).
PLACEHOLDERS: dict[str, set[str]] = {
    "study-group": {"background.numbers[4].value", "next_phase.time"},
    "meetup": {"free_sections[4].body"},
    "mentorship": {"background.numbers[6].value", "next_phase.time"},
    "hackathon": {"background.numbers[5].value"},
    "translation-sprint": {"background.numbers[5].value", "next_phase.time"},
    "contributor-awards": {"free_sections[0].body"},
    "yearly-summary": {"background.numbers[5].value"},
}
KINDS = [(name, language) for name in template_names() for language in Language]


def path_of(name: str, language: Language) -> Path:
    return resource_path("templates", template_file_name(name, language))


def test_every_template_is_listed_once_and_has_a_file_in_each_language() -> None:
    assert template_names() == list(PLACEHOLDERS)
    files = sorted(p.name for p in resource_path("templates").iterdir())
    assert files == sorted(template_file_name(n, lang) for n, lang in KINDS)
    assert all(t.title and t.description for t in TEMPLATES)


@pytest.mark.parametrize(("name", "language"), KINDS)
def test_a_template_is_a_complete_project_in_its_language(name: str, language: Language) -> None:
    project = load_template(name, language)
    # Written as recapdesk writes it: a save of a new project from it changes nothing.
    assert dumps(project) == template_text(name, language)
    assert project.article.language is language
    assert project.article.title and project.article.digest and project.article.author
    pipeline = ArticlePipeline(project)
    markdown = pipeline.markdown()
    level = "#" * project.article.title_level
    assert markdown.startswith(f"{level} {project.article.title}\n")
    # Every group shown has people, none of them an empty row.
    for group in project.groups:
        assert group.people and not any(person.is_empty() for person in group.people)
    wechat = pipeline.wechat_html()
    assert "<section" in wechat and project.article.title in pipeline.page()
    has_chinese = any("\u4e00" <= ch <= "\u9fff" for ch in markdown)
    assert has_chinese is (language is Language.ZH)


@pytest.mark.parametrize(("name", "language"), KINDS)
def test_check_lists_only_the_deliberate_placeholders(
    name: str, language: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    path = path_of(name, language)
    assert headless.run(["check", str(path)]) == headless.EXIT_WARNINGS
    lines = capsys.readouterr().out.splitlines()
    fields = {line.split(": ")[1] for line in lines}
    assert fields == PLACEHOLDERS[name], lines
    assert all(": warning: " in line and "placeholder" in line for line in lines), lines


@pytest.mark.parametrize(("name", "language"), KINDS)
def test_check_wechat_passes(
    name: str, language: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    assert headless.run(["check", "--wechat", str(path_of(name, language))]) == headless.EXIT_OK
    assert capsys.readouterr().out == ""


def test_an_unknown_name_says_which_there_are() -> None:
    with pytest.raises(UnknownTemplateError) as raised:
        load_template("party", Language.ZH)
    assert "'party'" in str(raised.value)
    assert all(name in str(raised.value) for name in template_names())


def test_the_templates_language_follows_the_interface() -> None:
    assert article_language_for(ZH_CN) is Language.ZH
    assert article_language_for(EN) is Language.EN
