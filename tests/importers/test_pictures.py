"""`recapdesk import` brings the pictures beside a hand-written recap into the project."""

from __future__ import annotations

from pathlib import Path

from recapdesk.importers.pictures import html_pictures_to_markdown
from recapdesk.store import load
from recapdesk.store.assets import AssetsFolder
from tests.pictures_support import SVG, rotated_jpeg
from tests.support import run_cli

ARTICLE = """# 一期总结

## 活动背景

大家好。

![合影](img/group.jpg)

<img src="img/logo.svg" alt="标志">

<figure><img src="img/group.jpg"><figcaption>第一次 <b>线下</b> 聚会</figcaption></figure>

![不在](img/missing.png) ![远程](https://example.com/a.png)
"""


def test_local_pictures_are_copied_into_the_assets_folder_and_referenced(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "group.jpg").write_bytes(rotated_jpeg())
    (tmp_path / "img" / "logo.svg").write_bytes(SVG)
    article = tmp_path / "recap.md"
    article.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out" / "phase1.recap.toml"
    output.parent.mkdir()
    result = run_cli("import", article, "-o", output)
    assert result.returncode == 0, result.stderr
    assert "2 pictures copied into phase1.assets/" in result.stdout
    text = load(output).background.text
    files = AssetsFolder(output).files()
    assert len(files) == 2  # the group photo stored once
    jpg = next(name for name in files if name.endswith(".jpg"))
    svg = next(name for name in files if name.endswith(".svg"))
    assert f"![合影](phase1.assets/{jpg})" in text
    assert f"![标志](phase1.assets/{svg})" in text
    assert f"![](phase1.assets/{jpg})\n\n*第一次 线下 聚会*" in text
    assert "![不在](img/missing.png)" in text  # left as written: the checks list it
    assert "![远程](https://example.com/a.png)" in text
    assert (tmp_path / "img" / "group.jpg").exists()  # the originals are never touched


def test_html_pictures_become_markdown() -> None:
    assert html_pictures_to_markdown('<img alt="a b" src="x y.png"/>') == "![a b](x%20y.png)"
    assert html_pictures_to_markdown("<p>no picture</p>") == "<p>no picture</p>"
