"""A long section's change goes to the page as a splice of the HTML it shows: applied as the
page applies it (offsets in UTF-16 code units), it gives the new HTML exactly."""

from __future__ import annotations

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
