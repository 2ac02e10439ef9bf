"""One picture made ready for the WeChat editor with Pillow (Qt-free).

The editor keeps a pasted ``data:`` picture only when it is small: at most 1080 px wide and
1 MB (render/pictures/result.py, :class:`Limits`). So every picture is decoded, turned upright
by its EXIF orientation, brought into sRGB, resized and encoded again without any metadata
(no camera, GPS position or thumbnail leaves the organizer's computer):

- a photo (a JPEG, or any picture of many colours) becomes a JPEG, its quality stepped down
  until it fits, transparency flattened on white;
- a screenshot or a drawing (few colours, or transparency; an SVG, drawn by svg.py) stays a
  PNG, quantized to 256 colours if it is too large, and a JPEG only when even that is not
  enough;
- an animated GIF that already fits is kept as it is (its animation would be lost otherwise).

A picture that cannot be decoded gives a :class:`PictureProblem`, never an exception.
"""

from __future__ import annotations

import io
import math
import warnings

from PIL import ExifTags, Image, ImageCms, ImageOps

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.render.pictures.result import (
    WECHAT,
    Limits,
    PictureProblem,
    PictureResult,
    PreparedPicture,
    say,
)
from recapdesk.render.pictures.svg import rasterize_svg
from recapdesk.store.assets.folder import SVG_SUFFIX, looks_like_svg

LINE_ART_COLOURS = 4096
"""A picture of at most this many colours (at article size) is a screenshot or a drawing: PNG
keeps its text and lines sharp. A photo has tens of thousands."""
MIN_WIDTH = 160
"""A photo is made smaller only down to this width to fit the byte limit; below, it fails."""
_PHOTO_FORMATS = frozenset({"JPEG", "MPO"})
_ROTATED = frozenset({5, 6, 7, 8})  # EXIF orientations that swap width and height

_UNREADABLE = QT_TRANSLATE_NOOP("Pictures", "this picture cannot be read: %1")
_TOO_LARGE = QT_TRANSLATE_NOOP("Pictures", "this picture cannot be made smaller than %1 KB")


def prepare_picture(data: bytes, source: str = "", limits: Limits = WECHAT) -> PictureResult:
    """``data`` (a picture file's bytes; ``source`` names it in a problem) ready for WeChat."""
    if looks_like_svg(data) or source.lower().endswith(SVG_SUFFIX):
        drawn = rasterize_svg(data, source, limits)
        if isinstance(drawn, PictureProblem):
            return drawn
        return _prepare_raster(drawn, source, limits, line_art=True)
    return _prepare_raster(data, source, limits, line_art=False)


def _prepare_raster(data: bytes, source: str, limits: Limits, *, line_art: bool) -> PictureResult:
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 million pixels and refuses from twice that (an error, below):
            # a large camera's photo lies between, and is decoded reduced anyway.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kept = _animation_kept(image, data, limits)
                if kept is not None:
                    return kept
                photo = image.format in _PHOTO_FORMATS and not line_art
                _decode_reduced(image, limits.max_width)
                picture = _upright_srgb(image, limits.max_width)
    except Exception as error:  # any decoder failure of any file is that picture's problem
        return PictureProblem(source, say(_UNREADABLE, str(error) or type(error).__name__))
    if not photo and not line_art:
        line_art = _has_alpha(picture) or _few_colours(picture)
    encoded = _encode_png(picture, limits) if line_art else None
    if encoded is None:
        encoded = _encode_jpeg(picture, limits)
    if encoded is None:
        return PictureProblem(source, say(_TOO_LARGE, str(limits.max_bytes // 1000)))
    return encoded


def _animation_kept(image: Image.Image, data: bytes, limits: Limits) -> PreparedPicture | None:
    """An animated GIF that already fits, as it is."""
    animated = image.format == "GIF" and getattr(image, "is_animated", False)
    if animated and len(data) <= limits.max_bytes and image.width <= limits.max_width:
        return PreparedPicture(data, "image/gif", image.width, image.height)
    return None


def _orientation(image: Image.Image) -> int:
    value = image.getexif().get(ExifTags.Base.Orientation, 1)
    return value if isinstance(value, int) else 1


def _decode_reduced(image: Image.Image, max_width: int) -> None:
    """Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding (no smaller than the
    article needs): less to decode, far less to resize."""
    upright_width = image.height if _orientation(image) in _ROTATED else image.width
    if upright_width > max_width:
        scale = max_width / upright_width
        image.draft(None, (math.ceil(image.width * scale), math.ceil(image.height * scale)))
    image.load()


def _upright_srgb(image: Image.Image, max_width: int) -> Image.Image:
    """``image`` turned by its EXIF orientation, at most ``max_width`` wide, in sRGB, in a
    mode the encoders take, with no metadata left in ``info``."""
    icc = image.info.get("icc_profile")
    orientation = _orientation(image)
    picture: Image.Image = image
    if picture.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        picture = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
    # Resized before it is turned, which is then a few times less work: the width to reach
    # is the height while the picture still lies on its side.
    rotated = orientation in _ROTATED
    upright_width, upright_height = (picture.height, picture.width) if rotated else picture.size
    if upright_width > max_width:
        height = max(1, round(upright_height * max_width / upright_width))
        size = (height, max_width) if rotated else (max_width, height)
        # Bicubic (Pillow's default, filtered over the whole reduction): close to Lanczos
        # for a reduction of two or less, which is what remains after the decoder's own, at
        # two thirds of its time.
        picture = picture.resize(size, Image.Resampling.BICUBIC)
    # The resized copy still carries the EXIF block, orientation included.
    picture = ImageOps.exif_transpose(picture)
    picture = _to_srgb(picture, icc)
    if picture.mode == "CMYK":
        picture = picture.convert("RGB")
    picture.info = {}  # EXIF, ICC, XMP, comments, DPI: none of it goes to WeChat
    return picture


def _to_srgb(picture: Image.Image, icc: object) -> Image.Image:
    """Colours converted from the picture's embedded profile (a phone's Display P3, a print
    CMYK) to sRGB, which is what WeChat shows; as they are when there is none."""
    if not isinstance(icc, bytes) or not icc:
        return picture
    if picture.mode in ("L", "LA"):
        return picture  # a grey profile: grey stays grey
    mode = "RGBA" if picture.mode == "RGBA" else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            picture, source, ImageCms.createProfile("sRGB"), outputMode=mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return picture  # a broken profile: the numbers as they are beat no picture
    return converted if converted is not None else picture


def _has_alpha(picture: Image.Image) -> bool:
    return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def _few_colours(picture: Image.Image) -> bool:
    return picture.getcolors(maxcolors=LINE_ART_COLOURS) is not None


def _on_white(picture: Image.Image) -> Image.Image:
    """JPEG has no transparency: what was transparent becomes white, not black."""
    if picture.mode in ("RGB", "L"):
        return picture
    rgba = picture.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("RGB")


def _encode_png(picture: Image.Image, limits: Limits) -> PreparedPicture | None:
    """PNG, quantized to 256 colours if the full one is too large; None if still too large."""
    for quantize in (False, True):
        candidate = picture
        if quantize:  # FASTOCTREE: the one method Pillow offers for RGBA and RGB alike
            full = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
            candidate = full.quantize(256, method=Image.Quantize.FASTOCTREE)
        buffer = io.BytesIO()
        candidate.save(buffer, "PNG", optimize=quantize)
        if buffer.tell() <= limits.max_bytes:
            return PreparedPicture(buffer.getvalue(), "image/png", *picture.size)
    return None


def _encode_jpeg(picture: Image.Image, limits: Limits) -> PreparedPicture | None:
    """JPEG at the best quality that fits; a smaller picture when none does, down to
    :data:`MIN_WIDTH`; None below."""
    flat = _on_white(picture)
    while True:
        for quality in limits.jpeg_qualities:
            buffer = io.BytesIO()
            # optimize: Huffman tables for this picture, ~10% smaller for a few ms; not
            # progressive, which costs as much again as the whole encode for ~2% less.
            flat.save(buffer, "JPEG", quality=quality, optimize=True)
            if buffer.tell() <= limits.max_bytes:
                return PreparedPicture(buffer.getvalue(), "image/jpeg", *flat.size)
        width = int(flat.width * 0.8)
        if width < MIN_WIDTH:
            return None
        height = max(1, round(flat.height * width / flat.width))
        flat = flat.resize((width, height), Image.Resampling.LANCZOS)
