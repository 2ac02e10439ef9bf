"""``export --to html``: the article as one self-contained file for co-organizers to review in
any browser (Qt-free).

The theme's styles are already inline in the page (render/html.py); here every picture becomes
a ``data:`` URI (render/pictures, as the WeChat copy prepares them), and the page's security
policy is narrowed to match: the file loads nothing from anywhere, so it reads the same
offline, in a mail attachment or in a chat's file viewer. A web picture cannot be embedded
without the network, which exports never use; it is replaced by its address as text, so the
reviewer still sees that a picture goes there.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from recapdesk.exports.base import (
    CancelFlag,
    Outputs,
    PageProducer,
    Progress,
    Steps,
    article_page,
)
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Project
from recapdesk.render.pictures import PictureCache, PreparedPicture, prepare_source

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = r"""\b{name}\s*=\s*(?:"([^"]*)"|'([^']*)')"""
_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>', re.DOTALL)
# Nothing but the page itself and its data: pictures.
SELF_CONTAINED_POLICY = (
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
)
_WEB_PICTURE = QT_TRANSLATE_NOOP("Export", "[picture on the web: %1]")
_BAD_PICTURE = QT_TRANSLATE_NOOP("Export", "[picture left out: %1]")


def _attribute(tag: str, name: str) -> str | None:
    found = re.search(_ATTRIBUTE.format(name=name), tag, re.IGNORECASE)
    if found is None:
        return None
    return html.unescape(found.group(1) if found.group(1) is not None else found.group(2))


def _note(text: str) -> str:
    return f'<span class="recap-picture-note">{html.escape(text)}</span>'


def inline_pictures(page: str, folder: Path, cache: PictureCache | None = None) -> str:
    """``page`` with every ``<img>`` as a ``data:`` URI, or a note where that cannot be."""
    cache = cache or PictureCache()

    def replace(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _attribute(tag, "src")
        if src is None:
            return ""
        result = prepare_source(cache, src, folder)
        if result is None:  # a web address: no network in an export
            return _note(str(Message("Export", _WEB_PICTURE, (src,))))
        if not isinstance(result, PreparedPicture):
            return _note(str(Message("Export", _BAD_PICTURE, (str(result),))))
        alt = _attribute(tag, "alt") or ""
        return (
            f'<img src="{result.data_uri()}" alt="{html.escape(alt)}" '
            f'width="{result.width}" style="max-width: 100%; height: auto;">'
        )

    return _IMG.sub(replace, page)


def self_contained_page(page: str, folder: Path, cache: PictureCache | None = None) -> str:
    """The article page with nothing left to load: pictures inline, policy closed."""
    page = inline_pictures(page, folder, cache)
    return _POLICY.sub(lambda _match: SELF_CONTAINED_POLICY, page, count=1)


def export_html(
    project: Project,
    output: Path,
    *,
    folder: Path,
    page: PageProducer = article_page,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> list[Path]:
    """Write the self-contained review page to ``output``; ``folder``: the project's folder
    (where its pictures are). Returns the files written."""
    steps = Steps(2, progress, cancel)
    text = self_contained_page(page(project), folder)
    steps.advance()
    outputs = Outputs()
    outputs.add(output, text.encode("utf-8"))
    written = outputs.write(steps)
    steps.advance()
    return written
