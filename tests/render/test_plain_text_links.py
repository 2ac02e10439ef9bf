"""The WeChat copy's text/plain keeps the links: the HTML's [n] markers and its reference list."""

from __future__ import annotations

import re

from recapdesk.model import Link, Project
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.plain_text import plain_text_of
from recapdesk.render.wechat.dom import parse_body
from tests.support import example_project, parse_html

REPO = "https://github.com/cloudnativeto/sig-k8s-source-code"
SITE = "https://cloudnative.to/"


def _project() -> Project:
    project = Project()
    project.background.text = f"详见[仓库]({REPO})与[社区]({SITE})，再看一次[仓库]({REPO})。"
    project.background.links = [
        Link(label="公众号文章", url="https://mp.weixin.qq.com/s/abc"),
        Link(label="", url="https://kubernetes.io/"),
    ]
    return project


def _plain(project: Project, footnotes: bool = True) -> str:
    parsed = parse_body(ArticlePipeline(project).fragment())
    return plain_text_of(parsed, language=project.article.language.value, footnotes=footnotes)


def test_plain_text_has_the_markers_and_the_reference_list() -> None:
    text = _plain(_project())
    assert "详见仓库[1]与社区[2]，再看一次仓库[1]。" in text
    assert text.endswith(f"引用链接\n\n[1] 仓库: {REPO}\n[2] 社区: {SITE}\n")
    # A WeChat link stays a link in the HTML, and a URL shown as itself needs no number.
    assert "公众号文章" in text and "公众号文章[" not in text
    assert "https://kubernetes.io/" in text and "https://kubernetes.io/[" not in text


def test_english_article_lists_references() -> None:
    project = _project()
    project.article.language = project.article.language.EN
    assert "\nReferences\n\n[1] 仓库: " in _plain(project)


def test_numbers_are_the_html_footnotes_numbers() -> None:
    project = example_project()
    html = ArticlePipeline(project).wechat_html(pangu=False)
    marks = [m.text() for m in parse_html(html).iter("sup")]
    assert marks  # the example links to GitHub and to the community's site
    text = _plain(project)
    body, _, references = text.rpartition("引用链接")
    assert re.findall(r"\[\d+\]", body) == [m for m in marks if re.fullmatch(r"\[\d+\]", m)]
    html_refs = [p.text() for p in parse_html(html).iter("p") if re.match(r"\[\d+\] ", p.text())]
    assert references.strip().split("\n") == html_refs


def test_no_footnotes_no_markers() -> None:
    text = _plain(_project(), footnotes=False)
    assert "[1]" not in text and "引用链接" not in text
    assert "详见仓库与社区，再看一次仓库。" in text
