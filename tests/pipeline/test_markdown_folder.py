"""Markdown with images: article.md and the pictures it uses, one folder for GitHub."""

from __future__ import annotations

from pathlib import Path

from recapdesk.pipeline import ArticlePipeline
from recapdesk.store import load, save
from recapdesk.store.assets import AssetsFolder
from tests.pictures_support import photo_project
from tests.support import run_cli


def test_the_folder_holds_the_markdown_and_every_picture_it_references(tmp_path: Path) -> None:
    path = photo_project(tmp_path / "p", big=False)
    project = load(path)
    project.background.text = "![远程](https://example.com/a.png) ![走开](../secret.png)"
    save(project, path)
    out = tmp_path / "out" / "article.md"
    result = run_cli("render", path, "--to", "md", "-o", out, "--with-images")
    assert result.returncode == 2  # the reference out of the project's folder is named
    assert "../secret.png" in result.stderr
    assert out.read_text(encoding="utf-8") == ArticlePipeline(load(path)).markdown()
    stored = AssetsFolder(path).files()
    assert sorted(p.name for p in (out.parent / "demo.assets").iterdir()) == stored
    for name in stored:
        original = (path.parent / "demo.assets" / name).read_bytes()
        assert (out.parent / "demo.assets" / name).read_bytes() == original
    assert not (tmp_path / "out" / "secret.png").exists()


def test_with_images_needs_a_markdown_file(tmp_path: Path) -> None:
    path = photo_project(tmp_path, big=False)
    result = run_cli("render", path, "--to", "html", "--with-images")
    assert result.returncode == 2
    assert "--with-images needs --to md" in result.stderr
