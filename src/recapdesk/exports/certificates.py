"""``export --to certificates``: one certificate per honoree, as PDF pages (one file, or one
file each) or PNG images, from a small HTML/CSS design the organizer can copy and change.

A design (resources/certificates/*.html, or any file given) holds one certificate in its
``<body>`` with ``{{placeholders}}``; the export fills them in for each person, escaping every
value (a name like ``<b>x</b>`` prints literally), and repeats the body once per person in
one page, so Chromium lays everything out once: one print gives every PDF page, and the
images are captured from the same page, certificate by certificate.
"""

from __future__ import annotations

import datetime
import html
import io
import re
from enum import StrEnum
from pathlib import Path
from typing import Any

from recapdesk.exports.base import (
    CancelFlag,
    ExportError,
    Outputs,
    Progress,
    Steps,
    numbered_paths,
    say,
)
from recapdesk.exports.cards import card_color
from recapdesk.exports.fonts import require_cjk_font
from recapdesk.exports.groups import honorees_group, program_name
from recapdesk.exports.pdf_text import fix_radicals
from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Language, Project
from recapdesk.resources import resource

DEFAULT_TEMPLATE = "classic"
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BODY = re.compile(r"(<body[^>]*>)(.*)(</body>)", re.DOTALL | re.IGNORECASE)
_PAGE_SIZE = re.compile(r"@page\s*\{[^}]*?size:\s*([\d.]+)mm\s+([\d.]+)mm", re.DOTALL)
_MM_TO_PX = 96 / 25.4
ZOOM = 2

_NO_TEMPLATE = QT_TRANSLATE_NOOP(
    "Export", "no certificate design %1: give a bundled name (%2) or an HTML file"
)
_NO_BODY = QT_TRANSLATE_NOOP("Export", "the certificate design %1 has no <body>")
_NOBODY = QT_TRANSLATE_NOOP("Export", "the project lists no honorees: no certificate to make")
_PAGES = QT_TRANSLATE_NOOP(
    "Export", "the certificate design takes %1 pages for %2 people: make it fit one page each"
)

_WORDS = {
    Language.ZH: {"title": "荣誉证书", "citation": "在本期活动中表现突出，特授予"},
    Language.EN: {"title": "Certificate of Recognition", "citation": "is hereby recognized as"},
}


class Format(StrEnum):
    PDF = "pdf"
    PNG = "png"


def template_names() -> list[str]:
    return sorted(
        entry.name.removesuffix(".html")
        for entry in resource("certificates").iterdir()
        if entry.name.endswith(".html")
    )


def load_template(name_or_file: str) -> str:
    """A bundled design by name, else the HTML file at that path."""
    if name_or_file in template_names():
        return resource("certificates", f"{name_or_file}.html").read_text(encoding="utf-8")
    try:
        return Path(name_or_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ExportError(say(_NO_TEMPLATE, name_or_file, ", ".join(template_names()))) from None


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{{key}}`` replaced by its value, HTML-escaped; an unknown
    placeholder is left as written, so a typo shows on the certificate instead of vanishing."""
    return _PLACEHOLDER.sub(
        lambda match: html.escape(values[match[1]]) if match[1] in values else match[0], text
    )


def default_date(language: Language, today: datetime.date | None = None) -> str:
    day = today or datetime.date.today()
    if language is Language.ZH:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day:%B} {day.day}, {day.year}"


def certificates_page(template: str, people: list[dict[str, str]], shared: dict[str, str]) -> str:
    """One page holding the design's body once per person (filled in for each)."""
    template = _COMMENT.sub("", template)  # a design's notes may mention <body> themselves
    found = _BODY.search(template)
    if found is None:
        raise ExportError(say(_NO_BODY, template[:40]))
    head = fill(template[: found.start(2)], shared)
    bodies = "".join(fill(found.group(2), {**shared, **person}) for person in people)
    return head + bodies + fill(template[found.end(2) :], shared)


def page_size_mm(template: str) -> tuple[float, float]:
    """The design's page size from its ``@page`` rule (A4 landscape when it names none)."""
    found = _PAGE_SIZE.search(template)
    return (float(found[1]), float(found[2])) if found else (297.0, 210.0)


def _layout(width: float, height: float) -> Any:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    # Landscape sizes given as they are, width first: QPageLayout's Landscape would turn the
    # page a second time.
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "certificate")
    portrait = QPageLayout.Orientation.Portrait
    return QPageLayout(size, portrait, QMarginsF(), QPageLayout.Unit.Millimeter)


def _split_pdf(pdf: bytes) -> list[bytes]:
    from pypdf import PdfReader, PdfWriter

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        writer = PdfWriter()
        writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
        pages.append(out.getvalue())
    return pages


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def export_certificates(
    project: Project,
    output: Path,
    *,
    template: str = DEFAULT_TEMPLATE,
    format: Format = Format.PDF,
    per_person: bool = False,
    signer: str = "",
    date: str = "",
    program: str = "",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> list[Path]:
    """Write a certificate per honoree: one PDF with a page each (``output``), or with
    ``per_person`` or PNG a file each (``name-1.pdf``...). The files written."""
    from recapdesk.exports.web import WebPage, png_bytes

    group = honorees_group(project)
    if not group.people:
        raise ExportError(say(_NOBODY))
    require_cjk_font()
    design = load_template(template)
    language = project.article.language
    shared = {
        **_WORDS[language],
        "award": group.award,
        "program": program_name(project, program),
        "date": date or default_date(language),
        "signer": signer,
        "color": card_color(project),
    }
    people = [{"name": name} for name in group.people]
    page = certificates_page(design, people, shared)
    width_mm, height_mm = page_size_mm(design)
    width, height = round(width_mm * _MM_TO_PX), round(height_mm * _MM_TO_PX)
    steps = Steps(len(people) + 2, progress, cancel)
    outputs = Outputs()
    paths = numbered_paths(output, 1 if format is Format.PDF and not per_person else len(people))
    with WebPage(width * ZOOM, height * ZOOM, zoom=ZOOM, cancel=cancel) as web:
        web.load(page)
        steps.advance()
        if format is Format.PDF:
            pdf = fix_radicals(web.print_pdf(_layout(width_mm, height_mm)))
            if _page_count(pdf) != len(people):
                raise ExportError(say(_PAGES, str(_page_count(pdf)), str(len(people))))
            pages = _split_pdf(pdf) if per_person else [pdf]
            for path, data in zip(paths, pages, strict=True):
                outputs.add(path, data)
            steps.advance(len(people))
        else:
            web.run_js("document.documentElement.style.scrollbarWidth = 'none'")
            tops = web.run_js(
                "Array.from(document.querySelectorAll('body > *'))"
                ".map(el => el.getBoundingClientRect().top + window.scrollY)"
            )
            shown = None
            for path, top in zip(paths, tops, strict=False):
                web.run_js(f"window.scrollTo(0, {round(top)})")
                web.painted()
                shown = web.grab(previous=shown)
                outputs.add(path, png_bytes(shown))
                steps.advance()
    written = outputs.write(steps)
    steps.advance()
    return written
