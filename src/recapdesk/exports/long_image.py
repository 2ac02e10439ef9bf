"""``export --to png``: the article as one long image, as a phone shows it in WeChat, split
into numbered parts when taller than a limit (chat apps shrink or refuse very tall images).

Laid out at 750 CSS px (the width WeChat's designs are drawn at, twice a 375 pt phone) and
painted at zoom 2, so the image is 1500 px wide and text stays sharp when a phone zooms in.
The page is captured in tiles while scrolling (a view as tall as the whole article would hold
all of it in memory twice), and the tiles are copied into parts whose edges fall in gaps
between lines (cuts.py), measured in the page itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from recapdesk.exports.base import (
    CancelFlag,
    ExportError,
    Outputs,
    PageProducer,
    Progress,
    Steps,
    article_page,
    numbered_paths,
    say,
)
from recapdesk.exports.cuts import Box, cut_points, parts
from recapdesk.exports.review import self_contained_page
from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Project

CSS_WIDTH = 750
ZOOM = 2
WIDTH = CSS_WIDTH * ZOOM
DEFAULT_MAX_HEIGHT = 10_000
# The view's height in device pixels: each capture costs a scroll and a wait for Chromium's
# next frame (~0.15 s offscreen), and offscreen the view grows no taller than 4000 px anyway.
_TILE = 4000
# Rows each capture shares with the one before, compared to prove the capture shows the page
# scrolled where asked: Chromium may hand over a frame from before the scroll.
_OVERLAP = 200
_PATIENCE_MS = 2500
_RELOAD_TRIES = 1
_SESSIONS = 3
_STALE = QT_TRANSLATE_NOOP("Export", "Chromium did not paint the scrolled page")
_PNG_QUALITY = (
    40  # Qt's PNG "quality" is zlib effort: 40 is much faster than the default, a few % larger
)

# WeChat's phone look: the column fills the screen with narrow margins, on the page's own
# background; no scroll bar in the picture.
PHONE_CSS = """
html { scrollbar-width: none; }
html, body { margin: 0; padding: 0; }
body { background: #ffffff; }
.recap { max-width: none; margin: 0; padding: 24px 20px 32px; }
.recap img { max-width: 100%; height: auto; }
"""

# The vertical extents the cuts must respect, in CSS px from the top of the document.
_BOXES_JS = """
(function () {
  const lines = [], hard = [], soft = [];
  const y = window.scrollY;
  const add = (list, r) => { if (r.height > 0) list.push([r.top + y, r.bottom + y]); };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.data.trim()) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) add(lines, r);
  }
  for (const el of document.querySelectorAll('img, svg, video, canvas, tr, hr'))
    add(hard, el.getBoundingClientRect());
  for (const el of document.querySelectorAll('table, blockquote, pre'))
    add(soft, el.getBoundingClientRect());
  return {lines: lines, hard: hard, soft: soft,
          height: Math.ceil(document.documentElement.scrollHeight),
          background: getComputedStyle(document.body).backgroundColor};
})()
"""


def phone_page(page: str) -> str:
    """The article page in the phone look (the exports' own styles after the theme's)."""
    return page.replace("</head>", f"<style>{PHONE_CSS}</style>\n</head>", 1)


def _scaled(boxes: list[list[float]]) -> list[Box]:
    return [(top * ZOOM, bottom * ZOOM) for top, bottom in boxes]


class _Capture:
    """Tiles of the page, each checked against the one before where they overlap.

    Offscreen, a view sometimes stops showing new frames after its first (about one export
    in three under load): scrolling, hiding and showing it, even loading it again still
    shows the old picture. A new view's first frame has always been right, so when scrolling
    does not show the page where asked, each later tile is taken by a view of its own that
    loads the page moved up."""

    def __init__(self, web: Any, html_text: str, new_view: Callable[[], Any]) -> None:
        self.web = web
        self.html_text = html_text
        self.new_view = new_view
        self.spare: Any = None  # the view of the last tile taken by a view of its own
        self.reloading = False
        self.last: tuple[Any, int] | None = None

    def tile(self, y: int) -> tuple[Any, int]:
        """A capture holding device row ``y`` near its top, and the row it starts at."""
        # Start a little above ``y`` so that the capture overlaps the previous one.
        wanted = max(0, y - _OVERLAP) // ZOOM if self.last is not None else y // ZOOM
        if not self.reloading:
            scrolled = self.web.run_js(f"(window.scrollTo(0, {wanted}), window.scrollY)")
            # Scroll offsets are CSS px and may be halves at zoom 2 (1958.5).
            top = round(float(scrolled) * ZOOM)
            if (found := self._poll(top, self.web, nudge=True)) is not None:
                return found
            self.reloading = True
        # Moved up by a negative margin, not a transform: Chromium paints a transformed page
        # only near where it was before the transform, and left the rest of the tile blank.
        shifted = f"<style>body {{ margin-top: -{wanted}px; }}</style>\n</head>"
        for _attempt in range(_RELOAD_TRIES):
            self.close()
            self.spare = self.new_view()
            self.spare.load(self.html_text.replace("</head>", shifted, 1))
            if (found := self._poll(wanted * ZOOM, self.spare)) is not None:
                return found
        raise ExportError(say(_STALE))

    def _poll(self, top: int, web: Any, *, nudge: bool = False) -> tuple[Any, int] | None:
        """Grab until the capture shows the page from row ``top`` on; None after a while.
        A loaded machine can hold Chromium's new frame back for seconds."""
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(_PATIENCE_MS)
        attempt = 0
        while not deadline.hasExpired():
            if nudge and attempt and attempt % 5 == 0:  # sometimes that gets a new frame
                web.view.hide()
                web.view.show()
            attempt += 1
            if (found := self._grab(top, web)) is not None:
                return found
        return None

    def close(self) -> None:
        if self.spare is not None:
            self.spare.close()
            self.spare = None

    def _grab(self, top: int, web: Any = None) -> tuple[Any, int] | None:
        web = web or self.web
        web.painted()
        tile = web.grab()
        if not self._matches(tile, top):
            return None
        self.last = (tile, top)
        return tile, top

    def _matches(self, tile: Any, top: int) -> bool:
        if self.last is None:
            return True
        previous, previous_top = self.last
        overlap = previous_top + previous.height() - top
        if overlap <= 0 or top < previous_top:
            return True  # nothing shared to compare
        height = min(overlap, tile.height())
        return bool(
            tile.copy(0, 0, WIDTH, height) == previous.copy(0, top - previous_top, WIDTH, height)
        )


def _session(
    html_text: str,
    output: Path,
    max_height: int,
    steps: Steps,
    cancel: CancelFlag | None,
) -> Outputs:
    """One try at laying out and capturing the page: its parts, made in memory."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from recapdesk.exports.web import WebPage, png_bytes

    outputs = Outputs()
    with WebPage(WIDTH, _TILE, zoom=ZOOM, cancel=cancel) as web:
        web.load(html_text)
        steps.advance()
        measured = web.run_js(_BOXES_JS)
        height = int(measured["height"]) * ZOOM
        cuts = cut_points(
            height,
            max_height,
            _scaled(measured["lines"]),
            _scaled(measured["hard"]),
            _scaled(measured["soft"]),
        )
        spans = parts(height, cuts)
        capture = _Capture(web, html_text, lambda: WebPage(WIDTH, _TILE, zoom=ZOOM, cancel=cancel))
        steps.grow(len(spans))
        try:
            for path, (top, bottom) in zip(numbered_paths(output, len(spans)), spans, strict=True):
                # RGB888, the form the PNG encoder takes: no converted copy of a long image.
                image = QImage(WIDTH, bottom - top, QImage.Format.Format_RGB888)
                image.fill(Qt.GlobalColor.white)
                painter = QPainter(image)
                try:
                    y = top
                    while y < bottom:
                        steps.check()
                        tile, tile_top = capture.tile(y)
                        end = min(bottom, tile_top + tile.height())
                        painter.drawImage(0, y - top, tile, 0, y - tile_top, WIDTH, end - y)
                        y = end
                finally:
                    painter.end()
                outputs.add(path, png_bytes(image))
                steps.advance()
        finally:
            capture.close()
    return outputs


def export_long_image(
    project: Project,
    output: Path,
    *,
    folder: Path,
    max_height: int = DEFAULT_MAX_HEIGHT,
    page: PageProducer = article_page,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> list[Path]:
    """Write the article as ``output`` (one part) or ``name-1.png``, ``name-2.png``...
    (parts of at most ``max_height`` px); ``folder``: the project's folder. The files written."""
    steps = Steps(2, progress, cancel)
    html_text = phone_page(self_contained_page(page(project), folder))
    # A capture that Chromium would not repaint fails the try (never a wrong picture); a new
    # session, with new views, has always painted.
    for attempt in range(_SESSIONS):
        steps.done, steps.total = 0, 2  # a new try counts again
        try:
            outputs = _session(html_text, output, max_height, steps, cancel)
            break
        except ExportError as error:
            if error.message.template != _STALE or attempt == _SESSIONS - 1:
                raise
    written = outputs.write(steps)
    steps.advance()
    return written
