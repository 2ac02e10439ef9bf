"""The HTML fragment and the standalone page."""

from __future__ import annotations

from recapdesk.render import page_html, render_fragment
from recapdesk.render.themes import DEFAULT_THEME, theme_css, theme_names
from recapdesk.resources import resource_path
from tests.support import parse_html, table_rows


def test_table_cells_are_centered() -> None:
    html = render_fragment("| 姓名 | GitHub |\n| :--: | :--: |\n| 金润森 | gasxia |\n")
    tree = parse_html(html)
    assert table_rows(tree.iter("table")[0]) == (["姓名", "GitHub"], [["金润森", "gasxia"]])
    cells = tree.iter("th") + tree.iter("td")
    assert len(cells) == 4
    assert all(cell.attrs.get("style") == "text-align: center;" for cell in cells)


def test_toc_marker_becomes_the_table_of_contents() -> None:
    html = render_fragment("# 标题\n\n[toc]\n\n## 一、背景\n\n正文\n\n## 二、表彰\n\n### 细节\n")
    tree = parse_html(html)
    tocs = [div for div in tree.iter("div") if div.attrs.get("class") == "toc"]
    assert len(tocs) == 1
    entries = [(a.text(), a.attrs.get("href")) for a in tocs[0].iter("a")]
    assert entries == [("一、背景", "#一背景"), ("二、表彰", "#二表彰"), ("细节", "#细节")]
    ids = [h.attrs.get("id") for h in tree.iter("h2")]
    assert ids == ["一背景", "二表彰"]
    assert "[toc]" not in tree.text()


def test_without_marker_there_is_no_toc() -> None:
    assert "toc" not in render_fragment("## 一、背景\n\n正文\n")


def test_fragments_do_not_leak_state_between_renders() -> None:
    """The Markdown instance is reused: footnotes and link references must not carry over."""
    first = render_fragment("a[^1]\n\n[^1]: note\n\n[ref]: https://example.com/\n")
    second = render_fragment("b [x][ref]")
    assert "footnote" in first
    assert "footnote" not in second
    assert "href" not in second
    assert render_fragment("a[^1]\n\n[^1]: note\n") == render_fragment("a[^1]\n\n[^1]: note\n")


def test_a_page_is_a_full_document_with_the_theme() -> None:
    page = page_html(render_fragment("# 一期总结\n\n正文"), title="一期 <总结> & 回顾", lang="zh")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh">')
    assert page.rstrip().endswith("</html>")
    assert '<meta charset="utf-8">' in page
    assert "<title>一期 &lt;总结&gt; &amp; 回顾</title>" in page
    css = resource_path("themes", f"{DEFAULT_THEME}.css").read_text(encoding="utf-8")
    assert f"<style>\n{css}\n</style>" in page
    assert (
        '<article class="recap">\n<h1 id="一期总结">一期总结</h1>\n<p>正文</p>\n</article>' in page
    )
    assert "Content-Security-Policy" in page  # the page runs no script, even a stray one


def test_themes_are_css_files_and_unknown_falls_back() -> None:
    assert DEFAULT_THEME in theme_names()
    assert theme_css("no-such-theme") == theme_css(DEFAULT_THEME)
    assert ".recap" in theme_css(DEFAULT_THEME)
