"""The preview's side of a render: run a :class:`RenderJob` in slices of the event loop and
send the page each section's HTML as soon as it is complete and different from what it shows.

A keystroke's render is one slice (a section or a piece of one re-rendered, the rest cached);
a full render (a project opened, the article language changed) of a large project takes a
second of Python-Markdown, which in one go would freeze the window, so it is spread over many
slices with the event loop turning between them, and the page fills in section by section.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from recapdesk.render.article_html import RenderJob

SLICE_S = 0.02
"""Rendering time per turn of the event loop: with the longest piece (~20 ms, render/pieces.py)
a slice stays well under the 50 ms a user starts to notice."""

RunJs = Callable[[str, Callable[[Any], None] | None], None]


class BlockUpdates(QObject):
    """Sends the blocks of render jobs to the page; ``finished`` gets the page's answer to
    the last message of a job (its content is then up to date)."""

    def __init__(self, run_js: RunJs, finished: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._run_js = run_js
        self._finished = finished
        self._sent: dict[str, str] = {}  # the HTML the page holds, by block key
        self._job: RenderJob | None = None
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._slice)

    def start(self, job: RenderJob) -> None:
        """Render and send ``job``; the caller starts no other before ``finished``."""
        self._job = job
        self._slice()

    def forget(self) -> None:
        """The page is to get every block again (a new project: nothing on it can stay)."""
        self._sent.clear()

    def _slice(self) -> None:
        job = self._job
        if job is None:
            return
        job.step(SLICE_S)
        payload, changed = self._payload(job)
        script = f"recapdesk.update({json.dumps(payload, ensure_ascii=False)})"
        if job.done:
            self._job = None
            self._run_js(script, self._finished)
            return
        if changed:
            self._run_js(script, None)
        self._next.start()

    def _payload(self, job: RenderJob) -> tuple[list[list[str | None]], bool]:
        """Every block of the article in order, with its HTML where the page should change
        (None: keep what it shows); and whether there is any such change."""
        payload: list[list[str | None]] = []
        changed = False
        for key, html in zip(job.keys, job.html, strict=True):
            if html is not None and self._sent.get(key) != html:
                self._sent[key] = html
                payload.append([key, html])
                changed = True
            else:
                payload.append([key, None])
        for stale in self._sent.keys() - set(job.keys):
            del self._sent[stale]  # the page drops every section the payload does not name
            changed = True
        return payload, changed
