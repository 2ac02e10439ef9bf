"""Images in the WeChat copy: max-width 100% and data-w, the image's own width in pixels."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

from recapdesk.render.wechat import wechat_html
from recapdesk.render.wechat.images import width_from_header
from tests.render.wechat.support import style_of, wechat_tree
from tests.support import parse_html


def png(width: int, height: int = 1) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_every_image_fits_the_column() -> None:
    tree = wechat_tree("![a](https://example.com/a.png){width=1200}\n")
    (image,) = tree.iter("img")
    assert style_of(image)["max-width"] == "100%"
    assert "width" not in style_of(image) and "width" not in image.attrs
    assert image.attrs["data-w"] == "1200"


def test_the_width_of_a_data_uri_image_is_read_from_its_header() -> None:
    # The Markdown renderer refuses data: addresses; HTML from elsewhere may still have one.
    uri = "data:image/png;base64," + base64.b64encode(png(321)).decode()
    tree = parse_html(wechat_html(f'<p><img alt="dot" src="{uri}"></p>'))
    (image,) = tree.iter("img")
    assert image.attrs["data-w"] == "321"


def test_the_width_of_a_file_next_to_the_project_is_read(tmp_path: Path) -> None:
    (tmp_path / "qr.png").write_bytes(png(430))
    (image,) = wechat_tree("![qr](qr.png)\n", base_dir=tmp_path).iter("img")
    assert image.attrs["data-w"] == "430"


def test_known_widths_of_remote_images_are_used() -> None:
    url = "https://example.com/photo.jpg"
    (image,) = wechat_tree(f"![p]({url})\n", image_widths={url: 1080}).iter("img")
    assert image.attrs["data-w"] == "1080"


def test_headers_of_common_formats() -> None:
    assert width_from_header(png(77)) == 77
    assert width_from_header(b"GIF89a" + struct.pack("<HH", 640, 480)) == 640
    jpeg = b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 4) + b"\x00\x00"
    jpeg += b"\xff\xc0" + struct.pack(">HBHH", 17, 8, 600, 800) + b"\x00" * 12
    assert width_from_header(jpeg) == 800
    assert width_from_header(b"not an image") is None
