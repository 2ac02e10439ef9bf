"""Project -> Markdown: sections, headings, numbering, languages, numbers, links."""

from __future__ import annotations

from recapdesk.compose import HEAD_KEY, compose, compose_blocks
from recapdesk.compose.article import format_number
from recapdesk.compose.words import WORDS
from recapdesk.model import (
    FreeSection,
    Language,
    Link,
    Number,
    Numbering,
    Person,
    Project,
    SectionSlot,
    free_key,
)
from recapdesk.render import render_fragment
from tests.support import article_tree, example_project, normalize, parse_html


def _project() -> Project:
    """Background, honorees, next phase and a free section, all with content."""
    project = Project(
        order=[SectionSlot(key="background"), SectionSlot(key=free_key("thanks"))],
        free_sections=[FreeSection(id="thanks", heading="致谢", body="感谢**每一位**同学。")],
    )
    project.article.title = "二期总结"
    project.background.text = "二期读完了第六章。"
    project.groups[0].people = [Person(name="金润森", company="云帐房", github="gasxia")]
    project.next_phase.text = "三期读第七章。"
    return project


def _h2(project: Project) -> list[str]:
    return [h.text() for h in article_tree(project).iter("h2")]


def _slot(project: Project, key: str) -> SectionSlot:
    return next(slot for slot in project.order if slot.key == key)


def test_an_empty_project_composes_to_nothing() -> None:
    assert compose(Project()) == ""
    assert [b.key for b in compose_blocks(Project())] == [HEAD_KEY]


def test_title_only() -> None:
    project = Project()
    project.article.title = "一期总结"
    assert compose(project) == "# 一期总结\n"


def test_sections_follow_the_users_order_with_chinese_numbers() -> None:
    assert _h2(_project()) == ["一、活动背景", "二、致谢", "三、个人表彰", "四、下期预告"]


def test_arabic_and_no_numbering() -> None:
    project = _project()
    project.article.numbering = Numbering.ARABIC
    assert _h2(project) == ["1. 活动背景", "2. 致谢", "3. 个人表彰", "4. 下期预告"]
    project.article.numbering = Numbering.NONE
    assert _h2(project) == ["活动背景", "致谢", "个人表彰", "下期预告"]


def test_own_heading_replaces_the_default() -> None:
    project = _project()
    project.groups[0].heading = "优秀学员表彰"
    assert _h2(project)[2] == "三、优秀学员表彰"


def test_section_without_heading_continues_the_one_before_unnumbered() -> None:
    project = _project()
    project.groups[0].show_heading = False
    assert _h2(project) == ["一、活动背景", "二、致谢", "三、下期预告"]
    # the table now sits in the 致谢 section, right after its text
    top = [element.tag for element in article_tree(project).elements()]
    assert top == ["h1", "h2", "p", "h2", "p", "table", "h2", "p"]


def test_hidden_sections_are_left_out_entirely() -> None:
    project = _project()
    _slot(project, "background").visible = False
    _slot(project, free_key("thanks")).visible = False
    assert _h2(project) == ["一、个人表彰", "二、下期预告"]
    text = article_tree(project).text()
    assert "第六章" not in text
    assert "每一位" not in text
    assert [b.key for b in compose_blocks(project)] == [HEAD_KEY, "group:honorees", "next_phase"]


def test_empty_sections_produce_nothing() -> None:
    project = Project()
    project.next_phase.time = "2021年1月"
    project.testimonials.intro = "他们这样说："  # nor is an intro without testimonials
    project.groups[0].award = "本期的**源码之星**："  # nor an award line without honorees
    assert _h2(project) == ["一、下期预告"]
    assert "源码之星" not in compose(project)


def test_english_article_uses_english_words() -> None:
    project = _project()
    project.article.language = Language.EN
    project.background.numbers = [
        Number(label="Participants", value=96),
        Number(label="Notes", unit="notes"),
    ]
    project.groups[0].award = "Here are this phase's **Source Code Stars**:"
    tree = article_tree(project)
    assert [h.text() for h in tree.iter("h2")] == [
        "一、Background",
        "二、致谢",
        "三、Honorees",
        "四、What's next",
    ]
    assert [th.text() for th in tree.iter("th")] == ["No.", "Name", "Company", "Position", "GitHub"]
    items = [li.text() for li in tree.iter("li")]
    assert "Participants: 96" in items
    assert "Notes: [TBD] notes" in items
    assert "Here are this phase's Source Code Stars:" in tree.text()


def test_byline_outline_toc_and_lead_come_before_the_first_section() -> None:
    project = _project()
    project.article.byline = "厉辉 / 云原生社区"
    project.article.outline = ["背景", " ", "表彰"]
    project.article.toc = True
    project.article.lead = "先说结论。"
    markdown = compose(project)
    head = markdown[: markdown.index("## ")]
    assert head == (
        "# 二期总结\n\n厉辉 / 云原生社区\n\n大纲\n\n-   背景\n-   表彰\n\n[toc]\n\n先说结论。\n\n"
    )


def test_numbers_known_and_placeholder() -> None:
    project = Project()
    project.background.numbers = [
        Number(label="参与同学", value=96, unit="位"),
        Number(label="读书笔记", unit="篇"),
        Number(label="平均分", value=4.5, unit="分"),
        Number(label="整数的浮点", value=96.0, unit="位"),
        Number(),  # neither label nor value: nothing to show
    ]
    items = [li.text() for li in article_tree(project).iter("li")]
    assert items == [
        "参与同学：96位",
        "读书笔记：〔待补充〕篇",
        "平均分：4.5分",
        "整数的浮点：96位",
    ]
    assert "本期数据：" in article_tree(project).text()


def test_numbers_are_shown_exactly() -> None:
    words = WORDS[Language.ZH]
    for value, shown in [
        (12345.67, "12345.67"),
        (1234567, "1234567"),
        (1234567.5, "1234567.5"),
        (0.125, "0.125"),
        (1e20, "100000000000000000000"),
    ]:
        markdown = format_number(Number(label="经费", value=value), words)
        assert parse_html(render_fragment(markdown)).text() == f"经费：{shown}"


def test_unsafe_link_is_text_not_a_link() -> None:
    project = Project()
    project.background.links = [
        Link(label="点我", url="javascript:alert(1)"),
        Link(label="活动的发起", url="https://mp.weixin.qq.com/s/abc"),
        Link(url="www.example.com"),
        Link(),
    ]
    tree = article_tree(project)
    assert [(a.text(), a.attrs.get("href")) for a in tree.iter("a")] == [
        ("活动的发起", "https://mp.weixin.qq.com/s/abc")
    ]
    assert [li.text() for li in tree.iter("li")] == [
        "点我 javascript:alert(1)",
        "活动的发起",
        "www.example.com",
    ]


def test_a_group_with_only_an_introduction_shows_it() -> None:
    """As schema 1's honorees did (its committee showed nothing without members: a migrated
    committee like that is hidden in the order, see store/migrations/schema1.py)."""
    project = _project()
    project.groups[1].people = []
    project.groups[1].intro = "感谢组委会："
    assert "、组委会\n\n感谢组委会：\n" in compose(project)


def test_the_award_line_links_only_to_a_safe_url() -> None:
    project = _project()
    award = "下面是本期评出的**[Kubernetes源码之星](%s)**："
    project.groups[0].award = award % "https://github.com/cloudnativeto"
    strong = [s for s in article_tree(project).iter("strong") if "源码之星" in s.text()]
    assert [a.attrs.get("href") for a in strong[0].iter("a")] == [
        "https://github.com/cloudnativeto"
    ]
    project.groups[0].award = award % "javascript:alert(1)"
    strong = [s for s in article_tree(project).iter("strong") if "源码之星" in s.text()]
    assert strong[0].text() == "Kubernetes源码之星"
    assert [a.attrs.get("href") for a in strong[0].iter("a")] in ([], [None])  # no link


def test_next_phase_time_and_how_to_join() -> None:
    project = Project()
    project.next_phase.text = "二期读第六章。"
    project.next_phase.time = "2020年11月"
    project.next_phase.how_to_join = "扫码入群。"
    project.next_phase.links = [Link(label="报名", url="https://github.com/cloudnativeto")]
    paragraphs = [normalize(p.text()) for p in article_tree(project).elements("p")]
    assert paragraphs == ["二期读第六章。", "时间：2020年11月", "参与方式", "扫码入群。"]


def test_blocks_name_their_sections_and_join_to_the_article() -> None:
    project = example_project()
    blocks = compose_blocks(project)
    assert [b.key for b in blocks] == [
        HEAD_KEY,
        "background",
        "group:honorees",
        "testimonials",
        "group:committee",
        "photos",  # the example's group photo
    ]
    assert compose(project) == "\n\n".join(b.markdown for b in blocks) + "\n"
    assert blocks[3].markdown.startswith("我们也随机抽取")  # no heading of its own


def test_compose_is_deterministic() -> None:
    assert compose(example_project()) == compose(example_project())


def test_background_follows_the_form_text_then_links_then_numbers() -> None:
    project = _project()
    project.background.links = [Link(label="仓库", url="https://github.com/k8s-study/phase1")]
    project.background.numbers = [Number(label="参与人数", value=96)]
    text = compose(project)
    assert text.index("二期读完了第六章。") < text.index("[仓库]") < text.index("参与人数")
