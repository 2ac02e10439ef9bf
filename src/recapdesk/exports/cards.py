"""``export --to card``: an honor-roll card per recognition group, a tall PNG to post in a
WeChat group: the program, the award, the names and, optionally, a QR code to the article.

The card is a page of its own, laid out by Chromium at the card's size. Names are set in the
page through the DOM (textContent), never as HTML. They are fitted in the page itself: the
largest font size at which nothing overflows, down to a minimum that a phone still shows
legibly; when even that does not fit, the names are shared among more cards. Each card is
measured again before it is captured, and one that overflows is an error, never a clipped
picture.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import segno

from recapdesk.exports.base import (
    CancelFlag,
    ExportError,
    Outputs,
    Progress,
    Steps,
    say,
)
from recapdesk.exports.fonts import require_cjk_font
from recapdesk.exports.groups import RecognitionGroup, program_name, recognition_groups
from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Language, Project
from recapdesk.render.themes import theme_primary

SIZES = {"1080x1920": (1080, 1920), "1080x1350": (1080, 1350)}
MAX_FONT, MIN_FONT = 64, 34  # CSS px on a 1080 px card: 34 px reads like 12 pt on a phone
_NOTHING = QT_TRANSLATE_NOOP("Export", "no recognition group has anyone in it: no card to make")
_OVERFLOW = QT_TRANSLATE_NOOP("Export", "a name does not fit on the card: %1")
_SCAN = {Language.ZH: "扫码阅读全文", Language.EN: "Scan to read the recap"}

CARD_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'">
<style>
html, body {{ margin: 0; padding: 0; overflow: hidden; }}
body {{ width: {width}px; height: {height}px; background: {color}; color: #ffffff;
       font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }}
#card {{ box-sizing: border-box; width: 100%; height: 100%; padding: 96px 80px 72px;
        display: flex; flex-direction: column; align-items: stretch; text-align: center; }}
#program {{ font-size: 38px; opacity: 0.9; letter-spacing: 2px; overflow-wrap: anywhere;
           flex: none; }}
#award {{ font-size: 76px; font-weight: 700; margin: 36px 0 12px; line-height: 1.35;
         overflow-wrap: anywhere; flex: none; }}
#rule {{ width: 160px; height: 6px; background: rgba(255,255,255,0.8); margin: 24px auto 48px;
        border-radius: 3px; flex: none; }}
#names {{ flex: 1 1 auto; min-height: 0; overflow: hidden; display: flex; flex-wrap: wrap;
         justify-content: center; align-content: flex-start; gap: 0.45em 1.1em;
         line-height: 1.3; }}
#names span {{ display: inline-block; white-space: nowrap; }}
#footer {{ flex: none; display: flex; align-items: center; justify-content: center; gap: 32px;
          margin-top: 40px; font-size: 30px; opacity: 0.95; }}
#footer img {{ width: 200px; height: 200px; background: #ffffff; border-radius: 12px; }}
#part {{ font-size: 28px; opacity: 0.8; margin-top: 16px; flex: none; }}
</style></head>
<body><div id="card">
<div id="program"></div><div id="award"></div><div id="rule"></div>
<div id="names"></div>
<div id="footer"></div><div id="part"></div>
</div></body></html>
"""

# Fill the card (all text through textContent) and report whether anything overflows at
# each font size from the largest down; the largest that fits is kept.
_FIT_JS = """
(function (data) {
  document.getElementById('program').textContent = data.program;
  document.getElementById('award').textContent = data.award;
  document.getElementById('part').textContent = data.part;
  const footer = document.getElementById('footer');
  footer.textContent = '';
  if (data.qr) {
    const img = document.createElement('img');
    img.src = data.qr;
    const label = document.createElement('span');
    label.textContent = data.scan;
    footer.append(img, label);
  }
  const names = document.getElementById('names');
  names.textContent = '';
  for (const name of data.people) {
    const span = document.createElement('span');
    span.textContent = name;
    names.appendChild(span);
  }
  const card = document.getElementById('card').getBoundingClientRect();
  // Clipped content (a box that hides its overflow holds more than it shows) or any box
  // reaching out of the card.
  const overflows = () => {
    for (const el of document.querySelectorAll('#card, #card *')) {
      const clips = getComputedStyle(el).overflow !== 'visible';
      if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
        return true;
      const r = el.getBoundingClientRect();
      if (r.right > card.right + 1 || r.bottom > card.bottom + 1 || r.left < card.left - 1)
        return true;
    }
    return false;
  };
  for (let size = data.max; size >= data.min; size -= 2) {
    names.style.fontSize = size + 'px';
    if (!overflows()) return {fits: true, size: size};
  }
  return {fits: false, size: data.min};
})(%s)
"""


def card_color(project: Project) -> str:
    return project.article.primary_color or theme_primary(project.article.theme)


def qr_data_uri(url: str) -> str:
    """A QR code for ``url`` as an SVG ``data:`` URI (dark on white, with its quiet zone)."""
    return str(segno.make(url, error="m").svg_data_uri(scale=8, border=2))


def _fit(web: Any, data: dict[str, Any]) -> tuple[bool, int]:
    result = web.run_js(_FIT_JS % json.dumps(data, ensure_ascii=False))
    return bool(result["fits"]), int(result["size"])


def _split(people: tuple[str, ...], count: int) -> list[tuple[str, ...]]:
    """``people`` in ``count`` runs of nearly equal length, in order."""
    size = math.ceil(len(people) / count)
    return [people[index : index + size] for index in range(0, len(people), size)]


def lay_out_group(
    web: Any, group: RecognitionGroup, base: dict[str, Any]
) -> list[tuple[tuple[str, ...], int]]:
    """The cards for ``group``: each card's people and font size. More cards until each fits
    at no less than the minimum font size."""
    count = 1
    while True:
        runs = _split(group.people, count)
        fitted = []
        for number, run in enumerate(runs, start=1):
            part = f"{number} / {len(runs)}" if len(runs) > 1 else ""
            fits, size = _fit(web, {**base, "award": group.award, "people": run, "part": part})
            if not fits:
                break
            fitted.append((run, size))
        else:
            return fitted
        if count >= len(group.people):  # one name alone does not fit: never clip it
            raise ExportError(say(_OVERFLOW, group.people[0] if count == 1 else run[0]))
        count += 1


def export_cards(
    project: Project,
    output: Path,
    *,
    size: tuple[int, int] = SIZES["1080x1920"],
    program: str = "",
    qr_url: str = "",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> list[Path]:
    """Write a card per recognition group (``name-honorees.png``, ``name-committee.png``,
    ``-2``... when a group needs more than one card). The files written."""
    from recapdesk.exports.web import WebPage, png_bytes

    groups = recognition_groups(project)
    if not groups:
        raise ExportError(say(_NOTHING))
    require_cjk_font()
    steps = Steps(len(groups) + 2, progress, cancel)
    width, height = size
    base = {
        "program": program_name(project, program),
        "qr": qr_data_uri(qr_url) if qr_url else "",
        "scan": _SCAN[project.article.language],
        "max": MAX_FONT,
        "min": MIN_FONT,
    }
    outputs = Outputs()
    with WebPage(width, height, cancel=cancel) as web:
        web.load(CARD_PAGE.format(width=width, height=height, color=card_color(project)))
        steps.advance()
        shown = None
        for group in groups:
            cards = lay_out_group(web, group, base)
            for number, (run, _size) in enumerate(cards, start=1):
                part = f"{number} / {len(cards)}" if len(cards) > 1 else ""
                fits, _ = _fit(web, {**base, "award": group.award, "people": run, "part": part})
                if not fits:  # measured again as captured: never a clipped card
                    raise ExportError(say(_OVERFLOW, run[0]))
                web.painted()
                suffix = f"-{number}" if len(cards) > 1 else ""
                path = output.with_name(f"{output.stem}-{group.key}{suffix}{output.suffix}")
                shown = web.grab(previous=shown)
                outputs.add(path, png_bytes(shown))
            steps.advance()
    written = outputs.write(steps)
    steps.advance()
    return written
