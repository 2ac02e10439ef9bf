"""Pictures made ready for WeChat: upright, at most 1080 px wide and 1 MB, no metadata, JPEG
for photos, PNG for screenshots and drawings, SVG drawn as PNG; a broken picture is a
problem value, never an exception."""

from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from recapdesk.render.pictures import WECHAT, PictureProblem, PreparedPicture, prepare_picture
from tests.render.pictures import images
from tests.render.pictures.images import RED, near, opened

LIMIT = 1_000_000


@cache
def camera_photo() -> bytes:
    return images.camera_photo()


@cache
def noisy_photo() -> bytes:
    return images.noisy_photo()


def prepared(data: bytes, source: str = "picture") -> PreparedPicture:
    result = prepare_picture(data, source)
    assert isinstance(result, PreparedPicture), str(result)
    return result


def assert_fits_wechat(picture: PreparedPicture) -> Image.Image:
    """The picture is what its fields say, within WeChat's limits, and carries no metadata."""
    assert len(picture.data) <= LIMIT
    image = opened(picture.data)
    assert image.size == (picture.width, picture.height)
    assert picture.width <= WECHAT.max_width
    assert picture.mime == Image.MIME[image.format or ""]
    assert not image.getexif(), "EXIF left in the output"
    assert "exif" not in image.info and "icc_profile" not in image.info
    assert "xmp" not in image.info and "comment" not in image.info
    assert "Software" not in image.info
    return image


def test_a_rotated_camera_photo_comes_out_upright_small_and_without_exif() -> None:
    source = camera_photo()
    assert opened(source).size == (4000, 3000)
    assert opened(source).getexif()[images.ORIENTATION] == 6
    picture = prepared(source, "group.jpg")
    image = assert_fits_wechat(picture)
    assert picture.mime == "image/jpeg"
    # Orientation 6: turned 90° clockwise, so the stored 4000 x 3000 stands 1080 x 1440 ...
    assert (picture.width, picture.height) == (1080, 1440)
    rgb = image.convert("RGB")
    # ... and the marker stored in the top-left corner is now in the top-right one.
    assert near(rgb.getpixel((1080 - 20, 20)), RED)
    assert not near(rgb.getpixel((20, 20)), RED)
    assert not near(rgb.getpixel((1080 - 20, 1440 - 20)), RED)


@pytest.mark.parametrize(
    ("orientation", "marker"),
    [(1, "top-left"), (3, "bottom-right"), (8, "bottom-left")],
)
def test_every_orientation_puts_the_marker_where_the_camera_saw_it(
    orientation: int, marker: str
) -> None:
    picture = prepared(images.camera_photo(1600, 1200, orientation))
    rgb = opened(picture.data).convert("RGB")
    width, height = rgb.size
    corners = {
        "top-left": (10, 10),
        "top-right": (width - 10, 10),
        "bottom-left": (10, height - 10),
        "bottom-right": (width - 10, height - 10),
    }
    assert width == 1080
    for name, position in corners.items():
        assert near(rgb.getpixel(position), RED) == (name == marker), name


def test_a_6_mb_noisy_photo_gets_under_1_mb() -> None:
    source = noisy_photo()
    assert len(source) > 6_000_000
    picture = prepared(source, "night.jpg")
    assert_fits_wechat(picture)
    assert picture.mime == "image/jpeg"
    assert (picture.width, picture.height) == (1080, 810)


def test_a_screenshot_stays_a_sharp_png_with_its_transparency() -> None:
    source = images.screenshot(1600, 1000)
    assert {"exif", "icc_profile", "Software"} <= set(opened(source).info)
    picture = prepared(source, "note.png")
    image = assert_fits_wechat(picture)
    assert picture.mime == "image/png"
    assert (picture.width, picture.height) == (1080, 675)
    rgba = image.convert("RGBA")
    alpha = rgba.getpixel((1079, 300))
    assert isinstance(alpha, tuple) and alpha[3] == 0  # the transparent margin stays so
    assert near(rgba.getpixel((500, 20)), (7, 193, 96))  # the heading bar


def test_a_photo_saved_as_png_becomes_a_jpeg() -> None:
    photo = opened(images.camera_photo(1200, 900, 1)).convert("RGB")
    picture = prepared(images.png(photo), "photo.png")
    assert_fits_wechat(picture)
    assert picture.mime == "image/jpeg"


def test_a_transparent_photo_too_large_for_png_becomes_a_jpeg_on_white() -> None:
    noise = Image.merge("RGB", [Image.effect_noise((1080, 1080), 90) for _ in range(3)])
    photo = noise.convert("RGBA")
    ImageDraw.Draw(photo).rectangle((0, 0, 200, 200), fill=(0, 0, 0, 0))
    picture = prepared(images.png(photo), "cutout.png")
    image = assert_fits_wechat(picture)
    assert picture.mime == "image/jpeg"
    assert near(image.convert("RGB").getpixel((100, 100)), (255, 255, 255), 10)


def test_an_svg_is_drawn_as_png_on_white_at_twice_its_size() -> None:
    picture = prepared(images.svg_drawing(300, 150), "diagram.svg")
    image = assert_fits_wechat(picture)
    assert picture.mime == "image/png"
    assert (picture.width, picture.height) == (600, 300)
    rgb = image.convert("RGB")
    assert near(rgb.getpixel((60, 30)), RED, 5)  # the square, in the top-left quarter
    assert near(rgb.getpixel((500, 250)), (255, 255, 255), 5)  # white, not transparent


def test_a_large_svg_is_drawn_at_most_1080_wide() -> None:
    picture = prepared(images.svg_drawing(4000, 1000), "poster.svg")
    assert (picture.width, picture.height) == (1080, 270)


def test_an_svg_cannot_pull_in_a_file_from_the_computer(tmp_path: Path) -> None:
    private = tmp_path / "private.png"
    private.write_bytes(images.png(Image.new("RGB", (100, 100), RED)))
    hostile = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="100" height="100">'
        f'<image x="0" y="0" width="100" height="100" xlink:href="{private.as_uri()}"/>'
        f'<image x="0" y="0" width="100" height="100" href="{private}"/>'
        "</svg>"
    ).encode()
    picture = prepared(hostile, "hostile.svg")
    rgb = opened(picture.data).convert("RGB")
    assert near(rgb.getpixel((100, 100)), (255, 255, 255), 5)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"", "empty.jpg"),
        (b"not a picture at all", "notes.txt"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "broken.png"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect', "broken.svg"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>', "empty.svg"),
    ],
)
def test_a_picture_that_cannot_be_read_is_a_problem_not_an_exception(
    data: bytes, name: str
) -> None:
    result = prepare_picture(data, name)
    assert isinstance(result, PictureProblem)
    assert result.source == name
    assert str(result).startswith(f"{name}: this ")


def test_a_truncated_photo_is_a_problem() -> None:
    result = prepare_picture(camera_photo()[:20_000], "cut.jpg")
    assert isinstance(result, PictureProblem)
    assert "cannot be read" in str(result.reason)


def test_a_small_animated_gif_keeps_its_animation() -> None:
    frames = [Image.new("RGB", (64, 64), colour) for colour in (RED, (0, 255, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100)
    picture = prepared(buffer.getvalue(), "wave.gif")
    assert picture.mime == "image/gif"
    assert picture.data == buffer.getvalue()
    assert getattr(opened(picture.data), "n_frames", 1) == 3


def test_a_cmyk_print_jpeg_becomes_an_rgb_jpeg() -> None:
    cmyk = Image.new("CMYK", (2000, 1000), (0, 255, 255, 0))  # print red
    picture = prepared(images.jpeg(cmyk), "poster.jpg")
    image = assert_fits_wechat(picture)
    assert image.mode == "RGB"
    assert near(image.getpixel((500, 500)), RED, 60)


def test_the_data_uri_carries_the_bytes_and_their_type() -> None:
    picture = prepared(images.svg_drawing(), "d.svg")
    uri = picture.data_uri()
    header, _, payload = uri.partition(",")
    assert header == "data:image/png;base64"
    assert base64.b64decode(payload) == picture.data
