"""The bundled example renders everything the seed draft says, in the seed's structure.

Independent of the golden files: these assertions name what a reader of the published article
would look for (people, numbers, links, testimonials), so a golden-file update cannot hide a loss.
"""

from __future__ import annotations

import re

import pytest

from recapdesk.compose import compose
from recapdesk.render import render_fragment
from tests.support import SEED_DRAFT, Node, example_project, normalize, parse_html, table_rows

# The attribution lines of the seed's 11 testimonials, as the article shows them. The seed
# writes the last one "华诺科技 -刘天祥-研习一期" (company first, a slip); the example keeps
# name and company apart, so the article puts them in the usual order.
ATTRIBUTIONS = [
    "金润森",
    "王冬",
    "姚沈结-爱立信-研习一期",
    "梁豪-中信银行-研习一期",
    "王城-中电健康云-研习一期",
    "吴垂优-KLOOK-源码一期",
    "孙东民-外研在线-研习一期",
    "刘淑娟-爱立信-研习一期",
    "赵卫国-Lenovo-一期学习委员",
    "王文虎-中通-上海-一期学习委员",
    "刘天祥-华诺科技-研习一期",
]

# One distinctive sentence of each non-empty testimonial body (by attribution index).
SENTENCES = {
    2: "想偷懒的我又看起了源码。",
    3: "先大概理清楚各个模块做了什么事情，对整体的调用逻辑有一个印象。",
    4: "希望后面可以有一些视频直播吧让基础差一点的也可以快速的上手",
    5: "然后参加研习社确实比自己一个人去学习要有动力和效率",
    6: "注意, 不要陷入太多的细节(有些细节真的只有作者才知道了)",
    7: "靡不有初鲜克有终，失败不是悲剧，放弃才是~",
    8: "帮助别人也得到别人的帮助，大家一起进步",
    9: "一定要记笔记、记笔记、记笔记",
    10: "虽然 Demo 的设计会很难( ╯□╰ )",
}


@pytest.fixture(scope="module")
def markdown() -> str:
    return compose(example_project())


@pytest.fixture(scope="module")
def html() -> str:
    return render_fragment(compose(example_project()))


@pytest.fixture(scope="module")
def tree(html: str) -> Node:
    return parse_html(html)


def _testimonial_items(tree: Node) -> list[Node]:
    """The items of the list that follows the testimonials' intro paragraph."""
    top = tree.elements()
    for i, element in enumerate(top):
        if element.tag == "p" and "有删减和提取" in element.text():
            following = top[i + 1]
            assert following.tag == "ul"
            return following.elements("li")
    raise AssertionError("no testimonials intro in the article")


def test_headings_are_numbered_in_chinese_like_the_seed(tree: Node) -> None:
    headings = [h.text() for h in tree.iter("h2")]
    # The seed's three, and the example's Photos section with its group photo.
    assert headings == ["一、活动背景", "二、个人表彰和感言", "三、感恩", "四、活动照片"]
    assert [h.text() for h in tree.iter("h1")] == ["kubernetes源码研习社 一期活动总结"]


def test_markdown_keeps_the_toc_marker_and_the_html_has_the_toc(markdown: str, tree: Node) -> None:
    assert "\n[toc]\n" in markdown
    tocs = [div for div in tree.iter("div") if div.attrs.get("class") == "toc"]
    assert len(tocs) == 1
    assert [a.text() for a in tocs[0].iter("a")] == [h.text() for h in tree.iter("h2")]


def test_outline_items_are_listed(tree: Node) -> None:
    first_list = tree.elements("ul")[0]
    assert [li.text() for li in first_list.elements("li")] == [
        "一期背景",
        "优秀学员表彰",
        "一篇优秀总结笔记？",
        "二期预告",
    ]


def test_every_seed_testimonial_is_a_bullet_with_its_body_under_it(tree: Node) -> None:
    items = _testimonial_items(tree)
    assert len(items) == len(ATTRIBUTIONS)
    for item, attribution in zip(items, ATTRIBUTIONS, strict=True):
        assert item.elements()[0].tag == "p"
        assert item.elements()[0].text() == attribution
    for index, sentence in SENTENCES.items():
        assert sentence in items[index].text(), ATTRIBUTIONS[index]
    for empty in (0, 1):
        assert [p.text() for p in items[empty].iter("p")] == [ATTRIBUTIONS[empty]]


def test_every_paragraph_of_the_seed_testimonials_is_in_the_article(tree: Node) -> None:
    """Read the testimonials from the seed draft itself, paragraph by paragraph."""
    seed = SEED_DRAFT.read_text(encoding="utf-8")
    block = seed[seed.index("-   金润森") : seed.index("## 三、")]
    entries = re.split(r"^-   ", block, flags=re.MULTILINE)[1:]
    assert len(entries) == len(ATTRIBUTIONS)
    items = _testimonial_items(tree)
    for entry, item in zip(entries, items, strict=True):
        paragraphs = [normalize(p) for p in entry.split("\n\n")[1:] if p.strip()]
        text = normalize(item.text())
        for paragraph in paragraphs:
            assert re.sub(r"^\d\.\s+", "", paragraph) in text


def test_the_ordered_tips_stay_numbered_lists(tree: Node) -> None:
    sun = _testimonial_items(tree)[6]
    lists = sun.iter("ol")
    assert [len(ol.elements("li")) for ol in lists] == [3, 3]
    assert lists[1].elements("li")[0].text().strip() == "首先, 希望活动能坚持组织下去"


def test_honoree_table_has_the_seed_row_and_placeholder_rows(tree: Node) -> None:
    table = tree.iter("table")[0]
    headers, rows = table_rows(table)
    assert headers == ["序号", "姓名", "公司职位", "GitHub"]
    assert rows == [["1", "金润森", "云帐房 容器开发工程师", "gasxia"]] + [["", "", "", ""]] * 3
    link = table.iter("a")[0]
    assert link.attrs["href"] == "https://github.com/gasxia"
    cells = table.iter("th") + table.iter("td")
    assert all(cell.attrs.get("style") == "text-align: center;" for cell in cells)


def test_award_title_is_announced(tree: Node) -> None:
    award = [p for p in tree.iter("p") if "下面是本期评出的" in p.text()]
    assert len(award) == 1
    assert [s.text() for s in award[0].iter("strong")] == ["Kubernetes源码之星"]


def test_numbers_and_placeholders(html: str, markdown: str, tree: Node) -> None:
    items = [li.text() for li in tree.iter("li")]
    assert "参与同学：96位" in items
    assert "参与交流：379人" in items
    for label in ("读书笔记", "优秀笔记", "公众号文章"):
        assert f"{label}：〔待补充〕篇" in items
    assert html.count("〔待补充〕") == 3
    assert "xx" not in markdown


def test_every_link_of_the_seed_is_a_link_in_the_article(tree: Node) -> None:
    seed = SEED_DRAFT.read_text(encoding="utf-8")
    seed_links = {
        (label.strip(), url) for label, url in re.findall(r"\[([^\]]+)\]\(([^)\s]+)\)", seed)
    }
    assert len(seed_links) == 6
    article_links = {(a.text(), a.attrs.get("href")) for a in tree.iter("a")}
    assert seed_links <= article_links


def test_intro_text_of_the_seed_is_kept(tree: Node) -> None:
    text = normalize(tree.text())
    for sentence in (
        "看到这个题目不知道您是不是想问kubernetes源码研习社是干嘛的？",
        "声明一点，这不是培训机构",
        "别急，先看下一期的活动是不是适合您，二期活动马上开始，后文附参与方式。",
        "成立Kubernetes源码研习社的初衷是培养更多优秀的云原生人才，助力云原生技术的传播和普及。",
        "第五章 client-go 展开",
        "我们也随机抽取了一部分同学做了回访",
    ):
        assert sentence in text
