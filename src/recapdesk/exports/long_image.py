"""``export --to png``: the article as one long image, as a phone shows it in WeChat, split
into numbered parts when taller than a limit (chat apps shrink or refuse very tall images).

Laid out at 750 CSS px (the width WeChat's designs are drawn at, twice a 375 pt phone) and
painted at zoom 2, so the image is 1500 px wide and text stays sharp when a phone zooms in.
The page is captured in tiles while scrolling (a view as tall as the whole article would hold
all of it in memory twice), and the tiles are copied into parts whose edges fall in gaps
between lines (cuts.py), measured in the page itself.
"""

from __future__ import annotations

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
_RETRIES = 20
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
    """Tiles of the page, each checked against the one before where they overlap."""

    def __init__(self, web: Any) -> None:
        self.web = web
        self.last: tuple[Any, int] | None = None

    def tile(self, y: int) -> tuple[Any, int]:
        """A capture holding device row ``y`` near its top, and the row it starts at."""
        # Start a little above ``y`` so that the capture overlaps the previous one.
        wanted = max(0, y - _OVERLAP) // ZOOM if self.last is not None else y // ZOOM
        scrolled = self.web.run_js(f"(window.scrollTo(0, {wanted}), window.scrollY)")
        # Scroll offsets are CSS px and may be halves at zoom 2 (1958.5).
        top = round(float(scrolled) * ZOOM)
        for attempt in range(_RETRIES):
            if attempt:
                self._nudge(wanted)
            self.web.painted()
            tile = self.web.grab()
            if self._matches(tile, top):
                self.last = (tile, top)
                return tile, top
        raise ExportError(say(_STALE))

    def _nudge(self, wanted: int) -> None:
        """Make Chromium paint again: offscreen it sometimes keeps handing over the frame
        from before a scroll (about one export in three), and only hiding and showing the
        view again makes it send a new one."""
        view = self.web.view
        view.hide()
        view.show()
        self.web.run_js(f"(window.scrollTo(0, {wanted}), window.scrollY)")

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
    from PySide6.QtGui import QImage, QPainter

    from recapdesk.exports.web import WebPage, png_bytes

    steps = Steps(2, progress, cancel)
    html_text = phone_page(self_contained_page(page(project), folder))
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
        capture = _Capture(web)
        steps.grow(len(spans))
        for path, (top, bottom) in zip(numbered_paths(output, len(spans)), spans, strict=True):
            image = QImage(WIDTH, bottom - top, QImage.Format.Format_RGB32)
            image.fill(0xFFFFFFFF)
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
    written = outputs.write(steps)
    steps.advance()
    return written
