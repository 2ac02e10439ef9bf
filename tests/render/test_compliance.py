"""WeChat compliance: the rules found in HTML, the fields that cause them, the example clean."""

from __future__ import annotations

import pytest

from recapdesk.model import Project
from recapdesk.model.checks import Severity
from recapdesk.pipeline import ArticlePipeline
from recapdesk.pipeline.picture_checks import check_wechat_pictures
from recapdesk.render import compliance_rules
from recapdesk.render.compliance import (
    TITLE_LIMIT,
    ComplianceFinding,
    check_html,
    check_wechat,
    fails_wechat_reupload,
)
from recapdesk.render.compliance_rules import CONTEXT, RULES
from recapdesk.render.themes import theme_names
from tests.support import EXAMPLE_PATH, example_project, marked_texts


def _check(project: Project) -> list[ComplianceFinding]:
    """The findings of the project's WeChat copy, as the Checks panel and the CLI get them:
    its pictures read from the example's folder."""
    html = ArticlePipeline(project).check_input()
    return check_wechat_pictures(project, html, EXAMPLE_PATH.parent)


@pytest.mark.parametrize("theme", theme_names())
def test_the_example_has_no_findings_in_any_theme(theme: str) -> None:
    project = example_project()
    project.article.theme = theme
    project.article.primary_color = "#c0392b"  # readable in light and dark mode
    assert _check(project) == []


IMG = '<section><img src="{src}" data-w="1" style="max-width: 100%;{extra}"></section>'
SCROLL = '<section><section style="overflow-x: auto;">{}</section></section>'


def _rules(html: str) -> set[str]:
    return {finding.rule for finding in check_html(html)}


@pytest.mark.parametrize(
    ("html", "rule"),
    [
        ("<section><style>p{}</style><p>x</p></section>", "style-element"),
        ('<section><p class="a">x</p></section>', "class-attribute"),
        ('<section><p id="a">x</p></section>', "id-attribute"),
        ('<section><p style="color: var(--c);">x</p></section>', "css-variable"),
        ('<section><p style="color: red !important;">x</p></section>', "important"),
        ('<section><p style="font-family: serif;">x</p></section>', "font-family"),
        ('<section><p style="position: absolute;">x</p></section>', "position"),
        ('<section><p style="width: 586px;">x</p></section>', "fixed-width"),
        (
            SCROLL.format(
                '<table width="600"><tr><td style="text-align: left;">x</td></tr></table>'
            ),
            "fixed-width",
        ),
        ('<section><section style="height: 0px;"><p>x</p></section></section>', "height-zero"),
        ('<section><p style="text-align: start;">x</p></section>', "text-align-start-end"),
        ('<section><p style="line-height: 1.75;">x</p></section>', "line-height-unitless"),
        ('<section><p style="line-height: 0;">a<br>b</p></section>', "line-height-too-small"),
        (
            '<section><p style="font-size: 16px; line-height: 10px;">x</p></section>',
            "line-height-too-small",
        ),
        ("<section><ul><li>x</li></ul></section>", "native-list"),
        ("<section><ul><li><p>x</p></li></ul></section>", "paragraph-in-list-item"),
        ("<section><pre>x</pre></section>", "pre-element"),
        ("<section><section><code>a  b\nc</code></section></section>", "code-whitespace"),
        ('<section><p><a href="https://github.com/x">x</a></p></section>', "external-link"),
        ('<section><p><a href="#top">x</a></p></section>', "anchor-link"),
        (
            '<section><table><tr><td style="text-align: left;">x</td></tr></table></section>',
            "table-not-scrollable",
        ),
        (
            SCROLL.format("<table><tr><td>x</td></tr></table>"),
            "cell-alignment",
        ),
        (
            '<section><img src="https://a.cn/x.png" style="max-width: 100%;"></section>',
            "image-width-unknown",
        ),
        ('<section><img src="https://a.cn/x.png" data-w="10"></section>', "image-max-width"),
        (
            '<section><img src="qr.png" data-w="10" style="max-width: 100%;"></section>',
            "local-image",
        ),
        (
            IMG.format(src="data:image/png;base64,AAAA", extra=""),
            "data-image",
        ),
        (
            IMG.format(src="https://raw.githubusercontent.com/a/b/main/x.png", extra=""),
            "image-host",
        ),
        (
            IMG.format(src="https://a.cn/x.png", extra=" opacity: 0;"),
            "opacity-zero",
        ),
        ('<section><p style="caret-color: transparent;">x</p></section>', "caret-color"),
        ("<section><span leaf><section>x</section></span></section>", "span-leaf-block"),
        ('<section style="background: #eee;"><p>x</p></section>', "outer-wrapper-style"),
        (
            "<section>" + "<section>" * 11 + "<span>x</span>" + "</section>" * 11 + "</section>",
            "nesting-depth",
        ),
    ],
)
def test_each_rule_is_found(html: str, rule: str) -> None:
    assert rule in RULES
    assert rule in _rules(html)


def test_a_finding_names_its_rule_message_snippet_and_severity() -> None:
    (finding,) = check_html('<section><p><a href="https://github.com/x">gh</a></p></section>')
    assert finding.rule == "external-link"
    assert finding.severity is Severity.ERROR
    assert "mp.weixin.qq.com" in finding.message
    assert finding.snippet == '<a href="https://github.com/x">gh</a>'


def test_a_long_title_is_an_error_on_the_title_field() -> None:
    project = example_project()
    project.article.title = "长" * 65
    findings = _check(project)
    assert [(f.rule, f.field, f.severity) for f in findings] == [
        ("title-length", "article.title", Severity.ERROR)
    ]
    project.article.title = "长" * 64
    assert _check(project) == []


def test_every_rule_message_is_marked_for_translation_and_nothing_else_is() -> None:
    """The panel translates a finding by its rule's message: one that lupdate does not collect
    (an f-string, a variable) would stay English in the Chinese UI."""
    assert {(CONTEXT, message) for _severity, message in RULES.values()} == marked_texts(
        compliance_rules
    )


def test_findings_say_their_rule_message_and_the_title_length_fills_it_in() -> None:
    (link,) = check_html('<section><p><a href="https://github.com/x">gh</a></p></section>')
    assert (link.text.context, link.text.template) == (CONTEXT, RULES["external-link"][1])
    project = example_project()
    project.article.title = "长" * 70
    (title,) = _check(project)
    assert title.text.template == RULES["title-length"][1]
    assert title.text.args == (str(TITLE_LIMIT), "70")
    assert title.message == "WeChat titles are at most 64 characters (this one has 70)"


def test_image_problems_name_the_field_with_the_image() -> None:
    project = example_project()
    project.testimonials.people[
        2
    ].body += "\n\n![图解](https://raw.githubusercontent.com/a/b/main/x.png)"
    project.next_phase.text = "扫码加入：\n\n![二维码](qr.png)"
    findings = {f.rule: f for f in _check(project)}
    assert findings["image-host"].field == "testimonials.people[2].body"
    assert findings["image-host"].url == "https://raw.githubusercontent.com/a/b/main/x.png"
    # A picture missing from the project's folder: one finding, that says so.
    assert findings["picture-problem"].field == "next_phase.text"
    assert findings["picture-problem"].severity is Severity.ERROR
    assert findings["picture-problem"].message == (
        "the picture file qr.png is missing: add the picture again, or correct its path"
    )
    assert "local-image" not in findings
    # Without a folder (an untitled project's text alone), a local picture cannot be judged:
    # it is the compliance check's "local image".
    alone = check_wechat(project, ArticlePipeline(project).check_input())
    local = [f.field for f in alone if f.rule == "local-image"]
    assert local == ["next_phase.text", "photos.pictures[0].src"]


def test_an_image_whose_address_was_refused_is_found_by_its_markdown() -> None:
    project = example_project()
    project.background.text += "\n\n![截图](data:image/png;base64,iVBORw0KGgo=)"
    findings = [f for f in _check(project) if f.rule == "image-without-source"]
    assert [f.field for f in findings] == ["background.text"]


def test_checking_given_html_finds_the_field_by_its_text() -> None:
    project = example_project()
    html = ArticlePipeline(project).wechat_html()
    start = html.rindex("<p ", 0, html.index("看到这个题目"))  # the lead's first paragraph
    html = html[:start] + '<p class="x" ' + html[start + 3 :]
    (finding,) = check_wechat_pictures(project, html, EXAMPLE_PATH.parent)
    assert finding.rule == "class-attribute"
    assert finding.field == "article.lead"


@pytest.mark.parametrize(
    ("src", "fails"),
    [
        ("https://raw.githubusercontent.com/a/b/main/x.png", True),
        ("https://private-user-images.githubusercontent.com/1/2.png?jwt=x", True),
        ("https://github.com/user-attachments/assets/0f1e", True),
        ("https://github.com/a/b/blob/main/x.png", False),  # a page, not an attachment
        ("https://wx2.sinaimg.cn/large/x.jpg", True),  # hot-link blocking hosts
        ("https://img-blog.csdnimg.cn/x.png", True),
        ("https://upload-images.jianshu.io/upload_images/x.png", True),
        ("https://pic1.zhimg.com/x.jpg", True),
        ("https://notsinaimg.cn/x.jpg", False),  # the domain itself, or a subdomain of it
        ("https://mmbiz.qpic.cn/x.png", False),  # WeChat's own
        ("https://cloudnative.to/x.png", False),
        ("http://[::1/x.png", False),  # not a URL
    ],
)
def test_hosts_whose_pictures_wechat_fails_to_re_host(src: str, fails: bool) -> None:
    assert fails_wechat_reupload(src) is fails
