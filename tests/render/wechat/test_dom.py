"""The HTML tree of the WeChat passes: read by lxml, it must keep what the article says."""

from __future__ import annotations

import gc

from recapdesk.render import render_fragment
from recapdesk.render.plain_text import plain_text, plain_text_of
from recapdesk.render.wechat import wechat_html
from recapdesk.render.wechat.dom import Element, Text, parse, parse_body, release
from recapdesk.render.wechat.writer import article_html, serialize


def test_a_fragment_reads_back_as_it_was_written() -> None:
    fragment = '<p>a &amp; b<br>c\xa0d <a href="https://x.org/?a=1&amp;b=2">x</a></p>\n<hr>'
    assert serialize(parse(fragment)) == fragment.replace("\xa0", "&nbsp;")


def test_the_parser_adds_no_elements_of_its_own() -> None:
    # No html/body, no paragraph around leading text, no end for what was never opened.
    assert serialize(parse("中文 text")) == "中文 text"
    assert serialize(parse("a</div>b<!-- note -->")) == "ab"
    assert serialize(parse("")) == ""


def test_text_and_elements_keep_their_order_and_parents() -> None:
    root = parse("<p>one <b>two</b> three</p>")
    (paragraph,) = root.elements()
    assert [type(node) for node in paragraph.children] == [Text, Element, Text]
    assert all(node.parent is paragraph for node in paragraph.children)
    assert [element.tag for element in root.iter()] == ["#root", "p", "b"]


def test_deeply_nested_quotes_keep_all_their_text() -> None:
    fragment = render_fragment("> " * 300 + "最里面 inside")
    html = wechat_html(fragment)
    assert "最里面 inside" in html
    assert html.count("<blockquote") == fragment.count("<blockquote") > 250


def test_iter_lists_the_elements_as_they_were_when_asked() -> None:
    root = parse("<p>a</p><p>b</p>")
    elements = root.iter()
    root.children.clear()  # a pass that removes what it walks does not change the walk
    assert [element.tag for element in elements] == ["#root", "p", "p"]


def test_plain_text_of_lists_tables_code_and_breaks() -> None:
    markdown = (
        "A & B  \nnext line\n\n- one\n    - two\n\n"
        "| x | y |\n|---|---|\n| 1 | 2 |\n\n"
        "```\nindented  code\n  line\n```\n"
    )
    assert plain_text(render_fragment(markdown)) == (
        "A & B\nnext line\n\n• one\n\n• two\n\nx   y\n\n1   2\n\nindented  code\nline\n"
    )


def test_copy_for_wechat_from_one_parse_gives_both_flavours_of_the_fragment() -> None:
    # Copy for WeChat parses the fragment once for the HTML and the plain text: the WeChat
    # pipeline must leave that parse as it found it (the TOC it drops stays in the text).
    fragment = render_fragment(
        "# 标题\n\n[toc]\n\n## 一、背景\n\n中文text [link](https://example.org)\n\n"
        "- one\n    - two\n\n| x |\n|---|\n| 1 |\n\n```\n  code\n```\n"
    )
    parsed = parse_body(fragment)
    html = wechat_html(parsed)
    assert html == wechat_html(fragment)
    assert "一、背景" in html and html.count("一、背景") == 1
    assert plain_text_of(parsed) == plain_text(fragment)
    assert plain_text_of(parsed).count("一、背景") == 2  # the TOC entry and the heading


def test_the_copy_leaves_the_garbage_collector_as_it_found_it() -> None:
    fragment = render_fragment("中文 *text* [link](https://example.org)")
    assert gc.isenabled()
    wechat_html(fragment)
    assert gc.isenabled()
    gc.disable()
    try:
        wechat_html(fragment)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_released_tree_holds_no_links() -> None:
    root = parse("<p>a <b>b</b></p>")
    paragraph = root.elements()[0]
    release(root)
    assert root.children == [] and paragraph.children == [] and paragraph.parent is None


def test_the_finished_article_is_written_without_blank_text_between_blocks() -> None:
    root = parse("<section>\n<p>a <b>b</b> </p>\n \n<p>c</p>\n</section>x <br> y")
    assert article_html(root) == "<section><p>a <b>b</b> </p><p>c</p></section>x <br> y"


def test_a_written_article_holds_no_links() -> None:
    # Taken apart as it is written, the tree is freed by reference counting at once.
    root = parse("<p>a <b>b</b></p>")
    paragraph = root.elements()[0]
    article_html(root)
    assert root.children == [] and paragraph.children == []
