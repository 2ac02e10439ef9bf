"""``export --to png``: the article as a long image 1500 px wide, cut into parts between
lines of text (offscreen Chromium)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from recapdesk.exports import CancelFlag, Cancelled
from recapdesk.exports.long_image import WIDTH, export_long_image
from recapdesk.model import Project
from tests.exports.conftest import image

WHITE = (255, 255, 255)
CONTENT = slice(40, WIDTH - 40)  # the page's margins are white whatever is cut


def _row_is_background(picture_row: list[tuple[int, int, int]]) -> bool:
    return all(pixel == WHITE for pixel in picture_row)


def _row(path: Path, y: int) -> list[tuple[int, int, int]]:
    picture = image(path)
    y = y if y >= 0 else picture.height + y
    return [picture.getpixel((x, y)) for x in range(CONTENT.start, CONTENT.stop)]  # type: ignore[misc]


def test_the_example_is_one_image_1500_px_wide_with_content(
    example: Project, folder: Path, tmp_path: Path
) -> None:
    output = tmp_path / "recap.png"
    assert export_long_image(example, output, folder=folder) == [output]
    picture = image(output)
    assert picture.width == WIDTH == 1500
    assert 4000 < picture.height <= 10_000  # the example's ~4,000 CSS px at 2x
    # Not blank: text and headings make the pixels vary a lot.
    assert max(ImageStat.Stat(picture.convert("L")).stddev) > 20
    assert list(tmp_path.iterdir()) == [output]


def test_a_small_max_height_cuts_parts_between_lines(
    example: Project, folder: Path, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.png"
    export_long_image(example, whole, folder=folder)
    output = tmp_path / "recap.png"
    written = export_long_image(example, output, folder=folder, max_height=1800)
    assert len(written) >= 4
    assert written == [tmp_path / f"recap-{n}.png" for n in range(1, len(written) + 1)]
    heights = [image(path).height for path in written]
    assert all(height <= 1800 for height in heights)
    assert sum(heights) == image(whole).height  # nothing lost or repeated at a cut
    # The parts, one under the other, are the whole image: captures stitched at other rows
    # (every 4000 px while scrolling, and at each part) show the same page, none stale.
    stacked = Image.new("RGB", image(whole).size)
    y = 0
    for path in written:
        stacked.paste(image(path), (0, y))
        y += image(path).height
    difference = ImageChops.difference(stacked, image(whole)).getbbox()
    assert difference is None, difference
    for before, after in itertools.pairwise(written):
        # The last row of one part and the first of the next: page background, no text.
        assert _row_is_background(_row(before, -1)), before
        assert _row_is_background(_row(after, 0)), after
    assert not output.exists()


def test_cancel_leaves_no_file(example: Project, folder: Path, tmp_path: Path) -> None:
    cancel = CancelFlag()
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if done == 2:
            cancel.cancel()

    with pytest.raises(Cancelled):
        export_long_image(
            example,
            tmp_path / "recap.png",
            folder=folder,
            max_height=1800,
            progress=progress,
            cancel=cancel,
        )
    assert steps[0][0] == 1 and steps[-1][0] == 2
    assert list(tmp_path.iterdir()) == []
