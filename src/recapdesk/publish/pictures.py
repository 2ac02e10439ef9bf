"""The article's pictures on their way to WeChat's image server (Qt-free).

:func:`picture_sources` finds every ``<img src>`` of the WeChat HTML that must be uploaded: a
``data:`` URI or a file beside the project. A web address (http, https) is left as it is.
:func:`replace_sources` puts the uploaded URLs in their place and touches nothing else.

:data:`PreparePicture` is the hook that turns a source into the bytes to send. The pictures
feature (render/pictures: Pillow, <= 1080 px, <= 1 MB, JPEG or PNG, a content-hash cache)
plugs in there; until then :func:`prepare_as_is` sends a picture that is already fit, and
refuses one that is not with a message saying why.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.publish.errors import PublishError, say
from recapdesk.publish.limits import ARTICLE_IMAGE_MAX_BYTES, ARTICLE_IMAGE_TYPES
from recapdesk.publish.state import content_hash

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/bmp": "bmp"}


@dataclass(frozen=True)
class Picture:
    """Bytes ready to upload and their MIME type (render/pictures' PreparedPicture has the
    same two fields, so its results can be passed as they are)."""

    data: bytes
    mime: str

    @property
    def sha256(self) -> str:
        return content_hash(self.data)

    @property
    def filename(self) -> str:
        """A name for the multipart ``media`` field: WeChat reads the type from it too."""
        return f"{self.sha256[:16]}.{_EXTENSIONS.get(self.mime, 'bin')}"


PreparePicture = Callable[[str, Path], Picture]
"""``prepare(src, project_folder)``: the picture ``src`` of the article ready to upload, or
:class:`PublishError` saying why it cannot be."""


def is_remote(src: str) -> bool:
    return urlsplit(src).scheme.lower() in ("http", "https") or src.startswith("//")


def picture_sources(wechat_html: str) -> list[str]:
    """The ``src`` of every picture to upload, in the article's order, each once."""
    found: list[str] = []
    for tag in _IMG.finditer(wechat_html):
        match = _SRC.search(tag[0])
        if match is None:
            continue
        src = html.unescape(match[2] if match[2] is not None else match[3])
        if src and not is_remote(src) and src not in found:
            found.append(src)
    return found


def replace_sources(wechat_html: str, urls: Mapping[str, str]) -> str:
    """``wechat_html`` with each ``<img src>`` found in ``urls`` replaced by its URL."""

    def image(tag: re.Match[str]) -> str:
        def source(match: re.Match[str]) -> str:
            src = html.unescape(match[2] if match[2] is not None else match[3])
            if src not in urls:
                return match[0]
            return f'{match[1]}"{html.escape(urls[src], quote=True)}"'

        return _SRC.sub(source, tag[0], count=1)

    return _IMG.sub(image, wechat_html)


def sniff_mime(data: bytes) -> str:
    """The picture type by its first bytes ("" when not a picture WeChat knows)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.startswith(b"BM"):
        return "image/bmp"
    return ""


def _cannot_read(src: str, reason: str) -> PublishError:
    template = QT_TRANSLATE_NOOP("Publish", "the picture %1 cannot be read: %2")
    return PublishError(say(template, src[:80], reason))


def source_bytes(src: str, folder: Path) -> bytes:
    """The bytes of a ``data:`` URI or of a file in the project's folder. A reference that
    leads out of that folder is refused: a project file must not make recapdesk upload
    other files of the computer."""
    if src.lower().startswith("data:"):
        header, comma, payload = src.partition(",")
        try:
            if header.lower().endswith(";base64"):
                return base64.b64decode("".join(payload.split()), validate=True)
            return unquote_to_bytes(payload) if comma else b""
        except (binascii.Error, ValueError):
            raise _cannot_read(src, "not a valid data: URI") from None
    parts = urlsplit(src)
    relative = unquote(parts.path if parts.scheme.lower() == "file" else src)
    root = folder.resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root):
        raise _cannot_read(src, "outside the project's folder")
    try:
        return path.read_bytes()
    except OSError as error:
        raise _cannot_read(src, error.strerror or str(error)) from None


def prepare_as_is(src: str, folder: Path) -> Picture:
    """The hook's default: the picture's own bytes, when they are already what the article
    image upload takes (JPEG or PNG under 1 MB); otherwise a message saying what to change.
    The pictures feature replaces this with real preparation (resize, re-encode)."""
    data = source_bytes(src, folder)
    mime = sniff_mime(data)
    if mime not in ARTICLE_IMAGE_TYPES:
        template = QT_TRANSLATE_NOOP(
            "Publish", "the picture %1 is not JPEG or PNG, the types WeChat takes in an article"
        )
        raise PublishError(say(template, src[:80]))
    if len(data) >= ARTICLE_IMAGE_MAX_BYTES:
        template = QT_TRANSLATE_NOOP(
            "Publish", "the picture %1 has %2 bytes; WeChat takes less than %3 in an article"
        )
        raise PublishError(say(template, src[:80], str(len(data)), str(ARTICLE_IMAGE_MAX_BYTES)))
    return Picture(data, mime)


class _Prepared(Protocol):
    """render/pictures' PreparedPicture, as far as publishing reads it."""

    @property
    def data(self) -> bytes: ...
    @property
    def mime(self) -> str: ...


class _Problem(Protocol):
    """render/pictures' PictureProblem, as far as publishing reads it."""

    @property
    def source(self) -> str: ...
    @property
    def reason(self) -> Message: ...


def picture_of(result: _Prepared | _Problem, src: str) -> Picture:
    """A result of the pictures feature (``prepare_source(cache, src, folder)``: a prepared
    picture or a problem) as the hook returns it: how the pictures feature plugs in, e.g.
    ``prepare=lambda src, folder: picture_of(prepare_source(cache, src, folder), src)``.
    A GIF, which the article image upload refuses, is refused here with its reason."""
    if hasattr(result, "reason"):
        template = QT_TRANSLATE_NOOP("Publish", "the picture %1 cannot be prepared: %2")
        raise PublishError(say(template, src[:80], result.reason))
    assert hasattr(result, "data")
    if result.mime not in ARTICLE_IMAGE_TYPES:
        template = QT_TRANSLATE_NOOP(
            "Publish", "the picture %1 is not JPEG or PNG, the types WeChat takes in an article"
        )
        raise PublishError(say(template, src[:80]))
    return Picture(result.data, result.mime)


def prepare_for_wechat(src: str, folder: Path) -> Picture:
    """The hook as ``recapdesk publish`` uses it: the picture prepared by the pictures
    feature (render/pictures: upright, <= 1080 px, <= 1 MB, JPEG or PNG, SVG drawn as PNG),
    through the process's cache of prepared pictures, exactly as the WeChat copy embeds it."""
    from recapdesk.pipeline.pictures import shared_cache
    from recapdesk.render.pictures import prepare_source

    result = prepare_source(shared_cache(), src, folder)
    if result is None:  # a web address: picture_sources never asks for one
        raise _cannot_read(src, "a web address, not a picture of the project")
    return picture_of(result, src)
