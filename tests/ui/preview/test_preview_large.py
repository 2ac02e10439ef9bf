"""A large project's preview: rendered in slices, it still ends up complete and correct, and an
edit of one testimonial among hundreds reaches the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot
from tests.support import example_project
from tests.ui.preview_support import run_js, settle, shown_preview

from recapdesk.model import Person as Member
from recapdesk.model import Testimonial as Person
from recapdesk.pipeline import ArticlePipeline
from recapdesk.ui.document import ProjectDocument

COUNT_ROWS = "document.querySelectorAll('section[data-key=\"group:honorees\"] tbody tr').length"
SECTION_HTML = "document.querySelector('section[data-key=testimonials]').innerHTML"
COUNT_PEOPLE = "document.querySelectorAll('section[data-key=testimonials] > ul > li').length"


def _large(tag: str = "") -> ProjectDocument:
    project = example_project()
    project.groups[0].people = [
        Member(name=f"学员{i:04d}{tag}", github=f"user-{i}") for i in range(600)
    ]
    project.testimonials.people = [
        Person(name=f"作者{i:03d}{tag}", body=f"第 {i} 位的话。\n\n- 一\n- 二") for i in range(200)
    ]
    return ProjectDocument(project)


def test_a_large_project_is_shown_complete_after_a_render_in_slices(qtbot: QtBot) -> None:
    sends: list[str] = []
    document = _large()
    with shown_preview(qtbot, document, 700, 600) as pane:
        original = pane._run_js

        def run_js_counted(script: str, done: Callable[[Any], None] | None) -> None:
            sends.append(script)
            original(script, done)

        pane._updates._run_js = run_js_counted
        document.replace_project(_large("新").project, None)  # a full render, as on open
        settle(qtbot, pane)
        assert len(sends) > 1, "the render was not spread over several slices"
        assert run_js(qtbot, pane, COUNT_ROWS) == 600
        assert run_js(qtbot, pane, COUNT_PEOPLE) == 200
        text = run_js(qtbot, pane, "recapdesk.text()")
        assert "学员0599新" in text and "作者199新" in text


def test_an_edit_of_one_testimonial_among_hundreds_reaches_the_page(qtbot: QtBot) -> None:
    document = _large()
    with shown_preview(qtbot, document, 700, 600) as pane:
        with qtbot.waitSignal(pane.rendered, timeout=10000):
            document.set_field(("testimonials", "people", 100, "body"), "改过的话")
        settle(qtbot, pane)
        text = run_js(qtbot, pane, "recapdesk.text()")
        assert "改过的话" in text and "第 100 位的话" not in text
        assert "第 99 位的话" in text and "第 101 位的话" in text
        assert run_js(qtbot, pane, COUNT_PEOPLE) == 200


def test_edits_patched_into_the_page_leave_it_as_a_fresh_render_would(qtbot: QtBot) -> None:
    # The page replaces only the nodes an edit changed; whatever the edit (a letter, a new
    # paragraph, people added and removed, undone), the section must end up as rendered.
    document = _large()
    people = ("testimonials", "people")
    edits = [
        lambda: document.set_field((*people, 50, "body"), "第 50 位的话。\n\n- 一\n- 二\n- 三"),
        lambda: document.set_field((*people, 50, "name"), "改名"),
        # Characters outside the BMP count twice in the page's strings, once in Python's.
        lambda: document.set_field((*people, 10, "body"), "好😀书"),
        lambda: document.set_field((*people, 11, "body"), "😀😀 后面的人"),
        lambda: document.set_list(people, [Person(name="新人"), *document.value(people)[:120]]),
        document.undo_stack.undo,
        lambda: document.set_field((*people, 0, "body"), ""),
    ]
    with shown_preview(qtbot, document, 700, 600) as pane:
        for edit in edits:
            with qtbot.waitSignal(pane.rendered, timeout=10000):
                edit()
            settle(qtbot, pane)
            blocks = ArticlePipeline(document.project).html_blocks()
            wanted = {b.key: b.html for b in blocks}["testimonials"]
            assert run_js(qtbot, pane, SECTION_HTML) == wanted
