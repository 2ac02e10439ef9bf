"""A large project's preview: rendered in slices, it still ends up complete and correct, and an
edit of one testimonial among hundreds reaches the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot
from tests.support import example_project
from tests.ui.preview_support import run_js, settle, shown_preview

from recapdesk.model import Honoree
from recapdesk.model import Testimonial as Person
from recapdesk.ui.document import ProjectDocument

COUNT_ROWS = "document.querySelectorAll('section[data-key=honorees] tbody tr').length"
COUNT_PEOPLE = "document.querySelectorAll('section[data-key=testimonials] > ul > li').length"


def _large(tag: str = "") -> ProjectDocument:
    project = example_project()
    project.honorees.people = [
        Honoree(name=f"学员{i:04d}{tag}", github=f"user-{i}") for i in range(600)
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
