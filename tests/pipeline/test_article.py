"""The pipeline's article, rendered section by section with caches, is exactly Python-Markdown's
render of the whole Markdown: links, abbreviations and footnotes that cross sections resolve
as in a whole render, footnotes are numbered and listed once, and no id repeats; and it stays
so through any sequence of edits (the cache never serves stale HTML)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recapdesk.compose import compose
from recapdesk.model import FreeSection, Language, Numbering, Project
from recapdesk.model import Person as Member
from recapdesk.model import Testimonial as Person
from recapdesk.model import TestimonialStyle as Style
from recapdesk.model.paths import FieldPath, set_at
from recapdesk.pipeline import FOOTNOTES_KEY, ArticlePipeline
from recapdesk.render.html import render_fragment

# Paragraphs that define or use what crosses sections, and headings that repeat.
PARAGRAPHS = [
    "See [the book][b] and [the site][].",
    "[b]: https://example.org/book",
    '[B]: https://example.org/other "Other"',
    "[the site]: https://example.org/site",
    "Written in HTML for the CNCF.",
    "*[HTML]: Hyper Text Markup Language",
    "*[CNCF]: Cloud Native Computing Foundation",
    "A note[^1] here.",
    "[^1]: The first note, with [the book][b].",
    "Another[^2] and the first again[^1].",
    "[^2]: A second note about HTML.",
    "[^3]: A note nobody references.",
    "## Repeated",
    "### Repeated",
    "### 活动背景",
    "plain text",
    "- an item with [the book][b]\n- a second item",
    "| a | b |\n| - | - |\n| [x][b] | HTML |",
]
HEADINGS = ["Repeated", "活动背景", "Thanks", "Repeated"]


def body_text() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PARAGRAPHS), max_size=4).map("\n\n".join)


@st.composite
def projects(draw: st.DrawFn) -> Project:
    free = [
        FreeSection(id=f"f{index}", heading=draw(st.sampled_from(HEADINGS)), body=draw(body_text()))
        for index in range(draw(st.integers(0, 3)))
    ]
    project = Project(free_sections=free)
    project.article.title = "Recap"
    project.article.toc = draw(st.booleans())
    project.article.numbering = draw(st.sampled_from(list(Numbering)))  # none: headings repeat
    project.article.lead = draw(body_text())
    project.background.text = draw(body_text())
    project.groups[0].people = [Member(name=f"h{i}", github=f"u{i}") for i in range(3)]
    project.groups[0].outro = draw(body_text())
    project.testimonials.style = draw(st.sampled_from(list(Style)))
    project.testimonials.people = [
        Person(name=f"p{i}", body=draw(body_text())) for i in range(draw(st.integers(0, 4)))
    ]
    project.next_phase.text = draw(body_text())
    order = list(project.order)
    project.order = draw(st.permutations(order))
    return project


def ids_in(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]*)"', html)


def assert_whole(pipeline: ArticlePipeline, project: Project) -> None:
    sectioned = pipeline.fragment()
    assert sectioned == render_fragment(compose(project))
    repeated = [name for name, count in Counter(ids_in(sectioned)).items() if count > 1]
    assert repeated == []


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(projects())
def test_the_sectioned_article_is_the_whole_render_with_unique_ids(project: Project) -> None:
    assert_whole(ArticlePipeline(project), project)


def edits(project: Project) -> st.SearchStrategy[tuple[FieldPath, Any]]:
    text_paths: list[FieldPath] = [
        ("article", "lead"),
        ("background", "text"),
        ("groups", 0, "outro"),
        ("next_phase", "text"),
        *(("testimonials", "people", i, "body") for i in range(len(project.testimonials.people))),
        *(("free_sections", i, "body") for i in range(len(project.free_sections))),
        *(("free_sections", i, "heading") for i in range(len(project.free_sections))),
    ]
    return st.one_of(
        st.tuples(st.sampled_from(text_paths), body_text()),
        st.tuples(st.just(("article", "toc")), st.booleans()),
        st.tuples(st.just(("article", "language")), st.sampled_from(list(Language))),
        st.tuples(st.just(("testimonials", "style")), st.sampled_from(list(Style))),
        st.tuples(st.just(("article", "numbering")), st.sampled_from(list(Numbering))),
    )


@SETTINGS
@given(st.data())
def test_after_any_edits_the_cache_serves_the_whole_render(data: st.DataObject) -> None:
    project = data.draw(projects())
    pipeline = ArticlePipeline(project)
    assert_whole(pipeline, project)
    for _ in range(data.draw(st.integers(1, 6))):
        path, value = data.draw(edits(project))
        set_at(project, path, value.split("\n\n")[0] if path[-1] == "heading" else value)
        pipeline.edited(project, path)
        assert_whole(pipeline, project)


def test_a_reference_defined_in_background_is_a_link_in_a_testimonial() -> None:
    project = Project()
    project.background.text = "Read it.\n\n[b]: https://example.org/book"
    project.testimonials.people = [Person(name="王冬", body="I liked [the book][b].")]
    html = ArticlePipeline(project).fragment()
    assert '<a href="https://example.org/book">the book</a>' in html
    assert "[the book][b]" not in html


def test_two_sections_with_footnote_1_share_one_footnote_and_unique_ids() -> None:
    project = Project(
        free_sections=[
            FreeSection(id="a", heading="A", body="First[^1].\n\n[^1]: One."),
            FreeSection(id="b", heading="A", body="Second[^1]."),
        ]
    )
    project.article.numbering = Numbering.NONE
    blocks = ArticlePipeline(project).html_blocks()
    html = "\n".join(block.html for block in blocks)
    assert html.count('id="fn:1"') == 1
    assert 'id="fnref:1"' in html and 'id="fnref2:1"' in html
    assert blocks[-1].key == FOOTNOTES_KEY  # the list once, after the last section
    assert ids_in(html).count("a") == 1 and "a_1" in ids_in(html)  # the repeated heading


def test_a_heading_edit_elsewhere_renumbers_a_repeated_heading() -> None:
    project = Project(
        free_sections=[
            FreeSection(id="a", heading="Other", body="x"),
            FreeSection(id="b", heading="Same", body="y"),
        ]
    )
    project.article.numbering = Numbering.NONE
    pipeline = ArticlePipeline(project)
    assert 'id="same"' in pipeline.fragment()
    set_at(project, ("free_sections", 0, "heading"), "Same")
    pipeline.edited(project, ("free_sections", 0, "heading"))
    html = pipeline.fragment()
    assert 'id="same"' in html and 'id="same_1"' in html
    assert html == render_fragment(compose(project))


def test_a_section_without_a_heading_that_continues_a_list_renders_as_in_the_whole() -> None:
    project = Project(free_sections=[FreeSection(id="more", heading="", body="- and one more")])
    project.testimonials.people = [Person(name="王冬", body="Good.")]
    pipeline = ArticlePipeline(project)
    assert pipeline.fragment() == render_fragment(compose(project))
    blocks = {block.key: block.html for block in pipeline.html_blocks()}
    assert "and one more" in blocks["testimonials"]  # one list, shown with the section before
    assert blocks["free:more"] == ""
