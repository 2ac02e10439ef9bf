"""Every reference article, imported, renders to the text it had: block by block, white space
normalized, through recapdesk's own renderer, both as one Markdown text and as the preview
renders it (section by section). The structured parts are counted in test_markdown_recap.py.

Hard line breaks count: a block's text keeps a mark where the reader sees a line break.

Two differences are intended and named here, nothing else may differ: raw HTML, which
recapdesk's renderer shows as literal text, reads as the Markdown it stands for (importers/
markdown_html.py: a ``<center>`` byline loses its tags, a video is a link), and a front
matter's title, author and date, never shown as text, come first as the title and byline.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recapdesk.compose import compose
from recapdesk.importers.front_matter import read_front_matter
from recapdesk.importers.markdown_blocks import split_front_matter
from recapdesk.importers.markdown_head import detect_language
from recapdesk.importers.markdown_html import html_to_markdown
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render import render_fragment
from tests.support import Node, normalize, parse_html

DATA = Path(__file__).parent / "data"
ARTICLES = sorted(path.name for path in DATA.glob("*.md"))

# Containers: a block starts at each of them and their text is not one block of its own.
_CONTAINERS = {"ul", "ol", "blockquote", "table", "thead", "tbody", "div", "section", "figure"}
_CONTAINERS |= {"hr"}
_BLOCKS = {"p", "li", "pre", "dt", "dd"} | {f"h{n}" for n in range(1, 7)}
BREAK = "⏎"


def text_blocks(tree: Node) -> list[str]:
    """The text a reader sees, one entry per paragraph, heading, list item, quote paragraph
    and table row (cells joined by " | ", so empty placeholder rows count); no TOC."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = normalize("".join(current))
        if text:
            blocks.append(text)
        current.clear()

    def walk(node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                current.append(child)
                continue
            if child.tag == "div" and child.attrs.get("class") == "toc":
                continue
            if child.tag == "br":
                current.append(f" {BREAK} ")
                continue
            if child.tag == "tr":
                flush()
                cells = [normalize(c.text()) for c in child.elements() if c.tag in ("td", "th")]
                blocks.append(" | ".join(cells))
                continue
            if child.tag in _CONTAINERS or child.tag in _BLOCKS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(tree)
    flush()
    return blocks


def toc_entries(tree: Node) -> list[str] | None:
    for div in tree.iter("div"):
        if div.attrs.get("class") == "toc":
            return [normalize(a.text()) for a in div.iter("a")]
    return None


def _original(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=ARTICLES)
def article(request: pytest.FixtureRequest) -> tuple[str, str]:
    name: str = request.param
    return name, _original(name)


def _expected(name: str) -> list[str]:
    """The original's text blocks, its HTML read as Markdown, its front matter's title first."""
    text = _original(name)
    language = detect_language(re.sub(r"<[^>]*>", "", text))
    tree = parse_html(render_fragment(html_to_markdown(text, language).text))
    fields = read_front_matter(split_front_matter(text)[0])
    head = [part for part in (fields.title, fields.title and fields.byline()) if part]
    return [*head, *text_blocks(tree)]


def test_the_imported_article_reads_as_the_original(article: tuple[str, str]) -> None:
    name, text = article
    project = import_markdown(text).project
    imported = parse_html(render_fragment(compose(project)))
    assert text_blocks(imported) == _expected(name)


def test_the_preview_of_the_import_reads_as_the_original(article: tuple[str, str]) -> None:
    name, text = article
    preview = parse_html(ArticlePipeline(import_markdown(text).project).fragment())
    assert text_blocks(preview) == _expected(name)


def test_the_table_of_contents_is_kept(article: tuple[str, str]) -> None:
    _, text = article
    original = toc_entries(parse_html(render_fragment(text)))
    project = import_markdown(text).project
    imported = toc_entries(parse_html(render_fragment(compose(project))))
    assert project.article.toc == (original is not None)
    if original is None:
        assert imported is None
        return
    assert imported == original  # a title written as ``##`` stays ``##``, and listed
    assert len(imported) >= 3
