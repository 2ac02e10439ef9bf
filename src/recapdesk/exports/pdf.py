"""``export --to pdf``: the article as a PDF on A4 or phone-sized pages, for reading and
printing outside WeChat.

Chromium prints it (QWebEnginePage.printToPdf): fonts are embedded as subsets (the system's
Noto CJK for Chinese), links stay clickable, and page numbers come from CSS ``@page`` margin
boxes, which Chromium paints since version 131 (QtWebEngine 6.9). Qt's printToPdf has no
option for a document outline, so the headings' bookmarks are added afterwards with pypdf: the
page asks itself for its headings, and each is found on the page whose text holds it.
"""

from __future__ import annotations

import io
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from recapdesk.exports.base import (
    CancelFlag,
    Outputs,
    PageProducer,
    Progress,
    Steps,
    article_page,
)
from recapdesk.exports.fonts import require_cjk_font
from recapdesk.exports.pdf_text import fix_radicals
from recapdesk.exports.review import self_contained_page
from recapdesk.model import Project


class PageSize(StrEnum):
    A4 = "a4"
    PHONE = "phone"


# Page size (mm) and margins (mm: top, sides, bottom) of each; the bottom margin holds the
# page number. A phone page is a 9:16 screen, read without zooming.
_PAGES: dict[PageSize, tuple[tuple[float, float], tuple[float, float, float]]] = {
    PageSize.A4: ((210, 297), (18, 18, 20)),
    PageSize.PHONE: ((100, 178), (8, 6, 12)),
}

_PRINT_CSS = """
@page {{
  size: {width}mm {height}mm;
  @bottom-center {{ content: counter(page) " / " counter(pages); font-size: 9pt; color: #888; }}
}}
html, body {{ margin: 0; padding: 0; background: #ffffff; }}
.recap {{ max-width: none; margin: 0; padding: 0; }}
.recap img {{ max-width: 100%; height: auto; break-inside: avoid; }}
.recap tr, .recap blockquote, .recap pre {{ break-inside: avoid; }}
.recap h1, .recap h2, .recap h3 {{ break-after: avoid; }}
"""

# Chromium writes a named destination for every element an internal link points to. Each
# heading gets an empty marker and a link to it, so the PDF knows where every heading is
# printed; the marker links (not the destinations) are removed again after printing.
OUTLINE_PREFIX = "recapdesk-outline-"
_HEADINGS_JS = """
(function () {
  const found = [];
  const links = document.createElement('div');
  links.style.cssText = 'font-size: 1px; line-height: 1px; height: 1px; overflow: hidden;';
  document.querySelectorAll('.recap h1, .recap h2, .recap h3').forEach((h, i) => {
    const text = h.innerText.trim();
    if (!text) return;
    const marker = document.createElement('span');
    marker.id = '%(prefix)s' + i;
    h.prepend(marker);
    const link = document.createElement('a');
    link.href = '#' + marker.id;
    link.textContent = '.';
    links.appendChild(link);
    found.push([Number(h.tagName[1]), text, marker.id]);
  });
  document.body.appendChild(links);
  return found;
})()
""".replace("%(prefix)s", OUTLINE_PREFIX)


def print_page(page: str, size: PageSize) -> str:
    (width, height), _ = _PAGES[size]
    css = _PRINT_CSS.format(width=width, height=height)
    return page.replace("</head>", f"<style>{css}</style>\n</head>", 1)


def page_layout(size: PageSize) -> Any:
    """The QPageLayout to print with: Chromium takes the margins from here, not from CSS
    (the ``@page`` margin boxes, the page numbers, are painted inside them)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    (width, height), (top, side, bottom) = _PAGES[size]
    page_size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, size.value)
    margins = QMarginsF(side, top, side, bottom)
    return QPageLayout(
        page_size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def add_outline(pdf: bytes, headings: list[tuple[int, str, str]]) -> bytes:
    """``pdf`` with a bookmark per ``(level, title, marker id)``, nested by level, each to
    where its marker was printed; the marker links are taken out again."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import Fit, NameObject

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    where: dict[str, tuple[int, float]] = {}
    for name, destination in reader.named_destinations.items():
        marker = unquote(name.lstrip("/"))
        if marker.startswith(OUTLINE_PREFIX):
            top = float(destination.get("/Top") or 0)
            where[marker] = (reader.get_destination_page_number(destination) or 0, top)
    for page in writer.pages:
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        kept = [
            annotation
            for annotation in annotations
            if not str(annotation.get_object().get("/Dest", "")).startswith("/" + OUTLINE_PREFIX)
        ]
        page[NameObject("/Annots")] = type(annotations)(kept)
    parents: dict[int, Any] = {}
    for level, title, marker in headings:
        page_number, top = where.get(marker, (0, 0.0))
        parent = next((parents[lvl] for lvl in sorted(parents, reverse=True) if lvl < level), None)
        parents = {lvl: item for lvl, item in parents.items() if lvl < level}
        parents[level] = writer.add_outline_item(
            title=title, page_number=page_number, parent=parent, fit=Fit.xyz(left=0, top=top)
        )
    writer.page_mode = "/UseOutlines"  # readers open with the bookmarks shown
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def export_pdf(
    project: Project,
    output: Path,
    *,
    folder: Path,
    size: PageSize = PageSize.A4,
    page: PageProducer = article_page,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> list[Path]:
    """Write the article as a PDF to ``output``; ``folder``: the project's folder."""
    from recapdesk.exports.web import WebPage

    require_cjk_font()
    steps = Steps(4, progress, cancel)
    html_text = print_page(self_contained_page(page(project), folder), size)
    with WebPage(800, 1000, cancel=cancel) as web:
        web.load(html_text)
        steps.advance()
        headings = [
            (int(lvl), str(text), str(mark)) for lvl, text, mark in web.run_js(_HEADINGS_JS)
        ]
        printed = web.print_pdf(page_layout(size))
        steps.advance()
    data = add_outline(fix_radicals(printed), headings)
    steps.advance()
    outputs = Outputs()
    outputs.add(output, data)
    written = outputs.write(steps)
    steps.advance()
    return written
