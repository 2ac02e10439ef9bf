"""What preparing a picture gives: the picture ready for WeChat, or the reason it cannot be.

A picture that cannot be read is not an exception for the caller to forget: it is a
:class:`PictureProblem` value, which the copy leaves out (with its alt text) and the checks
report, so one broken file never stops the rest of the article.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from recapdesk.i18n import Message

CONTEXT = "Pictures"


def say(template: str, *args: str | Message) -> Message:
    """A message of this package; ``template`` is marked with
    QT_TRANSLATE_NOOP("Pictures", ...) where it is written."""
    return Message(CONTEXT, template, args)


@dataclass(frozen=True)
class Limits:
    """How a picture is prepared; every field is part of the processed-image cache's key."""

    max_width: int = 1080
    """WeChat shows an article at most 1080 device pixels wide (a 360 pt column at 3x)."""
    max_bytes: int = 1_000_000
    """The WeChat editor drops a pasted data: image over 1 MB; 10^6 stays under either
    reading of "1 MB"."""
    jpeg_qualities: tuple[int, ...] = (88, 82, 76, 70, 62, 54, 46, 38)
    """Tried in order until the JPEG fits ``max_bytes``: the first is visually lossless for a
    photo; each step costs one encode of at most 1080 px (a few milliseconds)."""
    svg_scale: float = 2.0
    """An SVG is drawn at twice its own size (capped at ``max_width``): sharp on a phone."""
    version: int = 1
    """Raised whenever the processing changes, so no cached result of the old code is used."""

    def key(self) -> str:
        qualities = ",".join(str(quality) for quality in self.jpeg_qualities)
        return (
            f"v{self.version}-w{self.max_width}-b{self.max_bytes}-q{qualities}-s{self.svg_scale:g}"
        )


WECHAT = Limits()


@dataclass(frozen=True)
class PreparedPicture:
    """A picture encoded for the article: bytes, their MIME type and pixel size."""

    data: bytes
    mime: str  # "image/jpeg", "image/png" or "image/gif"
    width: int
    height: int

    def data_uri(self) -> str:
        return data_uri(self.data, self.mime)


@dataclass(frozen=True)
class PictureProblem:
    """A picture that could not be prepared: ``source`` names it (a reference or a file name,
    as the user wrote it) and ``reason`` says why, in words the UI translates."""

    source: str
    reason: Message

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


PictureResult = PreparedPicture | PictureProblem


def data_uri(data: bytes, mime: str) -> str:
    """``data:<mime>;base64,...``: how a picture travels inside the clipboard's HTML."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
