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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from recapdesk.pipeline import RenderJob


SLICE_S = 0.02
"""Rendering time per turn of the event loop: with the longest piece (~20 ms,
pipeline/pieces.py) a slice stays well under the 50 ms a user starts to notice."""

SPLICE_ABOVE = 4096
"""Characters of a section's HTML above which a change is sent as a splice of what the page
shows: a keystroke in one of 300 testimonials sends ~1 KB, not the section's ~130 KB, which
cost the window's thread milliseconds to encode and hand to the page on every keystroke."""

RunJs = Callable[[str, Callable[[Any], None] | None], None]
Entry = list[Any]  # [key, html] or [key, None] (keep) or [key, None, Splice]
Splice = tuple[int, int, str]


def _utf16_length(text: str) -> int:
    """The length of ``text`` in JavaScript, which counts UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _common_length(old: str, new: str, *, tail: bool) -> int:
    """How many characters the two strings share at their start (or ``tail``: end), found by
    halving: each comparison is one memcmp, so 130 KB takes a fraction of a millisecond."""
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high + 1) // 2
        same = old[-middle:] == new[-middle:] if tail else old[:middle] == new[:middle]
        low, high = (middle, high) if same else (low, middle - 1)
    return low


def splice(old: str, new: str) -> Splice:
    """``(head, tail, middle)`` such that, in UTF-16 code units as the page counts,
    ``new == old[:head] + middle + old[len(old) - tail:]``."""
    head = _common_length(old, new, tail=False)
    tail = _common_length(old[head:], new[head:], tail=True)
    middle = new[head : len(new) - tail]
    return _utf16_length(old[:head]), _utf16_length(old[len(old) - tail :]), middle


class BlockUpdates(QObject):
    """Sends the blocks of render jobs to the page; ``finished`` gets the page's answer to
    the last message of a job (its content is then up to date)."""

    def __init__(self, run_js: RunJs, finished: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._run_js = run_js
        self._finished = finished
        self._sent: dict[str, str] = {}  # the HTML the page holds, by block key
        # Blocks the page shows without having been sent them (it started from a remembered
        # page): it has not their source to splice, so a change to one is sent whole.
        self._whole: set[str] = set()
        self._job: RenderJob | None = None
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._slice)

    def start(self, job: RenderJob) -> None:
        """Render and send ``job``; the caller starts no other before ``finished``."""
        self._job = job
        # Not in this call: it runs inside the keystroke's own event, which has already
        # validated, stored and composed the edit; a slice on top would make one long stall.
        self._next.start()

    def seed(self, blocks: list[tuple[str, str]]) -> str:
        """The page is about to show ``blocks`` (a view remembered from the last session):
        the next job sends only what differs from them. The script that shows them."""
        self._sent = dict(blocks)
        payload = [[key, html] for key, html in blocks]
        return f"recapdesk.update({json.dumps(payload, ensure_ascii=False)})"

    def adopt(self, blocks: list[tuple[str, str]]) -> None:
        """The page shows ``blocks`` already (it was loaded with them): the next job sends
        only what differs from them."""
        self._sent = dict(blocks)
        self._whole = set(self._sent)

    def shown(self, keys: list[str]) -> list[tuple[str, str]]:
        """The HTML the page holds for ``keys`` (the last job's, in article order)."""
        return [(key, self._sent[key]) for key in keys if key in self._sent]

    def forget(self) -> None:
        """The page is to get every block again (a new project: nothing on it can stay)."""
        self._sent.clear()
        self._whole.clear()

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

    def _payload(self, job: RenderJob) -> tuple[list[Entry], bool]:
        """Every block of the article in order, with its HTML (or a splice of the HTML it
        shows) where the page should change (None: keep what it shows); and whether there is
        any such change."""
        payload: list[Entry] = []
        changed = False
        for key, html in zip(job.keys, job.html, strict=True):
            shown = self._sent.get(key)
            if html is None or shown == html:
                payload.append([key, None])
                continue
            self._sent[key] = html
            changed = True
            if shown is not None and len(html) > SPLICE_ABOVE and key not in self._whole:
                payload.append([key, None, splice(shown, html)])
            else:
                self._whole.discard(key)
                payload.append([key, html])
        for stale in self._sent.keys() - set(job.keys):
            del self._sent[stale]
            self._whole.discard(stale)  # the page drops every section the payload does not name
            changed = True
        return payload, changed
