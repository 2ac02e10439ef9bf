"""What WeChat strips or breaks on: none of it may be in the WeChat copy."""

from __future__ import annotations

import re

import pytest

from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.themes import theme_names
from recapdesk.render.wechat import wechat_html
from recapdesk.render.wechat.cleanup import clean_declarations, collapse_wrappers
from recapdesk.render.wechat.dom import Element, parse
from recapdesk.render.wechat.writer import serialize
from tests.render.wechat.support import article, style_of, wechat, wechat_tree
from tests.support import example_project, parse_html

INJECTED = """\
# 标题 {: style="position: absolute; top: 0; font-family: serif; width: 500px" }

段落 {: class="x" id="y" style="height: 0; line-height: 0.5; text-align: start; color: var(--c)" }
"""


@pytest.mark.parametrize("theme", theme_names())
def test_the_example_contains_none_of_the_forbidden_constructs(theme: str) -> None:
    project = example_project()
    project.article.theme = theme
    html = ArticlePipeline(project).wechat_html()
    for forbidden in ("<style", "class=", " id=", "var(", "!important", "font-family"):
        assert forbidden not in html, forbidden
    assert not re.search(r"position\s*:", html)
    assert not re.search(r"(?<![-\w])(min-|max-)?width:\s*\d+(\.\d+)?px", html)
    assert not re.search(r"height:\s*0(px)?;", html)
    assert not re.search(r"text-align:\s*(start|end)", html)
    for value in re.findall(r"line-height:\s*([^;\"]+)", html):
        assert value.endswith("em"), value
        assert float(value[:-2]) >= 1


def test_styles_added_in_the_markdown_cannot_break_the_copy() -> None:
    tree = wechat_tree(INJECTED)
    (heading,) = tree.iter("h1")
    style = style_of(heading)
    assert not {"position", "top", "font-family", "width"} & set(style)
    (paragraph,) = tree.iter("p")
    assert "class" not in paragraph.attrs and "id" not in paragraph.attrs
    style = style_of(paragraph)
    assert "height" not in style and "color" in style  # the theme's colour, not var()
    assert "var(" not in style["color"]
    assert style["line-height"] == "1.75em"  # too small: the inherited one applies
    assert "text-align" not in style


def test_the_outermost_wrapper_carries_no_style_and_blocks_carry_the_base_style() -> None:
    tree = wechat_tree("第一段\n\n第二段\n")
    wrapper = article(tree)
    assert wrapper.tag == "section" and wrapper.attrs == {}
    for paragraph in wrapper.elements():
        style = style_of(paragraph)
        assert style["color"] == "#333333"
        assert style["font-size"] == "16px"
        assert style["line-height"] == "1.75em"


def test_unitless_line_heights_keep_their_factor_where_the_font_size_changes() -> None:
    tree = wechat_tree("| a |\n|---|\n| 1 |\n")
    (table,) = tree.iter("table")
    # .recap { line-height: 1.75 } with .recap table { font-size: 14px }: 1.75 x 14 px, as in
    # the preview, not the 28 px an inherited 1.75em of the 16 px paragraph text would give.
    assert style_of(table)["font-size"] == "14px"
    assert style_of(table)["line-height"] == "1.75em"


def test_identical_single_child_wrappers_are_collapsed() -> None:
    inner = Element("p")
    chain: Element = inner
    for _ in range(12):
        chain = Element("section", {"style": "margin: 0;"}, [chain])
    root = parse("")
    root.append(chain)
    collapse_wrappers(root)
    assert serialize(root) == '<section style="margin: 0;"><p></p></section>'


def test_whitespace_between_blocks_is_dropped_and_kept_between_words() -> None:
    html = wechat_html("<p>a</p>\n<p><strong>b</strong> <em>c</em></p>\n", language="en")
    assert "</p><p" in html
    assert "</strong> <em" in html


def test_text_is_escaped() -> None:
    tree = parse_html(wechat("A|B <x> & y\n", language="en"))
    assert "A|B <x> & y" in tree.text()


def test_important_is_dropped_with_its_flag_only() -> None:
    # Markdown cannot write !important (attr_list refuses it), a stylesheet can.
    cleaned = clean_declarations("p", {"color": "#cc0000 !important", "margin": "0 ! important"})
    assert cleaned == {"color": "#cc0000", "margin": "0"}
