"""Placeholders typed in prose (``xx``, ``待定``, ``TBD``, ``??``) are listed by ``check`` with
their field and a short excerpt, and nothing that only looks like one is."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recapdesk.compose.checks import check_article
from recapdesk.compose.placeholders import placeholders_in
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.model import FreeSection, Project
from recapdesk.model import Testimonial as Person

RECAPS = Path("/work/shared/reference/recaps")
SEED = Path(__file__).parents[1] / "reference" / "seed-draft.md"


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in placeholders_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("产生读书笔记xx篇，优秀笔记XX篇", ["xx", "XX"]),
        ("时间：待定", ["待定"]),
        ("Date: TBD.", ["TBD"]),
        ("共??人参与", ["??"]),
        ("时间：？？", ["？？"]),
        ("〔待补充〕", ["待补充"]),
        ("2020-xx-xx 开始", ["2020-xx-xx"]),
        ("感谢xxx公司", ["xxx"]),
    ],
)
def test_placeholders_are_found(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "font-size: xxx-large or xx-large and xx-small",
        "0xx and xxl and XXL and Linux",
        "真的吗？？太好了",
        "What??",
        "`xx` in code and ``TBD`` too",
        "```\nxx ?? 待定\n```",
        "    indented code xx",
        "https://example.org/a?b=xx&c=??",
        "[link](https://example.org/xx)",
        "<https://example.org/TBD>",
        "TBDs and sTBD",
    ],
)
def test_lookalikes_are_not_placeholders(text: str) -> None:
    assert _found(text) == []


@given(st.text(alphabet="abcdefghijklmnopqrstuvwyz-. 的了是我", max_size=60))
def test_text_without_x_or_marks_has_none(text: str) -> None:
    assert _found(text) == []


@given(st.text(max_size=40), st.text(max_size=40))
def test_xx_between_chinese_is_always_found(before: str, after: str) -> None:
    text = f"{before}\n\n共xx篇\n\n{after}"
    assert "xx" in _found(text)


def test_real_recaps_have_none_but_the_seeds_xx() -> None:
    """Every real recap in the reference folder, imported: only the k8s drafts' xx counts."""
    for recap in sorted(RECAPS.glob("*.md")):
        project = import_markdown(recap.read_text(encoding="utf-8")).project
        found = [f for f in check_article(project) if "is a placeholder" in f.message]
        if recap.name.startswith("k8s"):
            assert [f.message.split(" ")[0] for f in found] == ["'xx'"] * 3, recap.name
        else:
            assert found == [], recap.name


def test_check_names_the_field_and_shows_an_excerpt() -> None:
    project = Project()
    project.testimonials.people = [Person(name="a", body="很好")] * 2
    project.testimonials.people = [
        Person(name="a", body="很好"),
        Person(name="b", body="第一段\n\n我写了xx篇笔记，`xx` 不算"),
    ]
    project.free_sections = [FreeSection(id="t", heading="致谢 TBD", body="")]
    project.next_phase.time = "待定"
    found = [(f.field, f.message) for f in check_article(project) if "placeholder:" in f.message]
    assert found == [
        ("next_phase.time", "'待定' is a placeholder: 待定"),
        ("free_sections[0].heading", "'TBD' is a placeholder: 致谢 TBD"),
        ("testimonials.people[1].body", "'xx' is a placeholder: 第一段 我写了xx篇笔记，`xx` 不算"),
    ]
