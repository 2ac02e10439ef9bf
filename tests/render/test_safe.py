"""Body fields are Markdown, but never code: no raw HTML, no script URLs, no event handlers."""

from __future__ import annotations

from html import unescape

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recapdesk.render import render_fragment
from recapdesk.render.safe import is_safe_target
from tests.support import Node, parse_html

# Raw HTML, even when it is well-formed, is shown as its text.
RAW_HTML = [
    "<script>alert(1)</script>",
    "<div>\n<script>alert(1)</script>\n</div>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "<!-- comment --><b>bold?</b>",
    '<svg onload="alert(1)"></svg>',
]


@pytest.mark.parametrize("body", RAW_HTML)
def test_raw_html_is_shown_as_text(body: str) -> None:
    html = render_fragment(body)
    tree = parse_html(html)
    assert {node.tag for node in tree.iter()} <= {"p"}
    assert "<" not in html.replace("<p>", "").replace("</p>", "")
    assert tree.text().replace("\n", "") == body.replace("\n", "")


@pytest.mark.parametrize(
    "markdown",
    [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](java%0Ascript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        '[x](https://ok.example){: href="javascript:alert(1)" }',
    ],
)
def test_script_urls_lose_their_href(markdown: str) -> None:
    tree = parse_html(render_fragment(markdown))
    targets = [n.attrs.get("href") or n.attrs.get("src") for n in tree.iter() if n.tag in "a img"]
    assert targets
    for target in targets:
        assert target is None or not unescape(target).lower().lstrip().startswith(
            ("javascript", "vbscript", "data")
        )


@pytest.mark.parametrize(
    "markdown",
    [
        'para\n{: onclick="alert(1)" }',
        "## heading {: onmouseover=alert(1) }",
        "[x](https://ok.example){: onclick=alert(1) ONFOCUS=alert(2) }",
        "![i](https://ok.example/i.png){: onerror=alert(1) }",
    ],
)
def test_event_handler_attributes_are_removed(markdown: str) -> None:
    tree = parse_html(render_fragment(markdown))
    attributes = [name for node in tree.iter() for name in node.attrs]
    assert not [name for name in attributes if name.lower().startswith("on")]


def test_safe_links_keep_their_targets() -> None:
    tree = parse_html(
        render_fragment(
            "[a](https://cloudnative.to/) [b](mailto:x@y.org) [c](#section) [d](notes/1.md)\n\n"
            "![q](https://example.com/qr.png)"
        )
    )
    assert [a.attrs.get("href") for a in tree.iter("a")] == [
        "https://cloudnative.to/",
        "mailto:x@y.org",
        "#section",
        "notes/1.md",
    ]
    assert tree.iter("img")[0].attrs.get("src") == "https://example.com/qr.png"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.b", True),
        ("HTTP://a.b", True),
        ("mailto:a@b.c", True),
        ("#top", True),
        ("rel/path", True),
        ("javascript:alert(1)", False),
        (" jav\tascript:alert(1)", False),
        ("&#106;avascript:alert(1)", False),
        ("data:image/png;base64,AAAA", False),
        ("file:///etc/passwd", False),
    ],
)
def test_is_safe_target(url: str, safe: bool) -> None:
    assert is_safe_target(url) is safe


TOKENS = [*"<>/=\"' \n:;&#()[]{}!*_`|-.", "script", "javascript", "on", "href", "a", "x"]
MARKDOWNISH = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def _dangerous(node: Node) -> list[str]:
    found = []
    if node.tag in {"script", "iframe", "style", "object", "embed", "svg", "form", "math"}:
        found.append(f"<{node.tag}>")
    for name, value in node.attrs.items():
        if name.lower().startswith("on"):
            found.append(name)
        if name in ("href", "src") and value and not is_safe_target(unescape(value)):
            found.append(f"{name}={value}")
    return found


@settings(max_examples=300, deadline=None)
@given(body=MARKDOWNISH)
@example(body="<script>alert(1)</script>")
@example(body="[x](javascript:alert(1))")
@example(body="x\n{: onclick=alert(1) }")
def test_no_body_text_ever_yields_script(body: str) -> None:
    tree = parse_html(render_fragment(body))
    assert [found for node in tree.iter() for found in _dangerous(node)] == []
