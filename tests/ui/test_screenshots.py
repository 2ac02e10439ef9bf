"""The README's screenshots come from the real app in each language (scripts/screenshots.py,
under Xvfb): the same window, Chinese menus in one and English in the other, the preview drawn."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from tests.ui.xsession import xvfb

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
HEADING_BLUE = QColor("#2b6cb0")  # the default theme's headings in the preview


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb(("xdotool", "import"), first_display=190) as name:
        yield name


def has_color(image: QImage, color: QColor, left: int) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(left, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) < 12
                and abs(pixel.green() - color.green()) < 12
                and abs(pixel.blue() - color.blue()) < 12
            ):
                return True
    return False


def test_screenshots_in_both_languages(display: str, tmp_path: Path, qapp: object) -> None:
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    chinese = QImage(str(tmp_path / "screenshot-zh.png"))
    english = QImage(str(tmp_path / "screenshot-en.png"))
    assert chinese.size() == english.size()
    assert chinese.width() >= 1000 and chinese.height() >= 700  # the window, not a dialog
    # The menu bars differ (文件 / File); the windows are otherwise the same window.
    menu_bar = (0, 0, 300, 20)
    assert chinese.copy(*menu_bar) != english.copy(*menu_bar)
    # The preview on the right has drawn the article in its theme.
    for image in (chinese, english):
        assert has_color(image, HEADING_BLUE, image.width() // 2)
