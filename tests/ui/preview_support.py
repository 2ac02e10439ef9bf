"""A live preview on screen for a test, and a way to ask its page questions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pytestqt.qtbot import QtBot

from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.preview.preview import WORLD, PreviewPane


def run_js(qtbot: QtBot, pane: PreviewPane, code: str) -> Any:
    """The value of ``code`` evaluated in recapdesk's world of the preview page."""
    results: list[Any] = []
    pane.page.runJavaScript(code, WORLD, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


def settle(qtbot: QtBot, pane: PreviewPane) -> None:
    """Wait until no render is in flight."""
    qtbot.waitUntil(lambda: not pane._throttle.busy, timeout=5000)


@contextmanager
def shown_preview(
    qtbot: QtBot, document: ProjectDocument, width: int, height: int
) -> Iterator[PreviewPane]:
    """A preview of ``document``, shown and rendered once; deleted afterwards."""
    preview = PreviewPane(document)
    preview.resize(width, height)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.start()
    try:
        yield preview
    finally:
        # The web page must go before its profile does, at the latest at application exit.
        destroyed: list[bool] = []
        preview.destroyed.connect(lambda: destroyed.append(True))
        preview.deleteLater()
        qtbot.waitUntil(lambda: bool(destroyed))
