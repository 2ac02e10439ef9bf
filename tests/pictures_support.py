"""Pictures for the tests: a photo turned by its EXIF tag, a large photo, an SVG, and a
project with them in its Photos section."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image

from recapdesk.model import Project
from recapdesk.model.photos import Photo
from recapdesk.store import save
from recapdesk.store.assets import AssetsFolder

ORIENTATION = 0x0112


def rotated_jpeg() -> bytes:
    """1600x1200 stored, shown upright as 1200x1600 (EXIF orientation 6); the top rows
    black, so the upright picture's right edge is black."""
    image = Image.new("RGB", (1600, 1200), (200, 60, 60))
    image.paste((0, 0, 0), (0, 0, 1600, 300))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def big_jpeg(min_bytes: int = 6_000_000) -> bytes:
    """A 4000x3000 photo of noise, at least ``min_bytes`` long."""
    noise = Image.frombytes("RGB", (800, 600), os.urandom(800 * 600 * 3))
    image = noise.resize((4000, 3000), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=100)
    data = out.getvalue()
    assert len(data) >= min_bytes, len(data)
    return data


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">'
    b'<rect width="300" height="200" fill="#2b6cb0"/><circle cx="150" cy="100" r="60" '
    b'fill="#ffffff"/></svg>'
)


def photo_project(folder: Path, *, big: bool = True) -> Path:
    """``folder/demo.recap.toml`` with three pictures in its Photos section, captioned."""
    path = folder / "demo.recap.toml"
    assets = AssetsFolder(path)
    pictures = [("rotated.jpg", rotated_jpeg()), ("logo.svg", SVG)]
    if big:
        pictures.insert(1, ("big.jpg", big_jpeg()))
    project = Project()
    project.article.title = "照片"
    project.photos.pictures = [
        Photo(src=assets.import_bytes(data, name), caption=f"说明 {name}", alt=name)
        for name, data in pictures
    ]
    save(project, path)
    return path
