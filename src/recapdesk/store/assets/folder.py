"""A project's pictures folder, ``NAME.assets/`` beside ``NAME.recap.toml`` (Qt-free).

A picture the organizer adds (a file dropped on the window, a pasted screenshot, Insert >
Image...) is copied in under a content-addressed name: the first 16 hex digits of the SHA-256
of its bytes and the suffix of its real format (``3f9a0c1d2e4b5a69.jpg``). The same picture
added twice is stored once, a different one can never overwrite it, and the name says nothing
about the organizer's own folders. The project text refers to it relatively
(``NAME.assets/3f9a0c1d2e4b5a69.jpg``), so the project folder can be zipped, moved or put in
git and still renders.

Every file is written atomically (store/atomic.py): a crash leaves a whole picture or none.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import cannot_read, cannot_write
from recapdesk.store.project_file import SUFFIX

CONTEXT = "Assets"
ASSETS_SUFFIX = ".assets"
HASH_DIGITS = 16
"""64 bits of SHA-256: a collision among one project's pictures is out of reach."""
MAX_PICTURE_BYTES = 100 * 1024 * 1024
"""Far above any camera's photo; a larger file is not a picture for an article."""

# Pillow's format name -> the suffix stored. One suffix per format (``.jpg``, never ``.jpeg``
# or ``.JPG``), so the same picture arriving under two names is still stored once. MPO is
# what Pillow calls the JPEG of many phone cameras (a JPEG with a second, depth frame).
FORMAT_SUFFIXES = {
    "JPEG": ".jpg",
    "MPO": ".jpg",
    "PNG": ".png",
    "GIF": ".gif",
    "WEBP": ".webp",
    "BMP": ".bmp",
    "TIFF": ".tiff",
}
SVG_SUFFIX = ".svg"
PICTURE_SUFFIXES = frozenset({*FORMAT_SUFFIXES.values(), SVG_SUFFIX})

# Characters a Markdown link destination cannot hold as they are (they end or split it), and
# "%" itself so that decoding a reference always gives the name back. Everything else, CJK
# included, stays readable in the TOML.
_MARKDOWN_UNSAFE = frozenset(" ()<>[]{}%#?\"'\\`|*")


class AssetError(Exception):
    """A picture could not be added to (or read from) the assets folder; ``message`` says why
    in words the window shows translated and ``str()`` gives in English."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


def say(template: str, *args: str | Message) -> Message:
    """A message of this package; ``template`` is marked with QT_TRANSLATE_NOOP("Assets", ...)."""
    return Message(CONTEXT, template, args)


def markdown_path(text: str) -> str:
    """``text`` with the characters that would break a Markdown link percent-encoded."""
    return "".join(
        quote(char, safe="")
        if char in _MARKDOWN_UNSAFE or char.isspace() or not char.isprintable()
        else char
        for char in text
    )


def project_stem(project_file: Path) -> str:
    """``phase1`` for ``phase1.recap.toml`` (any other name loses its last suffix only)."""
    name = Path(project_file).name
    return name.removesuffix(SUFFIX) if name.endswith(SUFFIX) else Path(name).stem


def content_name(data: bytes, suffix: str) -> str:
    """The file name a picture is stored under: its hash and its format's suffix."""
    return hashlib.sha256(data).hexdigest()[:HASH_DIGITS] + suffix


def looks_like_svg(data: bytes) -> bool:
    """An SVG document: an ``<svg`` element near the start of a text file."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in head


def picture_suffix(data: bytes, suggested_name: str = "") -> str:
    """The suffix a picture is stored under, from what its bytes are (not what its name says);
    :class:`AssetError` when they are no picture recapdesk takes."""
    if looks_like_svg(data) or (
        Path(suggested_name).suffix.lower() == SVG_SUFFIX and b"<svg" in data[:65536]
    ):
        return SVG_SUFFIX
    # Pillow loads with the first picture added: the window opens a project without it.
    from PIL import Image, UnidentifiedImageError

    try:
        # Only the header is read here: a broken or truncated body is found (and reported as
        # a picture problem) when the picture is processed, not when it is added.
        with Image.open(io.BytesIO(data)) as image:
            format_name = image.format or ""
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        not_picture = QT_TRANSLATE_NOOP("Assets", "%1 is not a picture recapdesk can read")
        raise AssetError(say(not_picture, suggested_name or "?")) from None
    suffix = FORMAT_SUFFIXES.get(format_name)
    if suffix is None:
        other = QT_TRANSLATE_NOOP(
            "Assets", "%1 is a %2 picture; recapdesk takes JPEG, PNG, GIF, WebP, BMP, TIFF or SVG"
        )
        raise AssetError(say(other, suggested_name or "?", format_name))
    return suffix


@dataclass(frozen=True)
class AssetsFolder:
    """The assets folder of the project file ``project_file`` (which need not exist yet)."""

    project_file: Path

    @property
    def name(self) -> str:
        """``phase1.assets``: the folder's name, and the first part of every reference."""
        return project_stem(self.project_file) + ASSETS_SUFFIX

    @property
    def project_folder(self) -> Path:
        """The folder references are relative to."""
        return Path(self.project_file).parent

    @property
    def path(self) -> Path:
        return self.project_folder / self.name

    def reference(self, file_name: str) -> str:
        """The relative reference the project text holds for one stored picture."""
        return f"{markdown_path(self.name)}/{markdown_path(file_name)}"

    def files(self) -> list[str]:
        """The names of the pictures stored (regular files only; never a temporary file of an
        interrupted write, which starts with a dot). A missing folder holds none."""
        try:
            entries = list(self.path.iterdir())
        except OSError:
            return []
        return sorted(
            entry.name
            for entry in entries
            if not entry.name.startswith(".") and entry.is_file() and not entry.is_symlink()
        )

    def import_bytes(self, data: bytes, suggested_name: str = "") -> str:
        """Store a picture given as bytes (a pasted screenshot; ``suggested_name`` is only a
        hint for the messages and for telling an SVG) and return its reference."""
        if len(data) > MAX_PICTURE_BYTES:
            too_large = QT_TRANSLATE_NOOP("Assets", "%1 is larger than %2 MB")
            raise AssetError(say(too_large, suggested_name or "?", str(MAX_PICTURE_BYTES >> 20)))
        name = content_name(data, picture_suffix(data, suggested_name))
        target = self.path / name
        # Same name, same size: the same picture is already there (written atomically, so a
        # file of that name is whole). A symbolic link of that name is replaced, not followed.
        present = target.is_file() and not target.is_symlink()
        if not (present and target.stat().st_size == len(data)):
            try:
                self.path.mkdir(parents=True, exist_ok=True)
                atomic_write(target, data)
            except OSError as error:
                raise AssetError(cannot_write(error)) from None
        return self.reference(name)

    def import_file(self, source: Path) -> str:
        """Copy the picture file ``source`` in (the original is never touched) and return its
        reference."""
        source = Path(source)
        try:
            if source.stat().st_size > MAX_PICTURE_BYTES:
                too_large = QT_TRANSLATE_NOOP("Assets", "%1 is larger than %2 MB")
                raise AssetError(say(too_large, source.name, str(MAX_PICTURE_BYTES >> 20)))
            data = source.read_bytes()
        except OSError as error:
            raise AssetError(cannot_read(error)) from None
        return self.import_bytes(data, source.name)
