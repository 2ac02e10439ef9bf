"""The inlined tree: the styles css-inline wrote, on the tree that went into it.

The passes go on with the tree css-inline's output reads back as. The tree that went in is kept
and given the styles when both are the same; where css-inline's parser builds the page
differently (it moves text out of a table, drops the newline that opens a ``<pre>``), what it
wrote is what the reader gets.
"""

from __future__ import annotations

import pytest

from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.themes import theme_css, theme_names
from recapdesk.render.wechat.dom import Text, parse
from recapdesk.render.wechat.inline import inline_theme, inline_tree
from recapdesk.render.wechat.links import footnote_links
from recapdesk.render.wechat.writer import serialize
from tests.support import example_project

CSS = "p { color: red } td { padding: 1px } .recap { font-size: 15px }"


def _as_written(fragment: str, css: str) -> str:
    """css-inline's output as the tree of the passes reads it."""
    return serialize(parse(inline_theme(serialize(parse(fragment)), css)))


@pytest.mark.parametrize(
    "fragment",
    [
        '<p class="x">a <b>b</b> c</p><table><tr><td>1</td></tr></table>',
        "<p><div>x</div></p>",  # both parsers close the paragraph
        "<table><tr><td>a</td></tr>moved</table>",  # css-inline's parser moves the text
        "<pre>\nx</pre><textarea>\ny</textarea>",  # ...and drops these newlines
        "a\r\nb <p>c &amp; d\xa0e</p>",
    ],
)
def test_the_tree_is_what_css_inline_wrote(fragment: str) -> None:
    assert serialize(inline_tree(parse(fragment), CSS)) == _as_written(fragment, CSS)


def test_text_split_by_the_passes_reads_as_one_text() -> None:
    tree = parse('<p>see <a href="#x">here</a> and <a href="https://x.org/">there</a>.</p>')
    footnote_links(tree, "en")  # unwraps the anchor: three text nodes in a row
    fragment = serialize(tree)
    inlined = inline_tree(tree, CSS)
    assert serialize(inlined) == _as_written(fragment, CSS)
    paragraph = inlined.elements()[0].elements()[0]
    first = paragraph.children[0]
    assert isinstance(first, Text) and first.data == "see here and "


def test_the_example_article_in_every_theme_is_what_css_inline_wrote() -> None:
    fragment = ArticlePipeline(example_project()).fragment()
    for theme in theme_names():
        css = theme_css(theme, "")
        assert serialize(inline_tree(parse(fragment), css)) == _as_written(fragment, css)
