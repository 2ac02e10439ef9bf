"""What ``recapdesk check --wechat`` and the Checks panel say about the article's pictures
(Qt-free).

A picture in the project's folder is embedded by the copy (pipeline/pictures.py), so it is not
the compliance check's "local image" any more; instead each one is prepared (through the same
cache as the copy) and reported once when it cannot be read (a missing file, with what to do),
and when it is over WeChat's limits before processing, with what is sent instead: "6.2 MB,
4000 px: sent as 1080 px, 0.4 MB".
Web pictures on hosts WeChat cannot re-host are the compliance check's ``image-host``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import ExifTags, Image

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Project
from recapdesk.model.checks import Severity
from recapdesk.render.compliance import check_wechat
from recapdesk.render.findings import ComplianceFinding
from recapdesk.render.pictures import WECHAT, PictureCache, PreparedPicture, prepare_source
from recapdesk.render.source_fields import find_field
from recapdesk.render.wechat.dom import parse
from recapdesk.store.assets import AssetError, is_data_uri, is_remote, resolve_reference

CONTEXT = "Compliance"
_TURNED = frozenset({5, 6, 7, 8})  # EXIF orientations that swap width and height
_RESIZED = QT_TRANSLATE_NOOP("Compliance", "%1, %2 px: sent as %3 px, %4")
_STILL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Compliance", "%1, %2 px: still over WeChat's 1 MB after processing"
)


def local_sources(html_text: str) -> list[str]:
    """The ``src`` of every picture of the article that is a file of the project, once each."""
    found: list[str] = []
    for element in parse(html_text).iter():
        src = (element.attrs.get("src") or "").strip() if element.tag == "img" else ""
        if src and not is_remote(src) and not is_data_uri(src) and src not in found:
            found.append(src)
    return found


def _megabytes(size: int) -> str:
    """``6.2 MB`` or ``340 KB``."""
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, size // 1000)} KB"


def _original(folder: Path, src: str) -> tuple[int, int | None]:
    """The size in bytes and the width in pixels as the picture is shown (a phone's photo
    turned upright by its EXIF orientation; None when not read) of the file. Only the
    header is read."""
    try:
        path = resolve_reference(folder, src)
        size = path.stat().st_size
    except (AssetError, OSError):
        return 0, None
    try:
        with Image.open(path) as image:
            turned = image.getexif().get(ExifTags.Base.Orientation) in _TURNED
            return size, image.height if turned else image.width
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return size, None  # an SVG, or what the copy reports as unreadable


def picture_findings(
    project: Project, sources: list[str], folder: Path, cache: PictureCache | None = None
) -> list[ComplianceFinding]:
    """The findings of the local pictures ``sources`` of ``project``, whose file is in
    ``folder``."""
    if cache is None:
        from recapdesk.pipeline.pictures import shared_cache

        cache = shared_cache()
    findings: list[ComplianceFinding] = []
    for src in sources:
        field = find_field(project, src, exact=True)
        result = prepare_source(cache, src, folder)
        if result is None:
            continue
        if not isinstance(result, PreparedPicture):
            findings.append(
                ComplianceFinding("picture-problem", result.reason, src, field, Severity.ERROR)
            )
            continue
        size, width = _original(folder, src)
        over = size > WECHAT.max_bytes or (width or 0) > WECHAT.max_width
        if len(result.data) > WECHAT.max_bytes:
            text = Message(CONTEXT, _STILL_TOO_LARGE, (_megabytes(size), str(width or "?")))
            findings.append(
                ComplianceFinding("picture-too-large", text, src, field, Severity.ERROR)
            )
        elif over:
            args = (_megabytes(size), str(width or "?"), str(result.width))
            text = Message(CONTEXT, _RESIZED, (*args, _megabytes(len(result.data))))
            findings.append(
                ComplianceFinding("picture-resized", text, src, field, Severity.WARNING)
            )
    return findings


def check_wechat_pictures(
    project: Project, html_text: str, folder: Path | None, cache: PictureCache | None = None
) -> list[ComplianceFinding]:
    """The compliance check of ``html_text`` (the pipeline's check input) with the pictures
    of the project in ``folder`` judged as the copy embeds them; without a folder (an
    untitled project), as the compliance check alone judges them."""
    if folder is None:
        return check_wechat(project, html_text)
    sources = local_sources(html_text)
    # Every local picture is judged here, as the copy embeds it: one that cannot be read (a
    # missing file, one outside the project's folder) is its picture-problem, which says why,
    # not also the compliance check's "local image", which would say it a second time.
    return check_wechat(project, html_text, frozenset(sources)) + picture_findings(
        project, sources, folder, cache
    )
