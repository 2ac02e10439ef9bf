"""Hand-written recaps -> projects: what becomes structured, in each reference article and in
each testimonial shape; what cannot is kept as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk import model
from recapdesk.compose import compose
from recapdesk.importers.markdown_html import html_to_markdown
from recapdesk.importers.markdown_recap import MarkdownImport, import_markdown
from recapdesk.model import GroupColumn, Language, Numbering, SignatureDash
from recapdesk.render import render_fragment
from tests.support import parse_html

DATA = Path(__file__).parent / "data"


def _import(name: str) -> MarkdownImport:
    return import_markdown((DATA / name).read_text(encoding="utf-8"))


# -- the seed draft -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> MarkdownImport:
    return _import("seed-draft.md")


def test_seed_head(seed: MarkdownImport) -> None:
    article = seed.project.article
    assert article.title == "kubernetes源码研习社 一期活动总结"
    assert article.outline == ["一期背景", "优秀学员表彰", "一篇优秀总结笔记？", "二期预告"]
    assert article.toc
    assert article.lead.startswith("看到这个题目不知道您是不是想问")
    assert article.lead.endswith("后文附参与方式。")
    assert article.numbering is Numbering.CHINESE
    assert article.language is Language.ZH
    assert article.front_matter == ""


def test_seed_honorees_are_its_table_rows_placeholders_kept(seed: MarkdownImport) -> None:
    honorees = seed.project.groups[0]
    assert honorees.heading == "个人表彰和感言"
    assert honorees.columns == [
        GroupColumn.INDEX,
        GroupColumn.NAME,
        GroupColumn.AFFILIATION,
        GroupColumn.GITHUB,
    ]
    assert honorees.headers == ["", "", "", "Github"]  # the seed's own spelling is kept
    assert [(p.name, p.company, p.title, p.github) for p in honorees.people] == [
        ("金润森", "云帐房", "容器开发工程师", ""),
        ("", "", "", ""),
        ("", "", "", ""),
        ("", "", "", ""),
    ]
    assert honorees.intro.endswith(
        "下面是本期评出的**Kubernetes源码之星**：（显示git号不显示公司姓名）"
    )


def test_seed_yields_its_11_testimonial_people(seed: MarkdownImport) -> None:
    testimonials = seed.project.testimonials
    assert not testimonials.show_heading  # it continues the honorees' section, as in the seed
    assert testimonials.style is model.TestimonialStyle.LIST
    assert testimonials.display is model.TestimonialDisplay.NAME_COMPANY_COHORT
    assert "有删减和提取" in testimonials.intro
    people = [(p.name.strip(), p.company, p.cohort, p.role) for p in testimonials.people]
    assert people == [
        ("金润森", "", "", ""),
        ("王冬", "", "", ""),
        ("姚沈结", "爱立信", "研习一期", ""),
        ("梁豪", "中信银行", "研习一期", ""),
        ("王城", "中电健康云", "研习一期", ""),
        ("吴垂优", "KLOOK", "源码一期", ""),
        ("孙东民", "外研在线", "研习一期", ""),
        ("刘淑娟", "爱立信", "研习一期", ""),
        ("赵卫国", "Lenovo", "一期", "学习委员"),
        ("王文虎", "中通-上海", "一期", "学习委员"),
        ("华诺科技", "刘天祥", "研习一期", ""),  # the seed's own slip, company first
    ]
    bodies = [p.body for p in testimonials.people]
    assert bodies[:2] == ["", ""]
    assert bodies[6].startswith("最近一个月, 非常荣幸参与了源码研习社一期的活动.")
    assert "1.  先把本周作业设计到的章节通读一遍" in bodies[6]
    assert not any(line.startswith("    ") for line in bodies[6].split("\n"))


def test_seed_background_and_the_empty_next_phase(seed: MarkdownImport) -> None:
    project = seed.project
    assert project.background.heading == ""  # the default heading, 活动背景
    assert "[源码研习社Github](https://github.com/cloudnativeto/sig-k8s-source-code)" in (
        project.background.text
    )
    # The seed ends in an empty "三、二期活动预告"; the composer leaves empty sections out, so
    # the heading is kept as written.
    assert [s.body for s in project.free_sections] == ["## 三、二期活动预告"]
    assert [slot.key for slot in project.order][:4] == [
        "background",
        "group:honorees",
        "testimonials",
        "free:section-1",
    ]


def test_seed_report(seed: MarkdownImport) -> None:
    report = seed.report
    # One honoree named; the three placeholder rows are no people yet.
    assert (
        str(report.summary()) == "1 recognition group (1 person), 11 testimonials, 1 free section"
    )
    details = "\n".join(str(line) for line in report.details())
    assert "96位, 379人, xx篇, xx篇, xx篇" in details
    assert "3 of them not known yet" in details
    assert not report.fallback


# -- the other reference articles --------------------------------------------------------------


def test_k8s_draft() -> None:
    result = _import("k8s-src-phase1-draft-6132fea.md")
    project = result.project
    assert project.article.title == "Kubernetes源码研习社一期总结 不忘初心 初稿"
    assert project.article.byline == "kubernetes源码研习社 王冬 金润森"
    assert project.article.toc
    assert project.background.heading == "初衷"
    assert [p.name for p in project.groups[0].people] == ["金润森", "王冬", "", ""]
    assert project.groups[0].outro.startswith("以上同学有的是")
    assert [(m.name, m.role, m.github) for m in project.groups[1].people] == [
        ("厉辉", "社长", "Miss-you"),
        ("赵卫国", "学习委员", "zhaoweiguo"),
        ("金润森", "学习委员", "gasxia"),
        ("王文虎", "学习委员", "wenhuwang"),
    ]
    testimonials = project.testimonials
    assert testimonials.heading == "不足"
    assert testimonials.display is model.TestimonialDisplay.GITHUB
    assert [p.github for p in testimonials.people][:3] == ["Luffy110", "lianghao208", "cdtft"]
    assert len(testimonials.people) == 13
    assert project.next_phase.heading == "未来"
    assert project.next_phase.text.startswith("二期活动即将开始")
    # "……" and the closing words after the testimonials continue their section.
    assert [s.heading for s in project.free_sections] == [""]
    assert project.free_sections[0].body.startswith("...\n\n篇幅有限")
    summary = "2 recognition groups (6 people), 13 testimonials, 1 free section"
    assert str(result.report.summary()) == summary


def test_coscon2019_quotes_with_bold_attribution_lines() -> None:
    result = _import("kaiyuanshe-coscon2019-summary.md")
    project = result.project
    assert project.article.front_matter.startswith("---\ntitle: COSCon'19 精彩收官、无问西东!")
    assert project.article.front_matter.endswith("\n---")
    testimonials = project.testimonials
    assert testimonials.heading == "大咖嘉宾的引言 | Quotes from our VIP speakers"
    assert testimonials.style is model.TestimonialStyle.QUOTE
    assert testimonials.intro == "让我们听听业界大佬们对于本次大会的评价。"
    assert [p.name for p in testimonials.people] == [
        "GNOME 基金会的 Executive Director Neil McGovern 表示：",
        "GitHub 的副总裁 Thomas Dohmke 发来感谢信：",
        "Linux Foundation Asia Pacific 的 Keith Chan 表示：",
        "Apache Software Foundation 社区发展副总裁 Sharan Foga 表示：",
        "CSDN 创始人蒋涛表示：",
    ]
    assert testimonials.people[3].body.count("\n\n") == 2  # three paragraphs
    assert project.next_phase.heading == "COSCon'20 预告"
    # The reference links of the article are made inline, so each section stands alone.
    assert "[1]:" not in compose(project)
    summary = "0 recognition groups (0 people), 5 testimonials, 3 free sections"
    assert str(result.report.summary()) == summary


def test_coscon2018_front_matter_and_free_sections() -> None:
    result = _import("kaiyuanshe-coscon2018-summary.md")
    project = result.project
    assert project.article.front_matter.startswith("---\ntitle: 回顾 | COSCon 桥接东西")
    # Quotes set apart by rules, signed "--" before a Latin name and "——" before a Chinese
    # one: testimonials written back the same way.
    testimonials = project.testimonials
    assert testimonials.heading == "业界大佬的评价"
    assert (testimonials.style, testimonials.rules) == (model.TestimonialStyle.SIGNED, True)
    assert testimonials.signature_dash is SignatureDash.BY_SCRIPT
    assert [p.name for p in testimonials.people][:2] == [
        "Nat Friedman, CEO, GitHub",
        "CSDN 创始人 蒋涛",
    ]
    assert len(testimonials.people) == 8
    markdown = compose(project)
    assert "> -- Nat Friedman, CEO, GitHub\n\n---\n\n> 开源年会" in markdown
    assert "> —— CSDN 创始人 蒋涛\n\n---\n\n" in markdown
    assert [s.heading for s in project.free_sections] == [
        "会场实况",
        "",
        "大会细节回放",
        "大会热点回顾",
    ]
    assert project.free_sections[1].body == "---"  # the rule after the last quote
    assert "业界大佬的评价" in str(result.report.details())


def test_asyncapi_english_with_whats_next() -> None:
    project = _import("asyncapi-mentorship-2023-summary.md").project
    assert project.article.language is Language.EN
    assert project.article.numbering is Numbering.NONE
    assert project.next_phase.heading == "What's Next?"
    assert project.next_phase.text.startswith("Firstly, we'd like to thank everyone")
    assert [s.heading for s in project.free_sections] == [
        "In The Beginning",
        "Common Applicant Mistakes",
        "The Results",
        "How To Connect With Us",
    ]


def test_servicemesher_talks_stay_in_the_lead() -> None:
    project = _import("servicemesher-meetup-chengdu-20191028.md").project
    assert project.article.front_matter.startswith(
        '---\ntitle: "第七届Service Mesh Meetup成都站回顾"'
    )
    assert project.article.lead.count("\n### ") == 4
    assert [s.heading for s in project.free_sections] == ["幻灯片下载及直播视频回放地址", "致谢"]


def test_envoy_title() -> None:
    project = _import("cloudnative-envoy-translators-honorees.md").project
    assert project.article.title == "Envoy 中文翻译成员及优秀人员"


# -- the five testimonial shapes ---------------------------------------------------------------


def _testimonials(body: str) -> MarkdownImport:
    return import_markdown(f"# 一期总结\n\n## 学员感言\n\n{body}\n")


def _same_text(text: str, result: MarkdownImport) -> None:
    original = parse_html(render_fragment(text)).text().split()
    imported = parse_html(render_fragment(compose(result.project))).text().split()
    assert imported == original


def test_shape_bullet_per_person_with_indented_body() -> None:
    body = (
        "-   张三-云帐房-研习一期\n\n    收获很大。\n\n-   李四\n\n    1.  先读书\n    2.  再读码"
    )
    result = _testimonials(body)
    people = result.project.testimonials.people
    assert [(p.name, p.company, p.cohort, p.body) for p in people] == [
        ("张三", "云帐房", "研习一期", "收获很大。"),
        ("李四", "", "", "1.  先读书\n2.  再读码"),
    ]
    assert result.project.testimonials.style is model.TestimonialStyle.LIST


def test_shape_bold_attribution_line_then_blockquote() -> None:
    body = "**张三**表示：\n\n> 收获很大。\n>\n> 第二段。\n\n**李四**说：\n\n> 很好。"
    result = _testimonials(body)
    testimonials = result.project.testimonials
    assert testimonials.style is model.TestimonialStyle.QUOTE
    assert [(p.name, p.body) for p in testimonials.people] == [
        ("张三表示：", "收获很大。\n\n第二段。"),
        ("李四说：", "很好。"),
    ]
    assert "> 收获很大。\n>\n> 第二段。" in compose(result.project)


def test_shape_blockquote_ending_in_a_signature() -> None:
    body = (
        "> It was great.\n>\n> -- Nat Friedman, CEO, GitHub\n\n"
        "> 收获很大。\n>\n> -- 蒋涛, CSDN 创始人"
    )
    result = _testimonials(body)
    testimonials = result.project.testimonials
    assert testimonials.style is model.TestimonialStyle.SIGNED
    assert [(p.name, p.body) for p in testimonials.people] == [
        ("Nat Friedman, CEO, GitHub", "It was great."),
        ("蒋涛, CSDN 创始人", "收获很大。"),
    ]
    _same_text(f"# 一期总结\n\n## 学员感言\n\n{body}\n", result)


def test_shape_anonymous_consecutive_blockquotes() -> None:
    body = "> 收获很大。\n\n> 希望二期继续。\n\n> 建议多分享。"
    result = _testimonials(body)
    testimonials = result.project.testimonials
    assert testimonials.style is model.TestimonialStyle.QUOTE
    assert [(p.name, p.body) for p in testimonials.people] == [
        ("", "收获很大。"),
        ("", "希望二期继续。"),
        ("", "建议多分享。"),
    ]
    assert "匿名" not in compose(result.project)


def test_shape_heading_per_person() -> None:
    body = "### 张三-云帐房\n\n收获很大。\n\n### 李四\n\n很好。\n\n- 一\n- 二"
    result = _testimonials(body)
    testimonials = result.project.testimonials
    assert testimonials.style is model.TestimonialStyle.HEADING
    assert [(p.name, p.company, p.body) for p in testimonials.people] == [
        ("张三", "云帐房", "收获很大。"),
        ("李四", "", "很好。\n\n- 一\n- 二"),
    ]


def test_a_list_without_testimonial_words_stays_text() -> None:
    result = import_markdown("# 总结\n\n## 致谢\n\n-   联合主办方\n\n    蚂蚁金服\n")
    assert result.project.testimonials.people == []
    assert result.project.free_sections[0].heading == "致谢"


# -- tables, numbers, next phase ---------------------------------------------------------------


def test_two_column_honoree_table_and_an_award_line() -> None:
    text = (
        "# 一期总结\n\n## 优秀学员\n\n下面是本期评出的**源码之星**：\n\n"
        "| 姓名 | GitHub |\n| --- | --- |\n| 张三 | [zhangsan](https://github.com/zhangsan) |\n"
        "| 张三 | zhangsan |\n|  |  |\n"
    )
    project = import_markdown(text).project
    honorees = project.groups[0]
    assert honorees.award == "下面是本期评出的**源码之星**："
    assert honorees.columns == [GroupColumn.NAME, GroupColumn.GITHUB]
    # duplicate and placeholder rows are kept as they are
    assert [(p.name, p.github) for p in honorees.people] == [
        ("张三", "zhangsan"),
        ("张三", "zhangsan"),
        ("", ""),
    ]


def test_a_table_with_a_link_in_a_name_cell_stays_text() -> None:
    text = (
        "# 总结\n\n## 表彰\n\n| 姓名 | GitHub |\n| --- | --- |\n"
        "| [张三](https://a.example) | zs |\n"
    )
    project = import_markdown(text).project
    assert project.groups == []  # no group, not even an empty one
    assert "[张三](https://a.example)" in project.free_sections[0].body


def test_numbers_and_links_in_the_composers_own_form() -> None:
    text = (
        "# 总结\n\n## 活动背景\n\n读完了第五章。\n\n- [仓库](https://github.com/x)\n\n本期数据：\n\n"
        "- 参与同学：96位\n- 读书笔记：〔待补充〕篇\n- 平均分：4.5分\n\n"
        "## 下期预告\n\n三期读第七章。\n\n**时间**：2021年1月\n\n**参与方式**\n\n扫码入群。\n\n"
        "- [报名](https://example.com/join)\n"
    )
    result = import_markdown(text)
    background = result.project.background
    assert [(link.label, link.url) for link in background.links] == [
        ("仓库", "https://github.com/x")
    ]
    assert background.text == "读完了第五章。"
    assert [(n.label, n.value, n.unit) for n in background.numbers] == [
        ("参与同学", 96, "位"),
        ("读书笔记", None, "篇"),
        ("平均分", 4.5, "分"),
    ]
    next_phase = result.project.next_phase
    assert (next_phase.text, next_phase.time, next_phase.how_to_join) == (
        "三期读第七章。",
        "2021年1月",
        "扫码入群。",
    )
    assert [link.label for link in next_phase.links] == ["报名"]
    assert result.report.numbers == 3


# -- nothing is lost ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "just a line",
        "## 一、背景\n\n## 二、\n\n正文\n",
        "# T\n\n```\n## not a heading\n```\n\n## 一、a\n\nx\n",
        "## **粗体标题**\n\n正文\n\n## 二、下期预告\n",
        "---\ntitle: x\n---\n# T\n\n> a\n\n> b\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n<center>x</center>\n",
    ],
)
def test_odd_articles_import_without_loss(text: str) -> None:
    result = import_markdown(text)
    # Raw HTML reads as the Markdown it stands for: "<center>x</center>" is "x".
    original = parse_html(render_fragment(html_to_markdown(text).text)).text().split()
    imported = parse_html(render_fragment(compose(result.project))).text().split()
    assert imported == original


def test_an_article_without_honorees_or_committee_has_only_its_own_groups() -> None:
    """The Recognition tab lists the groups the article has, not a new project's empty
    honorees and committee."""
    text = (
        "# 年度总结\n\n## 活动背景\n\n今年办了十场活动。\n\n## 讲师\n\n"
        "| 姓名 | GitHub |\n| :--: | :--: |\n| 张三 | [zhangsan](https://github.com/zhangsan) |\n"
    )
    result = import_markdown(text)
    project = result.project
    assert [group.heading for group in project.groups] == ["讲师"]
    groups = [s.key for s in project.order if s.key.startswith("group:")]
    assert groups == [f"group:{project.groups[0].id}"]
    assert compose(project) == text
    assert (result.report.honorees, result.report.committee) == (1, 0)  # no committee: 0


def test_real_articles_import_without_empty_default_groups() -> None:
    assert _import("kaiyuanshe-coscon2019-summary.md").project.groups == []
    envoy = _import("cloudnative-envoy-translators-honorees.md").project
    assert [(g.heading, len(g.people)) for g in envoy.groups] == [("Envoy 翻译负责人", 4)]
    seed_groups = _import("seed-draft.md").project.groups
    assert [g.id for g in seed_groups] == ["honorees"]  # the seed has no committee table


def test_a_new_project_keeps_the_honorees_and_the_committee() -> None:
    assert [group.id for group in model.Project().groups] == ["honorees", "committee"]


def test_quotes_signed_with_the_chinese_dash_are_testimonials() -> None:
    text = (
        "# 大会回顾\n\n## 嘉宾评价\n\n> 办得很好。\n>\n> —— 张三，某公司 CTO\n\n"
        "> 明年还来。\n>\n> —— 李四\n"
    )
    result = import_markdown(text)
    testimonials = result.project.testimonials
    assert [p.name for p in testimonials.people] == ["张三，某公司 CTO", "李四"]
    assert testimonials.signature_dash is SignatureDash.CHINESE
    assert not testimonials.rules
    assert compose(result.project) == text


def test_a_single_em_dash_signature_stays_as_written() -> None:
    """The composer writes "--" or "——", never one "—": such quotes stay text."""
    text = "# 回顾\n\n## 嘉宾评价\n\n> 办得很好。\n>\n> — 张三\n\n> 明年还来。\n>\n> — 李四\n"
    project = import_markdown(text).project
    assert project.testimonials.people == []
    assert "> — 张三" in compose(project)
