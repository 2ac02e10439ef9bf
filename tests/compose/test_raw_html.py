"""Raw HTML typed into a Markdown body field is text in the Markdown too, as in the preview.

The renderer never passes raw HTML through (render/safe.py), so the preview and the WeChat copy
show ``<script>`` as text; the Markdown written by Copy/Export Markdown must say the same, or a
blog engine that allows HTML would run it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recapdesk import model
from recapdesk.compose import compose
from recapdesk.compose.escape import block
from recapdesk.model import FreeSection, Project, SectionSlot, free_key
from recapdesk.render import render_fragment

SCRIPT = "<script>alert('x')</script>"


def _free(project: Project, body: str) -> None:
    project.free_sections = [FreeSection(id="thanks", heading="致谢", body=body)]
    project.order = [
        *(s for s in project.order if s.key != free_key("thanks")),
        SectionSlot(key=free_key("thanks")),
    ]


def _committee(field: str) -> Callable[[Project, str], None]:
    def fill(project: Project, body: str) -> None:
        project.groups[1].people = [model.Person(name="王冬", role="组织")]
        setattr(project.groups[1], field, body)

    return fill


def _testimonial(project: Project, body: str) -> None:
    project.testimonials.people = [model.Testimonial(name="王冬", body=body)]


def _testimonials_intro(project: Project, body: str) -> None:
    project.testimonials.people = [model.Testimonial(name="王冬", body="好")]
    project.testimonials.intro = body


BODY_FIELDS: dict[str, Callable[[Project, str], None]] = {
    "article.lead": lambda p, v: setattr(p.article, "lead", v),
    "background.text": lambda p, v: setattr(p.background, "text", v),
    "groups[0].intro": lambda p, v: setattr(p.groups[0], "intro", v),
    "groups[0].outro": lambda p, v: setattr(p.groups[0], "outro", v),
    "groups[1].intro": _committee("intro"),
    "groups[1].outro": _committee("outro"),
    "testimonials.intro": _testimonials_intro,
    "testimonials.people[0].body": _testimonial,
    "next_phase.text": lambda p, v: setattr(p.next_phase, "text", v),
    "next_phase.how_to_join": lambda p, v: setattr(p.next_phase, "how_to_join", v),
    "free_sections[0].body": _free,
}

# An HTML tag, comment or declaration as CommonMark reads one: what a blog engine would run.
_RAW_TAG = re.compile(r"(?<!\\)<[A-Za-z/!?]")


@pytest.mark.parametrize("field", sorted(BODY_FIELDS))
def test_raw_html_in_a_body_field_is_escaped_in_the_markdown(field: str) -> None:
    project = Project()
    BODY_FIELDS[field](project, f"前文 {SCRIPT} 后文\n\n{SCRIPT}")
    markdown = compose(project)
    assert not _RAW_TAG.search(markdown)
    assert markdown.count("\\<script>alert('x')\\</script>") == 2
    html = render_fragment(markdown)
    assert html.count("&lt;script&gt;alert('x')&lt;/script&gt;") == 2


@pytest.mark.parametrize(
    ("body", "markdown"),
    [
        ("<b>x</b>", "\\<b>x\\</b>"),
        ("<!-- note -->", "\\<!-- note -->"),
        ("a < b and 3<5", "a < b and 3<5"),
        ("<https://cloudnative.to/>", "<https://cloudnative.to/>"),
        ("<someone@example.com>", "<someone@example.com>"),
        ('<a\thref="x@y">', '\\<a\thref="x@y">'),
        ('<a\nhref="x@y">', '\\<a\nhref="x@y">'),
        ("`<b>` and <b>", "`<b>` and \\<b>"),
        ("``a ` <b>``", "``a ` <b>``"),
        ("\\<b> already", "\\<b> already"),
        ("\\\\<b>", "\\\\\\<b>"),
        ("```\n<b>\n```\n<b>", "```\n<b>\n```\n\\<b>"),
        ("~~~html\n<b>\n~~~", "~~~html\n<b>\n~~~"),
        ("text\n\n    <b>code</b>\n\n<i>", "text\n\n    <b>code</b>\n\n\\<i>"),
        ("- item\n\n    <b>in item</b>", "- item\n\n    \\<b>in item\\</b>"),
    ],
)
def test_block_escapes_tags_outside_code(body: str, markdown: str) -> None:
    assert block(body) == markdown


PIECES = st.sampled_from(
    [
        "<b>",
        "</b>",
        "<!--",
        "-->",
        "<https://e.com/>",
        "<a@b.cn>",
        "`",
        "``",
        "\\",
        "\n",
        "\n\n",
        "    ",
        "```\n",
        "- ",
        "1. ",
        "> ",
        "文字",
        " ",
        "<",
        ">",
        "a",
        "&lt;",
        "*",
    ]
)
BODIES = st.lists(PIECES, max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(body=BODIES)
@example(body="<b>x</b>")
@example(body="`a\n<b>`")
@example(body="```\n<b>")
@example(body="---\n    <b>")
@example(body="# 标题\n    <b>")
@example(body="[x](<b>)")
@example(body="- ```\n1. <b>`")
def test_escaping_a_body_changes_nothing_the_reader_sees(body: str) -> None:
    """The preview already shows tags as text: the escaped Markdown renders the same HTML."""
    lines = body.strip("\n").split("\n")
    # Trailing spaces are trimmed, but two or more before a line that goes on are a hard break.
    plain = "\n".join(
        line.rstrip() + ("  " if re.search(r"\S {2,}$", line) and nxt.strip() else "")
        for line, nxt in zip(lines, [*lines[1:], ""], strict=True)
    ).strip("\n")
    assert render_fragment(block(body)) == render_fragment(plain)
