"""User text is data: whatever is typed into a name, label or heading is shown literally.

Property tests over compose + render: any text (Markdown syntax, HTML, pipes, newlines, control
characters) comes out as the text of the element it belongs to, and the article's structure (rows,
cells, list items, links) stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import unquote

from hypothesis import example, given, settings
from hypothesis import strategies as st

from recapdesk import model
from recapdesk.model import FreeSection, Link, Person, Project, SectionSlot, free_key
from recapdesk.model.text import clean_text
from tests.support import article_tree, normalize, table_rows

TRICKY = [
    "|",
    "*x*",
    "<script>alert(1)</script>",
    "1. first",
    "- item",
    "# h",
    "[toc]",
    "&copy;",
    "a\nb",
    "`code`",
    "~~s~~",
    "{: .x}",
    "\\",
]


TestFunction = TypeVar("TestFunction", bound=Callable[..., None])


def literal_examples(test: TestFunction) -> TestFunction:
    """Apply every tricky string as an explicit example of a one-argument property."""
    for value in reversed(TRICKY):
        test = example(value)(test)
    extra = [
        "a | b | c",
        "** __ `` [[ ]] ((",
        "[x](javascript:alert(1))",
        "<b onclick=alert(1)>x</b>",
        "  leading and trailing  ",
        "\t1) tab-led\n",
        "+ plus",
        "> quote",
        "=== setext",
        "---",
        "![img](https://e.com/i.png)",
        "a\\|b",
        "&amp; &#169; &#x41; & plain",
        "http://example.com/_a_",
        "x  \ny",
        "name {#id}",
        "[^1]",
        "*[HTML]: x",
        "\\`",
        "\u3000全角空格\u3000",
        "\r\n",
        " ",
        "",
        "a\\nb",
        "\\\\",
        "]: x",
        "&#106;avascript:alert(1)",
    ]
    for value in reversed(extra):
        test = example(value)(test)
    return test


TEXT = st.text(max_size=40)
SETTINGS = settings(max_examples=120, deadline=None)


def _only_visible(project: Project, *keys: str) -> None:
    for slot in project.order:
        slot.visible = slot.key in keys


@SETTINGS
@given(name=TEXT)
@literal_examples
def test_honoree_name_is_its_table_cell(name: str) -> None:
    project = Project()
    project.groups[0].people = [
        Person(name=name, company="云帐房", github="gasxia"),
        Person(name="王冬", company="某公司", title="工程师", github="wangdong"),
    ]
    tree = article_tree(project)
    tables = tree.iter("table")
    assert len(tables) == 1
    headers, rows = table_rows(tables[0])
    assert headers == ["序号", "姓名", "公司", "职位", "GitHub"]
    assert rows == [
        ["1", normalize(clean_text(name)), "云帐房", "", "gasxia"],
        ["2", "王冬", "某公司", "工程师", "wangdong"],
    ]


@SETTINGS
@given(name=TEXT)
@literal_examples
def test_testimonial_name_is_its_attribution(name: str) -> None:
    project = Project()
    project.testimonials.people = [
        model.Testimonial(name=name, body="第一段感言。"),
        model.Testimonial(name="王冬", company="某公司", cohort="一期", body="第二段感言。"),
    ]
    tree = article_tree(project)
    lists = tree.elements("ul")
    assert len(lists) == 1
    items = lists[0].elements("li")
    assert len(items) == 2
    shown = normalize(clean_text(name)) or "匿名"
    assert [p.text() for p in items[0].elements("p")] == [shown, "第一段感言。"]
    assert [p.text() for p in items[1].elements("p")] == ["王冬-某公司-一期", "第二段感言。"]


@SETTINGS
@given(title=TEXT)
@literal_examples
def test_article_title_is_the_h1(title: str) -> None:
    project = Project()
    project.article.title = title
    project.article.lead = "正文。"
    tree = article_tree(project)
    expected = normalize(clean_text(title))
    assert [h.text() for h in tree.iter("h1")] == ([expected] if expected else [])
    assert [p.text() for p in tree.elements("p")] == ["正文。"]


@SETTINGS
@given(heading=TEXT)
@literal_examples
def test_free_section_heading_is_its_h2(heading: str) -> None:
    project = Project(
        order=[SectionSlot(key=free_key("thanks"))],
        free_sections=[FreeSection(id="thanks", heading=heading, body="谢谢。")],
    )
    project.next_phase.text = "三期见。"
    _only_visible(project, free_key("thanks"), "next_phase")
    tree = article_tree(project)
    expected = normalize(clean_text(heading))
    h2 = [h.text() for h in tree.iter("h2")]
    if expected:
        assert h2 == [f"一、{expected}", "二、下期预告"]
    else:  # no heading text: the section continues the one before it, unnumbered
        assert h2 == ["一、下期预告"]
    assert [p.text() for p in tree.elements("p")] == ["谢谢。", "三期见。"]


@SETTINGS
@given(label=TEXT)
@literal_examples
def test_link_label_is_the_link_text(label: str) -> None:
    project = Project()
    project.background.links = [
        Link(label=label, url="https://github.com/cloudnativeto/sig-k8s-source-code"),
        Link(label="云原生社区", url="https://cloudnative.to/"),
    ]
    tree = article_tree(project)
    links = [(a.text(), a.attrs.get("href")) for a in tree.iter("a")]
    expected = (
        normalize(clean_text(label)) or "https://github.com/cloudnativeto/sig-k8s-source-code"
    )
    assert links == [
        (expected, "https://github.com/cloudnativeto/sig-k8s-source-code"),
        ("云原生社区", "https://cloudnative.to/"),
    ]


@SETTINGS
@given(value=TEXT)
@literal_examples
def test_any_single_line_field_keeps_the_table_shape(value: str) -> None:
    """Company, position and GitHub cells too: a pipe or newline never adds a cell or a row."""
    project = Project()
    project.groups[0].people = [Person(name="a", company=value, title=value, github=value)]
    tree = article_tree(project)
    _, rows = table_rows(tree.iter("table")[0])
    shown = normalize(clean_text(value))
    assert rows == [["1", "a", shown, shown, shown]]


URL_TAIL = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=30)


@SETTINGS
@given(tail=URL_TAIL, label=st.sampled_from(["", "仓库"]))
@example(tail="some_user/my_repo/*x*", label="")
@example(tail="search?filter[name]=a&sort=-date", label="")
@example(tail="wiki/O'Brien_(film)", label="仓库")
@example(tail="a`b`c\\d", label="")
@example(tail="]:x", label="")
@example(tail="?a=1&amp;b=2&#169;", label="")
def test_a_link_goes_where_its_url_says(tail: str, label: str) -> None:
    """Any URL that passes the checks is the link target, unchanged up to percent-encoding;
    without a label the URL itself is the link text."""
    url = "https://example.com/" + tail
    project = Project()
    project.next_phase.links = [Link(label=label, url=url)]
    tree = article_tree(project)
    links = [(a.text(), a.attrs.get("href")) for a in tree.iter("a")]
    assert len(links) == 1
    text, href = links[0]
    assert text == (label or url)
    assert unquote(href or "") == unquote(url)
