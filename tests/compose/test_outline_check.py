"""An outline entry with no section under a matching heading is named by the checks: the
example's outline promises "一篇优秀总结笔记？", never written, and "二期预告", a section left out
while it is empty."""

from __future__ import annotations

from recapdesk.compose.checks import check_article
from recapdesk.compose.outline_check import outline_gaps
from recapdesk.model import FreeSection, Project, SectionSlot, free_key
from recapdesk.model.checks import Severity
from tests.support import example_project


def _outline(project: Project) -> list[tuple[str, Severity, str]]:
    return [
        (f.field, f.severity, f.message)
        for f in check_article(project)
        if f.field.startswith("article.outline")
    ]


def test_the_example_s_outline_names_the_section_that_is_left_out() -> None:
    assert _outline(example_project()) == [
        (
            "article.outline[2]",
            Severity.WARNING,
            "the outline lists '一篇优秀总结笔记？' but no section of the article has that heading",
        ),
        (
            "article.outline[3]",
            Severity.WARNING,
            "the outline lists '二期预告' but no section of the article has that heading",
        ),
    ]


def test_writing_the_section_fills_the_gap() -> None:
    project = example_project()
    project.next_phase.text = "二期读第六章。"
    assert [field for field, _, _ in _outline(project)] == ["article.outline[2]"]


def test_entries_match_headings_as_people_write_them() -> None:
    project = Project()
    project.background.text = "背景。"
    project.next_phase.text = "三期见。"
    project.free_sections = [FreeSection(id="thanks", heading="Thanks to everyone", body="谢谢")]
    project.order = [
        *(s for s in project.order if s.key != free_key("thanks")),
        SectionSlot(key=free_key("thanks")),
    ]
    project.article.outline = ["一、活动背景", "二期预告", "thanks", "Organizing committee", "致谢"]
    # No committee members: that section is left out, as is the one that was never written.
    assert list(outline_gaps(project)) == [(3, "Organizing committee"), (4, "致谢")]


def test_a_hidden_section_is_not_a_match() -> None:
    project = Project()
    project.background.text = "背景。"
    project.article.outline = ["活动背景"]
    assert list(outline_gaps(project)) == []
    for slot in project.order:
        slot.visible = slot.key != "background"
    assert list(outline_gaps(project)) == [(0, "活动背景")]
