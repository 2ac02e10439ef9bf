"""Plain text is escaped only where Markdown would otherwise read it as syntax.

``1.5小时`` or ``C# 入门`` are written as typed; ``1. first`` at the start of a line, ``- item``
or ``<b>`` are escaped. Whatever the text, it still renders as itself: as a paragraph, a list
item, a heading and a table cell.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recapdesk.compose.escape import flatten, inline
from recapdesk.render import render_fragment
from tests.support import parse_html, table_rows


@pytest.mark.parametrize(
    "text",
    [
        "1.5小时",
        "2021.10 启动",
        "3)号",
        "-5 度",
        "a - b",
        "+86 138",
        "C# 入门",
        "a #b",
        "= x",
        "!重要",
        "some_user_name",
        "金_润森",
        "3 < 5",
        "a > b",
        "x>y",
        "1+1=2",
    ],
)
def test_text_without_syntax_is_written_as_typed(text: str) -> None:
    assert inline(text) == text


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("1. first", "1\\. first"),
        ("1.", "1\\."),
        ("2021) x", "2021\\) x"),
        ("- item", "\\- item"),
        ("-", "\\-"),
        ("+ item", "\\+ item"),
        ("> quote", "\\> quote"),
        (">x", "\\>x"),
        ("# h", "\\# h"),
        ("#tag", "\\#tag"),
        ("学习 C#", "学习 C\\#"),
        ("---", "\\---"),
        ("- - -", "\\- - -"),
        ("===", "\\==="),
        ("_x_", "\\_x\\_"),
        ("a_b_ c", "a_b\\_ c"),
        ("<b>", "\\<b>"),
        ("<https://e.com>", "\\<https://e.com>"),
        ("<1@2.cn>", "\\<1@2.cn>"),
    ],
)
def test_syntax_is_escaped(text: str, markdown: str) -> None:
    assert inline(text) == markdown


MARKDOWNISH = st.text(
    alphabet=st.sampled_from(list("-+=#>!<._*`~|\\[](){}&:;/ \t\n1209aZ金字")), max_size=24
)


def _shown(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=600, deadline=None)
@given(text=MARKDOWNISH)
@example(text="1.5小时")
@example(text="a_b_ c")
@example(text="x__y__z")
@example(text="C##")
@example(text="- -")
def test_any_text_renders_as_itself_wherever_it_stands(text: str) -> None:
    markdown = inline(text)
    expected = _shown(flatten(text))
    if not expected:
        return
    paragraph = parse_html(render_fragment(markdown)).elements()
    assert [(p.tag, p.text()) for p in paragraph] == [("p", expected)]
    item = parse_html(render_fragment(f"- {markdown}\n- 第二项")).elements()
    assert [li.text() for li in item[0].elements("li")] == [expected, "第二项"]
    heading = parse_html(render_fragment(f"## {markdown}")).elements()
    assert [(h.tag, h.text()) for h in heading] == [("h2", expected)]
    table = parse_html(render_fragment(f"| a | b |\n| --- | --- |\n| {markdown} | x |"))
    assert table_rows(table.iter("table")[0])[1] == [[expected, "x"]]
