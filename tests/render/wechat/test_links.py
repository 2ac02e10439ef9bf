"""Links in the WeChat copy: [n] markers and a closing list, except mp.weixin.qq.com links."""

from __future__ import annotations

from tests.render.wechat.support import wechat, wechat_tree

MARKDOWN = """\
See [the repo](https://github.com/cloudnativeto/sig-k8s-source-code) and
[the issue](https://github.com/cloudnativeto/sig-k8s-source-code/issues/8), then
[the repo again](https://github.com/cloudnativeto/sig-k8s-source-code).
Our [launch article](https://mp.weixin.qq.com/s?__biz=MzI1&mid=26&idx=1) stays a link.
Plain: <https://cloudnative.to/> and [cloudnative.to](https://cloudnative.to).
"""


def test_external_links_become_numbered_markers_and_the_same_url_keeps_its_number() -> None:
    tree = wechat_tree(MARKDOWN, language="en")
    text = tree.text()
    assert "the repo[1]" in text
    assert "the issue[2]" in text
    assert "the repo again[1]" in text
    hrefs = [a.attrs["href"] for a in tree.iter("a")]
    assert hrefs == ["https://mp.weixin.qq.com/s?__biz=MzI1&mid=26&idx=1"]


def test_the_references_list_closes_the_article() -> None:
    tree = wechat_tree(MARKDOWN, language="en")
    headings = [h.text() for h in tree.iter("h3")]
    assert headings[-1] == "References"
    entries = [p.text() for p in tree.iter("p") if p.text().startswith("[")]
    assert entries == [
        "[1] the repo: https://github.com/cloudnativeto/sig-k8s-source-code",
        "[2] the issue: https://github.com/cloudnativeto/sig-k8s-source-code/issues/8",
    ]


def test_chinese_articles_title_the_list_in_chinese() -> None:
    tree = wechat_tree("[仓库](https://github.com/a/b)\n", language="zh")
    assert [h.text() for h in tree.iter("h3")] == ["引用链接"]


def test_a_link_whose_text_is_its_url_becomes_plain_text_without_a_number() -> None:
    tree = wechat_tree("<https://cloudnative.to/> [cloudnative.to](https://cloudnative.to)\n")
    assert tree.text().strip() == "https://cloudnative.to/ cloudnative.to"
    assert not tree.iter("a") and not tree.iter("sup") and not tree.iter("h3")


def test_anchor_links_and_the_table_of_contents_are_dropped() -> None:
    html = wechat("[TOC]\n\n## 一、背景\n\n见[上文](#一背景)。\n")
    assert 'href="#' not in html
    assert "上文" in html
    assert html.count("一、背景") == 1  # the heading, not a TOC entry


def test_footnotes_keep_their_text_but_lose_their_in_page_links() -> None:
    html = wechat("正文[^1]\n\n[^1]: 注释\n")
    assert "href" not in html
    assert "↩" not in html
    assert "注释" in html


def test_no_link_to_another_host_is_left_in_the_example() -> None:
    from recapdesk.pipeline import ArticlePipeline
    from tests.support import example_project, parse_html

    tree = parse_html(ArticlePipeline(example_project()).wechat_html())
    for anchor in tree.iter("a"):
        assert (anchor.attrs["href"] or "").startswith("https://mp.weixin.qq.com/")
    assert "[1] Jimmy Song: https://github.com/rootsongjc" in tree.text()


def test_without_numbered_references_a_refused_link_keeps_only_its_text() -> None:
    from recapdesk.render.wechat import wechat_html

    html = wechat_html(
        '<p>See <a href="https://github.com/x">the repo</a> and '
        '<a href="https://mp.weixin.qq.com/s/abc">our post</a>.</p>',
        footnotes=False,
    )
    assert "the repo" in html and "github.com" not in html and "[1]" not in html
    assert "引用链接" not in html
    assert 'href="https://mp.weixin.qq.com/s/abc"' in html  # WeChat's own links stay links
