"""The article's publishing fields (cover, digest, author, source link, comments): older
project files stay valid, the fields survive a save, and the article's text never shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk.compose import compose
from recapdesk.model import Project
from recapdesk.render import render_fragment
from recapdesk.store import ProjectFileError, dumps, load, loads, save
from tests.support import EXAMPLE_PATH, example_project

PUBLISH_KEYS = (
    "cover",
    "digest",
    "author",
    "source_url",
    "open_comments",
    "fans_only_comments",
)


def test_a_file_written_before_the_fields_existed_loads_with_their_defaults() -> None:
    text = EXAMPLE_PATH.read_text(encoding="utf-8")
    for key in PUBLISH_KEYS:
        text = "\n".join(line for line in text.splitlines() if not line.startswith(f"{key} ="))
    article = loads(text).article
    assert (article.cover, article.digest, article.author, article.source_url) == ("",) * 4
    assert (article.open_comments, article.fans_only_comments) == (False, False)


def test_the_fields_are_written_in_order_after_the_theme_and_read_back(tmp_path: Path) -> None:
    project = example_project()
    article = project.article
    article.cover = "phase1.assets/cover.jpg"
    article.digest = "一期 | 总结 *要点*"
    article.author = "云原生社区"
    article.source_url = "https://github.com/cloudnativeto/sig-kubernetes"
    article.open_comments = True
    article.fans_only_comments = True
    path = tmp_path / "p.recap.toml"
    save(project, path)
    text = path.read_text(encoding="utf-8")
    positions = [text.index(f"\n{key} = ") for key in ("primary_color", *PUBLISH_KEYS)]
    assert positions == sorted(positions)
    assert load(path) == project
    assert dumps(load(path)) == text


def test_the_fields_never_change_the_markdown_or_the_html() -> None:
    plain = example_project()
    published = example_project()
    published.article.cover = "cover.png"
    published.article.digest = "摘要"
    published.article.author = "作者"
    published.article.source_url = "https://example.org/a"
    published.article.open_comments = True
    assert compose(published) == compose(plain)
    assert render_fragment(compose(published)) == render_fragment(compose(plain))


def test_an_empty_project_has_the_defaults() -> None:
    article = Project().article
    assert article.cover == article.digest == article.author == article.source_url == ""
    assert not article.open_comments
    assert not article.fans_only_comments


def test_the_cover_crop_is_written_only_when_set_and_checked_when_read(tmp_path: Path) -> None:
    project = example_project()
    assert project.article.cover_crop is None
    assert "cover_crop" not in dumps(project)
    project.article.cover = "cover.png"
    project.article.cover_crop = [50, 100, 470, 200]
    path = tmp_path / "p.recap.toml"
    save(project, path)
    assert load(path).article.cover_crop == [50, 100, 470, 200]
    text = path.read_text(encoding="utf-8")
    for bad in ("[50, 100, 470]", "[-1, 0, 470, 200]", "[0, 0, 0, 200]"):
        broken = text.replace(
            "cover_crop = [\n    50,\n    100,\n    470,\n    200,\n]", f"cover_crop = {bad}"
        )
        assert broken != text
        with pytest.raises(ProjectFileError, match=r"article\.cover_crop"):
            loads(broken)
