"""Images as WeChat wants them: never wider than the column, and with their natural width.

``max-width: 100%`` keeps a large image inside a 375 px phone column; ``data-w`` (the image
file's width in pixels) lets WeChat's checker size an image that has not loaded yet instead of
reporting a false width problem. The width is read from the image file's header when it is at
hand (a ``data:`` URI, a file next to the project, or a width the caller already knows); fixed
pixel widths from the Markdown (``{width=600}``) are dropped, and kept as ``data-w``.

With ``embed`` (the copy and ``recapdesk render --to wechat``: render/pictures), every picture
that is not a web address is replaced by the prepared picture as a ``data:`` URI (<= 1080 px,
<= 1 MB), ``data-w`` its prepared width; one that cannot be prepared is left out, its alt text
in its place, so no ``file://`` or relative path ever reaches WeChat.
"""

from __future__ import annotations

import base64
import binascii
import struct
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from recapdesk.render.pictures.result import PictureResult, PreparedPicture
from recapdesk.render.wechat.dom import Element, Text, replace

Embed = Callable[[str], PictureResult | None]
"""``embed(src)``: the picture ready for WeChat, a problem, or None for a web address."""

HEADER_BYTES = 64 * 1024


def width_from_header(data: bytes) -> int | None:
    """The pixel width in a PNG, GIF, JPEG, WebP or BMP file's first bytes, else ``None``."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int(struct.unpack(">I", data[16:20])[0])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return int(struct.unpack("<H", data[6:8])[0])
    if data[:2] == b"BM" and len(data) >= 22:
        return abs(int(struct.unpack("<i", data[18:22])[0]))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_width(data)
    if data[:2] == b"\xff\xd8":
        return _jpeg_width(data)
    return None


def _webp_width(data: bytes) -> int | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        return int.from_bytes(data[24:27], "little") + 1
    if chunk == b"VP8 " and len(data) >= 30:
        return int(struct.unpack("<H", data[26:28])[0]) & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1
    return None


def _jpeg_width(data: bytes) -> int | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            index += 1
            continue
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = int(struct.unpack(">H", data[index + 2 : index + 4])[0])
        # SOF0-SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int(struct.unpack(">H", data[index + 7 : index + 9])[0])
        index += 2 + length
    return None


def _data_uri_bytes(src: str) -> bytes | None:
    header, comma, payload = src.partition(",")
    if not comma or ";base64" not in header.lower():
        return None
    try:
        return base64.b64decode(payload[: HEADER_BYTES * 4 // 3 + 4], validate=False)
    except (binascii.Error, ValueError):
        return None


def is_local(src: str) -> bool:
    """A file on this computer (a relative path or ``file:``): it cannot reach WeChat."""
    scheme = urlsplit(src).scheme.lower()
    return scheme == "file" or (scheme == "" and not src.startswith("//"))


def natural_width(
    src: str, known: Mapping[str, int] | None = None, base_dir: Path | None = None
) -> int | None:
    if known and src in known:
        return known[src]
    if src.lower().startswith("data:"):
        data = _data_uri_bytes(src)
        return width_from_header(data) if data else None
    if base_dir is not None and is_local(src):
        path = Path(unquote(urlsplit(src).path))
        path = path if path.is_absolute() else base_dir / path
        try:
            with path.open("rb") as file:
                return width_from_header(file.read(HEADER_BYTES))
        except OSError:
            return None
    return None


def _pixels(value: str | None) -> int | None:
    text = (value or "").strip().removesuffix("px")
    return int(float(text)) if text.replace(".", "", 1).isdigit() else None


def prepare_images(
    images: Iterable[Element],
    known: Mapping[str, int] | None = None,
    base_dir: Path | None = None,
    embed: Embed | None = None,
) -> None:
    """Size the ``images`` (the ``<img>`` elements of the article) for WeChat, and with
    ``embed`` put every local picture in as a ``data:`` URI."""
    for image in images:
        prepared = embed(image.attrs.get("src") or "") if embed is not None else None
        if prepared is not None and not isinstance(prepared, PreparedPicture):
            replace(image, [Text(image.attrs.get("alt") or "")])
            continue
        style = image.style
        given = _pixels(image.attrs.pop("width", None)) or _pixels(style.get("width"))
        image.attrs.pop("height", None)
        # A size in em is the theme's (an avatar's disc, never squeezed: its min-width): kept,
        # as WeChat keeps it too.
        sized = all(style.get(name, "").endswith("em") for name in ("width", "height"))
        dropped = ("max-width",) if sized else ("width", "height", "min-width", "max-width")
        for name in dropped:
            style.pop(name, None)
        style["max-width"] = "100%"
        if not sized:
            style["height"] = "auto"
        image.style = style
        if prepared is not None:
            image.attrs["src"] = prepared.data_uri()
            image.attrs["data-w"] = str(prepared.width)
            continue
        width = natural_width(image.attrs.get("src") or "", known, base_dir) or given
        if width:
            image.attrs["data-w"] = str(width)
