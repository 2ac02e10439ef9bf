"""The article's own pictures in the WeChat copy: embedded, prepared, cached; and the
checks about them."""

from __future__ import annotations

import base64
import io
import re
import shutil
from pathlib import Path

from PIL import Image

from recapdesk.pipeline import ArticlePipeline
from recapdesk.pipeline.picture_checks import check_wechat_pictures
from recapdesk.render.pictures import PictureCache, prepare_picture
from recapdesk.store import load
from tests.pictures_support import photo_project
from tests.support import run_cli

_IMG = re.compile(r'<img [^>]*src="data:(image/[a-z]+);base64,([^"]+)"[^>]*data-w="(\d+)"')


def _images(html: str) -> list[tuple[str, Image.Image, bytes, int]]:
    found = []
    for mime, payload, width in _IMG.findall(html):
        data = base64.b64decode(payload)
        found.append((mime, Image.open(io.BytesIO(data)), data, int(width)))
    return found


def test_the_copy_embeds_every_picture_upright_small_and_never_a_path(tmp_path: Path) -> None:
    path = photo_project(tmp_path)
    copy = ArticlePipeline(load(path)).wechat_copy(pictures_from=tmp_path)
    assert copy.html.count("<img") == 3
    images = _images(copy.html)
    assert [mime for mime, *_ in images] == ["image/jpeg", "image/jpeg", "image/png"]
    for _mime, image, data, width in images:
        assert len(data) < 1_000_000
        assert image.width <= 1080
        assert width == image.width  # data-w is the prepared width
    rotated = images[0][1]
    assert rotated.height > rotated.width  # upright: EXIF orientation applied
    assert rotated.convert("RGB").getpixel((rotated.width - 5, rotated.height // 2)) < (60,) * 3
    assert "demo.assets" not in copy.html
    assert "file:" not in copy.html


def test_a_second_copy_does_no_image_work(tmp_path: Path) -> None:
    path = photo_project(tmp_path, big=False)
    calls: list[str] = []

    def counting(data: bytes, source: str, limits: object) -> object:
        calls.append(source)
        return prepare_picture(data, source)

    cache = PictureCache(process=counting)  # type: ignore[arg-type]
    from recapdesk.pipeline.pictures import embedder
    from recapdesk.render.wechat import wechat_html

    pipeline = ArticlePipeline(load(path))
    first = wechat_html(pipeline.fragment(), embed=embedder(tmp_path, cache))
    second = wechat_html(pipeline.fragment(), embed=embedder(tmp_path, cache))
    assert first == second
    assert len(calls) == 2


def test_a_missing_picture_leaves_its_alt_text_and_is_an_error(tmp_path: Path) -> None:
    path = photo_project(tmp_path, big=False)
    project = load(path)
    project.background.text = "![二维码](demo.assets/gone.png)"
    html = ArticlePipeline(project).wechat_html(pictures_from=tmp_path)
    assert "gone.png" not in html
    assert "二维码" in html
    check_input = ArticlePipeline(project).check_input()
    findings = check_wechat_pictures(project, check_input, tmp_path)
    problems = [
        (f.rule, f.field, f.severity.value) for f in findings if f.rule == "picture-problem"
    ]
    assert problems == [("picture-problem", "background.text", "error")]


def test_check_names_a_picture_over_the_limits_before_and_after(tmp_path: Path) -> None:
    path = photo_project(tmp_path)
    result = run_cli("check", path, "--wechat")
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "picture-resized" in line]
    assert len(lines) == 2  # the 1200 px photo and the 4000 px one; not the SVG
    # The photo lying on its side (1600 x 1200 stored) is 1200 px wide as it is shown.
    assert re.search(
        r"pictures\[0\]\.src: warning: picture-resized: \d+ KB, 1200 px: sent as 1080", lines[0]
    )
    line = lines[1]
    assert re.search(
        r"photos\.pictures\[1\]\.src: warning: picture-resized: \d+\.\d MB, 4000 px: "
        r"sent as 1080 px, \d+ KB",
        line,
    ), line
    assert "local-image" not in result.stdout


def test_render_to_wechat_embeds_as_the_copy_does_and_a_moved_folder_renders_the_same(
    tmp_path: Path,
) -> None:
    path = photo_project(tmp_path / "a", big=False)
    rendered = run_cli("render", path, "--to", "wechat")
    assert rendered.returncode == 0, rendered.stderr
    copy = ArticlePipeline(load(path)).wechat_copy(pictures_from=path.parent)
    assert rendered.stdout == copy.html + "\n"
    moved = tmp_path / "elsewhere" / "b"
    shutil.copytree(path.parent, moved)
    again = run_cli("render", moved / path.name, "--to", "wechat")
    assert again.stdout == rendered.stdout
