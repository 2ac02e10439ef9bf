"""Real pictures made with Pillow for the picture tests: a rotated camera photo, a noisy
6 MB photo, a screenshot with transparency, an SVG drawing."""

from __future__ import annotations

import io

from PIL import Image, ImageCms, ImageDraw, PngImagePlugin

RED = (255, 0, 0)
ORIENTATION = 0x0112
MAKE = 0x010F
GPS_INFO = 0x8825


def jpeg(image: Image.Image, quality: int = 92, exif: Image.Exif | None = None) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, exif=exif or Image.Exif())
    return buffer.getvalue()


def png(image: Image.Image, *, metadata: bool = False) -> bytes:
    """PNG bytes; with ``metadata``, as a screenshot tool writes them: EXIF (with a camera
    make), an sRGB ICC profile and a text chunk naming the software."""
    buffer = io.BytesIO()
    if not metadata:
        image.save(buffer, "PNG")
        return buffer.getvalue()
    exif = Image.Exif()
    exif[MAKE] = "recapdesk test screen"
    text = PngImagePlugin.PngInfo()
    text.add_text("Software", "recapdesk test screenshot tool")
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(buffer, "PNG", exif=exif, icc_profile=icc, pnginfo=text)
    return buffer.getvalue()


def camera_photo(width: int = 4000, height: int = 3000, orientation: int = 6) -> bytes:
    """A photo as a phone stores it lying on its side: ``width`` x ``height`` pixels, EXIF
    orientation 6 ("turn 90° clockwise to view"), a camera make and a GPS block, and a red
    marker in the top-left corner of the stored pixels."""
    down = Image.linear_gradient("L").resize((width, height))
    across = Image.linear_gradient("L").rotate(90).resize((width, height))
    sky = Image.merge("RGB", (down, across, Image.effect_noise((width, height), 40)))
    grain = Image.merge("RGB", [Image.effect_noise((width, height), 30) for _ in range(3)])
    photo = Image.blend(sky, grain, 0.2)
    ImageDraw.Draw(photo).rectangle((0, 0, width // 10, height // 10), fill=RED)
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[MAKE] = "recapdesk test camera"
    exif.get_ifd(GPS_INFO)[2] = (39.0, 54.0, 15.0)  # GPSLatitude: where the photo was taken
    return jpeg(photo, exif=exif)


def noisy_photo(width: int = 4000, height: int = 3000) -> bytes:
    """A JPEG of colour noise (a high-ISO night shot, the worst case to compress): ~7 MB."""
    bands = [Image.effect_noise((width, height), 60) for _ in range(3)]
    return jpeg(Image.merge("RGB", bands), quality=80)


def screenshot(width: int = 1600, height: int = 1000) -> bytes:
    """A PNG screenshot of a note: lines of dark "text" on white, a coloured heading bar, and
    a transparent margin on the right (a window's shadow)."""
    shot = Image.new("RGBA", (width, height), (255, 255, 255, 255))
    draw = ImageDraw.Draw(shot)
    draw.rectangle((0, 0, width, 80), fill=(7, 193, 96, 255))
    for line in range(20):
        top = 120 + line * 40
        for word in range(12):
            left = 40 + word * 110
            draw.rectangle(
                (left, top, left + 80 - (word * 7) % 30, top + 18), fill=(34, 34, 34, 255)
            )
        draw.text((40, top + 20), f"line {line}: kubernetes informer", fill=(90, 90, 90, 255))
    draw.rectangle((width - 100, 0, width, height), fill=(0, 0, 0, 0))
    return png(shot, metadata=True)


def svg_drawing(width: int = 300, height: int = 150) -> bytes:
    """An SVG: a red square in the top-left quarter on a transparent background."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">'
        f'<rect x="0" y="0" width="{width // 4}" height="{height // 4}" fill="#ff0000"/>'
        f"</svg>"
    ).encode()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def near(pixel: object, colour: tuple[int, int, int], tolerance: int = 40) -> bool:
    assert isinstance(pixel, tuple)
    return all(abs(int(a) - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))
