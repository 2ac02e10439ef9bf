"""An article's ``<img src>`` to the picture WeChat gets: web addresses left alone, data: URIs
and project references prepared, anything else a problem."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

import pytest
from PIL import Image

from recapdesk.render.pictures import (
    PictureCache,
    PictureProblem,
    PreparedPicture,
    data_uri_bytes,
    prepare_source,
)
from recapdesk.store.assets import AssetsFolder
from tests.render.pictures import images


@pytest.fixture
def cache() -> PictureCache:
    return PictureCache(None)


def test_a_web_address_is_left_to_wechat(cache: PictureCache, tmp_path: Path) -> None:
    assert prepare_source(cache, "https://example.com/a.png", tmp_path) is None
    assert prepare_source(cache, "//example.com/a.png", tmp_path) is None


def test_a_project_reference_is_prepared(cache: PictureCache, tmp_path: Path) -> None:
    assets = AssetsFolder(tmp_path / "phase1.recap.toml")
    reference = assets.import_bytes(images.camera_photo(1600, 1200, 6))
    result = prepare_source(cache, reference, tmp_path)
    assert isinstance(result, PreparedPicture)
    assert (result.width, result.height) == (1080, 1440)


def test_data_uris_in_base64_and_in_text_are_prepared(cache: PictureCache, tmp_path: Path) -> None:
    png = images.png(Image.new("RGB", (40, 20), (0, 0, 255)))
    encoded = f"data:image/png;base64,{base64.b64encode(png).decode()}"
    assert data_uri_bytes(encoded) == png
    result = prepare_source(cache, encoded, tmp_path)
    assert isinstance(result, PreparedPicture) and result.width == 40
    svg = f"data:image/svg+xml;utf8,{quote(images.svg_drawing(100, 50).decode())}"
    drawn = prepare_source(cache, svg, tmp_path)
    assert isinstance(drawn, PreparedPicture)
    assert (drawn.mime, drawn.width, drawn.height) == ("image/png", 200, 100)


@pytest.mark.parametrize(
    "src",
    [
        "../../etc/passwd",
        "file:///etc/passwd",
        "/etc/passwd",
        "phase1.assets/0000000000000000.jpg",
        "data:image/png;base64,@@@",
    ],
)
def test_anything_else_is_a_problem_naming_the_source(
    cache: PictureCache, tmp_path: Path, src: str
) -> None:
    result = prepare_source(cache, src, tmp_path)
    assert isinstance(result, PictureProblem)
    assert result.source == src[:40]
