"""Escaping plain user text into Markdown that shows exactly that text."""

from __future__ import annotations

import pytest

from recapdesk.compose.escape import block, flatten, indent, inline, link, link_target
from recapdesk.render import render_fragment
from tests.support import parse_html


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("金润森", "金润森"),
        ("a|b", "a\\|b"),
        ("*x*", "\\*x\\*"),
        ("_x_", "\\_x\\_"),
        ("`code`", "\\`code\\`"),
        ("[a](b)", "\\[a\\](b)"),
        ("<script>", "\\<script>"),
        ("~~s~~", "\\~\\~s\\~\\~"),
        ("# h", "\\# h"),
        ("a #b", "a #b"),
        ("{: .x}", "\\{: .x\\}"),
        ("\\", "\\\\"),
        ("1. first", "1\\. first"),
        ("2021) x", "2021\\) x"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("> quote", "\\> quote"),
        ("= x", "= x"),
        ("!x", "!x"),
        ("a - b + c = d. 1. e", "a - b + c = d. 1. e"),
        ("&copy;", "&amp;copy;"),
        ("&#169; &#x41;", "&amp;#169; &amp;#x41;"),
        ("a & b", "a & b"),
        ("a\nb", "a b"),
        ("  a \t\n\n b  ", "a b"),
        ("", ""),
    ],
)
def test_inline_escapes(text: str, markdown: str) -> None:
    assert inline(text) == markdown


@pytest.mark.parametrize(
    "text",
    [
        "a|b",
        "*x*",
        "__x__",
        "`code`",
        "[a](https://e.com)",
        "<script>alert(1)</script>",
        "~~s~~",
        "# h",
        "{: .x}",
        "\\",
        "\\*",
        "1. first",
        "1) first",
        "- item",
        "+ item",
        "* item",
        "> quote",
        "!x",
        "&copy; &#169; &amp;",
        "[toc]",
        "[^1]",
        "    four spaces",
        "---",
        "===",
    ],
)
def test_inline_text_renders_as_itself(text: str) -> None:
    paragraphs = parse_html(render_fragment(inline(text))).elements()
    assert [(p.tag, p.text()) for p in paragraphs] == [("p", text.strip())]


def test_flatten() -> None:
    assert flatten("一期\n 背景\t\u3000总结 ") == "一期 背景 总结"


def test_link_label_is_literal_and_target_is_encoded() -> None:
    assert link("*源码*", "https://e.com/a b(c)") == "[\\*源码\\*](https://e.com/a%20b%28c%29)"
    assert link_target("https://e.com/<x>") == "https://e.com/%3Cx%3E"


def test_link_without_label_shows_the_url() -> None:
    html = render_fragment(link("", "https://github.com/some_user/*x*"))
    a = parse_html(html).iter("a")[0]
    assert a.text() == "https://github.com/some_user/*x*"
    assert a.attrs["href"] == "https://github.com/some_user/*x*"


def test_block_trims_blank_lines_and_trailing_spaces_only() -> None:
    assert block("\n\n  first  \n\n    code\n\n") == "  first\n\n    code"
    assert block("**Markdown** stays") == "**Markdown** stays"


def test_indent_leaves_blank_lines_empty() -> None:
    assert indent("a\n\nb") == "    a\n\n    b"
