"""The bundled example's group photo: a stylised placeholder drawn with Pillow from shapes and
text (no photograph, no person, nothing under anyone's copyright), stored content-addressed in
the example's assets folder.

    .venv/bin/python scripts/example_photo.py

prints the reference for the example's ``[[photos.pictures]]`` ``src``. The drawing is
deterministic, but the JPEG's bytes (and so the file's name) may differ with another Pillow or
libjpeg: run it only to change the picture, then update the reference and the golden files.
The banner's Chinese needs a CJK font (Debian's fonts-noto-cjk, SIL Open Font License); without
one it is written in English.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from recapdesk.store.assets import AssetsFolder

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src/recapdesk/resources/examples/k8s-source-study-phase1.recap.toml"
SIZE = (1080, 720)
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SHIRTS = ["#326ce5", "#2b6cb0", "#38a169", "#dd6b20", "#805ad5", "#d53f8c", "#319795", "#4a5568"]
SKIN = ["#f1c27d", "#e0ac69", "#c68642", "#ffdbac", "#d1a27a"]
HAIR = ["#2d2d2d", "#3b2a1a", "#4a3728", "#1a1a1a", "#6b4f3a"]


def _font(size: int) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, bool]:
    """A font for the banner and whether it writes Chinese."""
    for path, chinese in ((CJK_FONT, True), (LATIN_FONT, False)):
        if path.is_file():
            return ImageFont.truetype(str(path), size), chinese
    return ImageFont.load_default(size), False


def _backdrop(image: Image.Image) -> None:
    """A wall turning into a floor, and a stage edge under the people."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for y in range(height):
        t = y / height
        top, bottom = (232, 240, 252), (196, 212, 236)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    draw.rectangle([0, int(height * 0.86), width, height], fill="#8c9bb5")


def _banner(image: Image.Image) -> None:
    draw = ImageDraw.Draw(image)
    width = image.size[0]
    draw.rounded_rectangle([90, 40, width - 90, 150], radius=18, fill="#326ce5")
    font, chinese = _font(46)
    text = "Kubernetes 源码研习社 · 一期结营" if chinese else "Kubernetes Source Study · Phase 1"
    draw.text((width // 2 + 36, 95), text, font=font, fill="white", anchor="mm")
    # The wheel of the project's logo, drawn: a heptagon of spokes.
    centre, radius = (140, 95), 34
    draw.ellipse(
        [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
        outline="white",
        width=5,
    )
    draw.regular_polygon((centre, 16), 7, outline="white", width=4)


def _person(draw: ImageDraw.ImageDraw, x: int, y: int, scale: float, rng: random.Random) -> None:
    """One person from the waist up: shoulders, neck, head, hair."""
    head = round(30 * scale)
    body_w, body_h = round(92 * scale), round(120 * scale)
    shirt = rng.choice(SHIRTS)
    draw.rounded_rectangle(
        [x - body_w // 2, y, x + body_w // 2, y + body_h], radius=round(34 * scale), fill=shirt
    )
    skin = rng.choice(SKIN)
    draw.rectangle([x - head // 3, y - head // 2, x + head // 3, y + 4], fill=skin)
    top = y - head * 2 - round(6 * scale)
    draw.ellipse([x - head, top, x + head, top + head * 2], fill=skin)
    hair = rng.choice(HAIR)
    draw.chord([x - head, top - 2, x + head, top + head * 2 - 8], 180, 360, fill=hair)


def _people(image: Image.Image) -> None:
    draw = ImageDraw.Draw(image)
    rng = random.Random(20201128)  # the phase's closing day: the same crowd every run
    width = image.size[0]
    rows = [(9, 300, 0.92), (10, 385, 1.0), (9, 475, 1.08)]  # back to front
    for count, y, scale in rows:
        step = (width - 160) / count
        for n in range(count):
            x = round(80 + step * (n + 0.5) + rng.uniform(-10, 10))
            _person(draw, x, y + rng.randint(-6, 6), scale, rng)


def _caption(image: Image.Image) -> None:
    draw = ImageDraw.Draw(image)
    font, chinese = _font(24)
    text = "示意图 · 由 recapdesk 生成" if chinese else "Illustration · drawn by recapdesk"
    width, height = image.size
    draw.text((width - 24, height - 22), text, font=font, fill="white", anchor="rs")


def draw_photo() -> Image.Image:
    image = Image.new("RGB", SIZE)
    _backdrop(image)
    _banner(image)
    _people(image)
    # A little softness, as a camera has: hard polygon edges look like a diagram.
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    _caption(image)
    return image


def main() -> None:
    buffer = io.BytesIO()
    draw_photo().save(buffer, "JPEG", quality=85, optimize=True)
    reference = AssetsFolder(EXAMPLE).import_bytes(buffer.getvalue(), "group-photo.jpg")
    print(f"{reference} ({buffer.tell() // 1000} KB)")


if __name__ == "__main__":
    main()
