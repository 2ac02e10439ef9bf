"""``export --to html``: one self-contained page, nothing loaded from anywhere (Qt-free)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recapdesk.exports import CancelFlag, Cancelled
from recapdesk.exports.review import SELF_CONTAINED_POLICY, export_html
from recapdesk.model import Project
from tests.exports.conftest import honoree_names, png_bytes


def test_the_review_page_loads_nothing_from_the_network(
    example: Project, folder: Path, tmp_path: Path
) -> None:
    output = tmp_path / "review.html"
    assert export_html(example, output, folder=folder) == [output]
    page = output.read_text(encoding="utf-8")
    assert not re.search(r"<(link|script)\b", page, re.IGNORECASE)
    assert not re.search(r"""\bsrc\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert "<style>" in page and ".recap h2" in page  # the theme, inline
    assert SELF_CONTAINED_POLICY in page
    for name in honoree_names(example):
        assert name in page
    assert list(tmp_path.iterdir()) == [output]  # no temporary file left


def test_pictures_become_data_uris_and_web_pictures_text(tmp_path: Path, example: Project) -> None:
    (tmp_path / "photo.png").write_bytes(png_bytes())
    example.background.text = (
        "![group photo](photo.png)\n\n![logo](https://example.org/logo.png)\n\n![x](../escape.png)"
    )
    output = tmp_path / "out" / "review.html"
    output.parent.mkdir()
    export_html(example, output, folder=tmp_path)
    page = output.read_text(encoding="utf-8")
    images = re.findall(r"<img\b[^>]*>", page)
    assert len(images) == 1
    assert 'src="data:image/png;base64,' in images[0]
    assert 'alt="group photo"' in images[0]
    assert "[picture on the web: https://example.org/logo.png]" in page
    assert "[picture left out:" in page  # outside the project's folder: refused, said so
    assert not re.search(r"""(src|href)\s*=\s*["']https?://[^"']*\.png""", page)


def test_cancel_writes_nothing(example: Project, folder: Path, tmp_path: Path) -> None:
    cancel = CancelFlag()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.cancel()

    with pytest.raises(Cancelled):
        export_html(
            example, tmp_path / "review.html", folder=folder, progress=progress, cancel=cancel
        )
    assert seen == [(1, 2)]
    assert list(tmp_path.iterdir()) == []
