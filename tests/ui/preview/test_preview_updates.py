"""A long section's change goes to the page as a splice of the HTML it shows: applied as the
page applies it (offsets in UTF-16 code units), it gives the new HTML exactly."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from recapdesk.pipeline import ArticlePipeline
from recapdesk.resources import example_path
from recapdesk.store import load
from recapdesk.ui.preview.preview_updates import BlockUpdates, splice


def _applied_as_javascript_would(old: str, head: int, tail: int, middle: str) -> str:
    units = old.encode("utf-16-le")
    return (units[: 2 * head] + middle.encode("utf-16-le") + units[len(units) - 2 * tail :]).decode(
        "utf-16-le"
    )


@given(st.text(), st.text(), st.text(), st.text())
def test_a_splice_rebuilds_the_new_html(
    start: str, old_middle: str, new_middle: str, end: str
) -> None:
    old, new = start + old_middle + end, start + new_middle + end
    head, tail, middle = splice(old, new)
    assert _applied_as_javascript_would(old, head, tail, middle) == new
    assert len(middle) <= len(new_middle)


def test_one_changed_item_sends_only_its_neighbourhood() -> None:
    items = [f"<li><p>第 {i} 位😀的话</p></li>" for i in range(300)]
    old = "<ul>\n" + "\n".join(items) + "\n</ul>"
    items[150] = "<li><p>改过的话</p></li>"
    new = "<ul>\n" + "\n".join(items) + "\n</ul>"
    head, tail, middle = splice(old, new)
    assert len(middle) < 40
    assert _applied_as_javascript_would(old, head, tail, middle) == new


def test_a_render_starts_after_the_event_that_asked_for_it(qtbot: QtBot) -> None:
    """The keystroke's own event validates, stores and composes the edit; the first slice of
    rendering comes in the next turn of the event loop, so the two never make one long stall
    of the window (benchmarks/bench_window.py measures the stalls)."""
    owner = QObject()
    sent: list[str] = []
    finished: list[object] = []
    updates = BlockUpdates(lambda script, _callback: sent.append(script), finished.append, owner)
    project = load(example_path("k8s-source-study-phase1"))
    updates.start(ArticlePipeline(project).render_job())
    assert sent == []
    qtbot.waitUntil(lambda: bool(sent))
    assert "recapdesk.update(" in sent[-1]


class _Job:
    """A render job already done: its blocks' HTML, as the pipeline's RenderJob holds them."""

    def __init__(self, blocks: list[tuple[str, str]]) -> None:
        self.keys = [key for key, _html in blocks]
        self.html: list[str | None] = [html for _key, html in blocks]
        self.done = True

    def step(self, _budget: float | None = None) -> None:
        pass


def test_blocks_a_page_was_loaded_with_are_sent_whole_once_then_spliced(qtbot: QtBot) -> None:
    """A page started from a remembered page (start_page.py) shows the blocks without their
    source, so the first change to a long one cannot be a splice of it."""
    owner = QObject()
    sent: list[str] = []
    finished: list[object] = []

    def run_js(script: str, answered: Callable[[Any], None] | None) -> None:
        sent.append(script)
        if answered is not None:
            answered(True)  # the page's answer

    updates = BlockUpdates(run_js, finished.append, owner)
    long = "<p>" + "字" * 5000 + "</p>"
    updates.adopt([("head", "<h1>A</h1>"), ("background", long)])
    changed = long.replace("字", "改", 1)
    updates.start(_Job([("head", "<h1>A</h1>"), ("background", changed)]))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(finished) == 1)
    assert json.loads(sent[-1].removeprefix("recapdesk.update(").removesuffix(")")) == [
        ["head", None],
        ["background", changed],
    ]
    again = changed.replace("字", "再", 1)
    updates.start(_Job([("head", "<h1>A</h1>"), ("background", again)]))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(finished) == 2)
    payload = json.loads(sent[-1].removeprefix("recapdesk.update(").removesuffix(")"))
    assert payload[0] == ["head", None]
    key, whole, (head, tail, middle) = payload[1]
    assert (key, whole) == ("background", None)
    assert _applied_as_javascript_would(changed, head, tail, middle) == again
