"""Long blocks rendered in pieces (pipeline/pieces.py) give exactly the HTML of a whole render,
and a render in time-budgeted steps gives exactly the HTML of one in a single go."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recapdesk.compose import compose, compose_blocks
from recapdesk.model import Person as Member
from recapdesk.model import Project
from recapdesk.model import Testimonial as Person
from recapdesk.model import TestimonialStyle as Style
from recapdesk.pipeline import ArticlePipeline, pieces
from recapdesk.render.html import render_fragment
from tests.support import example_project

# Bodies that render on their own as within a list, and ones that do not (footnotes, link
# definitions, headings, unclosed fences, lists and indented code that neighbours continue).
BODIES = [
    "",
    "plain text",
    "a\nb\nc",
    "*em* **bold** `code`",
    "1.  one\n\n2.  two",
    "- a\n- b",
    "* x\n\n  * y",
    "```\ncode\n\n\nmore\n```",
    "```\nunclosed",
    "~~~\n- in a fence\n~~~",
    "> quoted",
    "para\n\n    indented code",
    "    code at the start",
    "text with [^1]\n\n[^1]: a note",
    "[ref][r]\n\n[r]: https://example.org",
    "[r]: https://example.org",
    "# Heading",
    "Title\n=====",
    "---",
    "| a | b |\n| - | - |\n| 1 | 2 |",
    "[toc]",
    "<b>raw</b> & &amp;",
    "text {: #an-id }",
]
TEXTS = ["", "intro text", "- a list\n- in the intro", "    indented", "# Own heading", "> q"]


def _whole(project: Project) -> str:
    return render_fragment(compose(project))


def _pieces(project: Project) -> str:
    return ArticlePipeline(project).fragment()


@st.composite
def projects(draw: st.DrawFn) -> Project:
    project = Project()
    project.article.title = "T"
    project.testimonials.style = draw(st.sampled_from(list(Style)))
    project.testimonials.intro = draw(st.sampled_from(TEXTS))
    bodies = draw(st.lists(st.sampled_from(BODIES), min_size=1, max_size=5))
    project.testimonials.people = [
        Person(name=f"n{index}", body=body) for index, body in enumerate(bodies)
    ]
    rows = draw(st.integers(min_value=0, max_value=7))
    project.groups[0].people = [Member(name=f"h{row}", github=f"user-{row}") for row in range(rows)]
    project.groups[0].intro = draw(st.sampled_from(TEXTS))
    project.groups[0].outro = draw(st.sampled_from(TEXTS))
    return project


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_pieces_render_as_the_whole(project: Project) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pieces, "TABLE_ROWS", 3)  # tables of a few rows come in several pieces
        assert _pieces(project) == _whole(project)


def test_a_long_list_and_table_are_split_and_still_equal(monkeypatch: pytest.MonkeyPatch) -> None:
    project = example_project()
    project.testimonials.style = Style.LIST
    project.testimonials.people = [
        Person(name=f"学员{i}", body=f"第 {i} 位的话。\n\n- 一\n- 二") for i in range(50)
    ]
    project.groups[0].people = [Member(name=f"学员{i}", github=f"u{i}") for i in range(95)]
    blocks = {block.key: block for block in compose_blocks(project)}
    assert len(pieces.plan(blocks["testimonials"]).pieces) == 1 + 50  # the intro, each person
    assert len(pieces.plan(blocks["group:honorees"]).pieces) > 2
    assert _pieces(project) == _whole(project)


def test_a_render_in_steps_equals_one_in_a_go() -> None:
    project = example_project()
    project.testimonials.people = [Person(name=f"n{i}", body=f"b {i}") for i in range(40)]
    project.article.toc = True
    in_a_go = ArticlePipeline(project).html_blocks()
    job = ArticlePipeline(project).render_job()
    steps = 0
    while not job.done:
        job.step(0.0)  # one piece per step
        steps += 1
    assert steps > 40
    assert job.result() == in_a_go
    assert 'class="toc"' in in_a_go[0].html
