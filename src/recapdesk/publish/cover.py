"""The draft's cover, cropped to WeChat's 2.35:1 before it is uploaded (Qt-free).

WeChat shows a draft's cover at 2.35:1 in the feed. Its draft API can crop on its side
(``pic_crop_235_1``, fractions of the picture), but then what WeChat shows is decided there
and nothing here can show it beforehand; so the cover is cropped here, with Pillow, and the
picture uploaded as the permanent image (``material/add_material``) is exactly the crop.

The crop is the article's ``cover_crop``: ``[x, y, w, h]`` in pixels of the picture as it is
shown (after its EXIF rotation), chosen in the Article tab's crop dialog. Without one, the
largest 2.35:1 rectangle in the centre is used. :func:`fit_crop` is the one place that turns
either into the rectangle sent: the dialog's preview asks it too, so it shows what is sent.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageOps, UnidentifiedImageError

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.publish.errors import PublishError, say
from recapdesk.publish.limits import COVER_MAX_BYTES
from recapdesk.publish.pictures import Picture

RATIO = 2.35
"""WeChat's cover: 2.35 wide for 1 high (900×383 pixels in the feed)."""

JPEG_QUALITY = 92

Crop = tuple[int, int, int, int]
"""``(x, y, w, h)``: a rectangle in the picture's pixels."""


def height_for(width: int) -> int:
    """The height of a 2.35:1 rectangle ``width`` pixels wide (at least one pixel)."""
    return max(1, round(width / RATIO))


def centred_crop(width: int, height: int) -> Crop:
    """The largest 2.35:1 rectangle in the centre of a ``width`` x ``height`` picture."""
    w = width if height_for(width) <= height else max(1, min(width, int(height * RATIO)))
    h = min(height, height_for(w))
    return ((width - w) // 2, (height - h) // 2, w, h)


def fit_crop(width: int, height: int, crop: Sequence[int] | None) -> Crop:
    """The rectangle of ``crop`` sent for a ``width`` x ``height`` picture: 2.35:1, inside the
    picture. A crop that is not (chosen for another picture, or typed into the file) keeps its
    centre and as much of its width as fits; None is the centred crop."""
    if crop is None or len(crop) != 4:
        return centred_crop(width, height)
    x, y, w, h = (int(v) for v in crop)
    centre_x, centre_y = x + w / 2, y + h / 2
    largest = centred_crop(width, height)
    w = max(1, min(w, largest[2]))
    h = min(height, height_for(w))
    left = min(max(0, round(centre_x - w / 2)), width - w)
    top = min(max(0, round(centre_y - h / 2)), height - h)
    return (left, top, w, h)


def _cannot_read(src: str) -> PublishError:
    template = QT_TRANSLATE_NOOP("Publish", "the cover %1 cannot be read as a picture")
    return PublishError(say(template, src[:80]))


def shown_image(data: bytes, src: str = "") -> Image.Image:
    """The picture of ``data`` as it is shown: decoded, its EXIF rotation applied, the first
    frame of an animation."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.seek(0)
            image = ImageOps.exif_transpose(opened)
            image.load()
            return image
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise _cannot_read(src) from None


def crop_cover(data: bytes, crop: Sequence[int] | None, src: str = "") -> tuple[Picture, Crop]:
    """The cover ``data`` (JPEG, PNG, GIF or BMP) cropped to ``fit_crop(..., crop)``, and that
    rectangle: a JPEG for a JPEG, else a PNG (a JPEG when the PNG would be over 10 MB)."""
    image = shown_image(data, src)
    box = fit_crop(image.width, image.height, crop)
    x, y, w, h = box
    cropped = image.crop((x, y, x + w, y + h))
    is_jpeg = data.startswith(b"\xff\xd8\xff")
    if not is_jpeg:
        encoded = _encode(cropped, "PNG")
        if len(encoded) <= COVER_MAX_BYTES:
            return Picture(encoded, "image/png"), box
    return Picture(_encode(cropped, "JPEG"), "image/jpeg"), box


def _encode(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    if kind == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA")
        image.save(out, "PNG", optimize=True)
    return out.getvalue()
