"""The section cache and numbers inside sentences: whatever is edited (a number's value, key
or unit, a body using it, the language), the pipeline's article is the article composed afresh:
no section keeps a number it showed before."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recapdesk.compose import compose
from recapdesk.model import FreeSection, Language, Number, Project
from recapdesk.model import Testimonial as Person
from recapdesk.model.paths import FieldPath, set_at
from recapdesk.pipeline import ArticlePipeline

BODIES = ["共{a}人", "{b.value}篇", "无", "`{a}`", "{c}"]
EDITS: list[tuple[FieldPath, st.SearchStrategy[Any]]] = [
    (("background", "numbers", 0, "value"), st.none() | st.integers(0, 999)),
    (("background", "numbers", 1, "value"), st.none() | st.integers(0, 999)),
    (("background", "numbers", 0, "key"), st.sampled_from(["a", "b", "c", ""])),
    (("background", "numbers", 1, "key"), st.sampled_from(["a", "b", "c", ""])),
    (("background", "numbers", 0, "unit"), st.sampled_from(["位", "人", ""])),
    (("background", "text"), st.sampled_from(BODIES)),
    (("groups", 0, "intro"), st.sampled_from(BODIES)),
    (("testimonials", "people", 0, "body"), st.sampled_from(BODIES)),
    (("testimonials", "outro"), st.sampled_from(BODIES)),
    (("next_phase", "text"), st.sampled_from(BODIES)),
    (("free_sections", 0, "body"), st.sampled_from(BODIES)),
    (("article", "lead"), st.sampled_from(BODIES)),
    (("article", "language"), st.sampled_from(list(Language))),
]


def _project() -> Project:
    project = Project(free_sections=[FreeSection(id="f", heading="F", body="{a}")])
    project.background.numbers = [
        Number(label="甲", value=1, unit="位", key="a"),
        Number(label="乙", unit="篇", key="b"),
    ]
    project.groups[0].intro = "共{a}"
    project.testimonials.people = [Person(name="p", body="{b}")]
    project.next_phase.text = "{a}"
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(range(len(EDITS))).flatmap(lambda i: st.tuples(st.just(i), EDITS[i][1])),
        max_size=8,
    )
)
def test_the_pipeline_follows_every_number_edit(edits: list[tuple[int, Any]]) -> None:
    project = _project()
    pipeline = ArticlePipeline(project)
    assert pipeline.markdown() == compose(project)
    for index, value in edits:
        path = EDITS[index][0]
        set_at(project, path, value)
        pipeline.edited(project, path)
        assert pipeline.markdown() == compose(project)
