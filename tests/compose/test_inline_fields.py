"""Numbers inside sentences: ``{key}`` in a Markdown body shows the number, everywhere the
article goes (Markdown, HTML, the WeChat copy, the command line), or the placeholder marker
while the number is not known; an unknown key stays as typed and ``check`` lists it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from recapdesk.compose import compose
from recapdesk.compose.checks import check_article
from recapdesk.compose.inline_fields import expand, fields_in
from recapdesk.compose.words import WORDS
from recapdesk.model import FreeSection, Language, Number, Project
from recapdesk.model import Testimonial as Person
from recapdesk.pipeline import ArticlePipeline
from recapdesk.store import save
from tests.support import run_cli


def _project(body: str, *numbers: Number) -> Project:
    project = Project()
    project.background.text = body
    project.background.numbers = [n.model_copy() for n in numbers]
    project.background.list_numbers = False
    return project


PARTICIPANTS = Number(label="参与同学", value=96, unit="位", key="participants")
NOTES = Number(label="读书笔记", unit="篇", key="notes")


def test_a_known_number_shows_its_value_and_unit_inside_the_sentence() -> None:
    markdown = compose(_project("总共有{participants}同学参与。", PARTICIPANTS))
    assert "总共有96位同学参与。" in markdown
    assert "{" not in markdown


def test_value_only_leaves_out_the_unit() -> None:
    markdown = compose(_project("共 {participants.value} 人", PARTICIPANTS))
    assert "共 96 人" in markdown


def test_an_unknown_value_is_the_placeholder_marker_never_braces() -> None:
    markdown = compose(_project("产生读书笔记{notes}。", NOTES))
    assert "产生读书笔记〔待补充〕篇。" in markdown
    english = _project("We wrote {notes}.", NOTES)
    english.article.language = Language.EN
    assert "We wrote [TBD] 篇." in compose(english)


def test_an_unknown_key_stays_as_typed_and_is_listed_by_check() -> None:
    project = _project("总共有{participant}同学参与。", PARTICIPANTS)
    assert "总共有{participant}同学参与。" in compose(project)
    found = [f for f in check_article(project) if f.field == "background.text"]
    assert len(found) == 1
    assert "{participant}" in found[0].message
    assert "no number has the key participant" in found[0].message


def test_check_lists_every_field_whose_number_is_not_known() -> None:
    project = _project("读书笔记{notes}，参与{participants}。", PARTICIPANTS, NOTES)
    project.testimonials.people = [Person(name="a", body="我写了{notes}")]
    fields = [f.field for f in check_article(project) if "{notes}" in f.message]
    assert fields == ["background.text", "testimonials.people[0].body"]
    assert not [f for f in check_article(project) if "{participants}" in f.message]


def test_code_urls_and_escaped_braces_are_left_alone() -> None:
    body = (
        "`{participants}` and \\{participants} and https://example.org/{participants}\n\n"
        "```\n{participants}\n```\n\n[link](https://example.org/{participants}) {participants}"
    )
    markdown = compose(_project(body, PARTICIPANTS))
    assert "`{participants}`" in markdown
    assert "\\{participants}" in markdown
    assert "https://example.org/{participants}" in markdown
    assert "\n{participants}\n" in markdown
    assert "(https://example.org/{participants}) 96位" in markdown


def test_every_body_field_expands_and_every_output_agrees(tmp_path: Path) -> None:
    project = _project("背景{participants}", PARTICIPANTS)
    project.article.lead = "导语{participants}"
    project.groups[0].intro = "表彰{participants}"
    project.testimonials.intro = "感言{participants}"
    project.testimonials.people = [Person(name="a", body="正文{participants}")]
    project.testimonials.outro = "结语{participants}"
    project.next_phase.how_to_join = "加入{participants}"
    project.free_sections = [FreeSection(id="x", heading="H", body="自由{participants}")]
    pipeline = ArticlePipeline(project)
    markdown = pipeline.markdown()
    for word in ("导语", "背景", "表彰", "感言", "正文", "结语", "加入", "自由"):
        assert f"{word}96位" in markdown, word
    assert "{participants}" not in markdown
    assert pipeline.fragment().count("96位") == 8
    assert pipeline.wechat_copy().text.count("96位") == 8
    file = tmp_path / "p.recap.toml"
    save(project, file)
    assert run_cli("render", file).stdout == markdown


def test_a_number_edit_reaches_every_section_that_uses_it() -> None:
    project = _project("背景", PARTICIPANTS)
    project.testimonials.people = [Person(name="a", body="正文{participants}")]
    pipeline = ArticlePipeline(project)
    assert "正文96位" in pipeline.markdown()
    project.background.numbers[0].value = 97
    pipeline.edited(project, ("background", "numbers", 0, "value"))
    assert "正文97位" in pipeline.markdown()
    assert pipeline.markdown() == compose(project)
    project.background.numbers[0].key = "people"
    pipeline.edited(project, ("background", "numbers", 0, "key"))
    assert "正文{participants}" in pipeline.markdown()


def test_two_numbers_with_one_key_is_an_error() -> None:
    project = _project("", PARTICIPANTS, Number(label="x", value=1, key="participants"))
    found = [f for f in check_article(project) if f.field == "background.numbers[1].key"]
    assert len(found) == 1 and found[0].severity == "error"


def test_the_numbers_list_can_be_left_out() -> None:
    project = _project("", PARTICIPANTS)
    assert "参与同学" not in compose(project)
    project.background.list_numbers = True
    assert "- 参与同学：96位" in compose(project)


KEYS = ["participants", "notes"]


@given(
    st.lists(
        st.sampled_from(["{participants}", "{notes}", "{notes.value}", "{x}", "`", "\n", "{", "}"])
        | st.text(alphabet="ab 共有\\", max_size=4),
        max_size=12,
    ).map("".join)
)
def test_expanding_leaves_no_known_field_and_is_idempotent(text: str) -> None:
    numbers = {n.key: n for n in (PARTICIPANTS, NOTES)}
    words = WORDS[Language.ZH]
    once = expand(text, numbers, words)
    assert [m.group(1) for m in fields_in(once) if m.group(1) in KEYS] == []
    assert expand(once, numbers, words) == once
    if "{" not in text:
        assert once == text


def test_a_key_is_a_word_of_any_script() -> None:
    assert Number(key=" 参与人数 ").key == "参与人数"
    for bad in ("9lives", "two words", "a.b", "{x}"):
        with pytest.raises(ValidationError):
            Number(key=bad)
