"""Recognition groups from hand-written recaps: each shape alone, then the crafted and real
articles of data/ (their sources: data/SOURCES.txt). What the composer cannot write back the
same way stays free text; test_fidelity.py checks every article of data/ reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk.compose import compose
from recapdesk.importers.markdown_recap import MarkdownImport, import_markdown
from recapdesk.model import GroupColumn, GroupLayout, Project, RecognitionGroup
from recapdesk.render import render_fragment
from tests.support import parse_html

DATA = Path(__file__).parent / "data"


def _import(name: str) -> MarkdownImport:
    return import_markdown((DATA / name).read_text(encoding="utf-8"))


def _groups(project: Project) -> list[RecognitionGroup]:
    """The groups with people, in article order."""
    by_key = {f"group:{group.id}": group for group in project.groups}
    found = [by_key[slot.key] for slot in project.order if slot.key in by_key]
    return [group for group in found if any(not person.is_empty() for person in group.people)]


def _names(group: RecognitionGroup) -> list[str]:
    return [person.name or person.github for person in group.people]


def _reads_as(text: str, project: Project) -> None:
    original = parse_html(render_fragment(text)).text().split()
    assert parse_html(render_fragment(compose(project))).text().split() == original


# -- each shape ---------------------------------------------------------------------------------


def test_a_name_list_under_a_heading_is_a_list_group() -> None:
    text = "# 总结\n\n## 讲师\n\n- 周九\n- 吴十\n"
    result = import_markdown(text)
    (group,) = _groups(result.project)
    assert (group.heading, group.layout, group.columns) == (
        "讲师",
        GroupLayout.LIST,
        [GroupColumn.NAME],
    )
    assert _names(group) == ["周九", "吴十"]
    assert not result.project.free_sections
    _reads_as(text, result.project)


def test_github_links_and_reasons_in_a_name_list_are_columns() -> None:
    text = (
        "# 总结\n\n## 致谢\n\n"
        "- 王五 ([wangwu](https://github.com/wangwu)) — 修复了构建\n"
        "- [zhaoliu](https://github.com/zhaoliu)\n"
    )
    (group,) = _groups(import_markdown(text).project)
    assert group.columns == [GroupColumn.NAME, GroupColumn.GITHUB, GroupColumn.CITATION]
    assert [(p.name, p.github, p.citation) for p in group.people] == [
        ("王五", "wangwu", "修复了构建"),
        ("", "zhaoliu", ""),
    ]


def test_a_list_of_phrases_is_not_people() -> None:
    # A heading that speaks of people, but items that are sentences: text, as written.
    text = (
        "# 总结\n\n## 获奖感想\n\n- 和世界保持同步，引进成功的经验\n- 尝试探索孵化本土优秀项目。\n"
    )
    result = import_markdown(text)
    assert not _groups(result.project)
    assert result.project.free_sections[0].body.startswith("- 和世界保持同步")


def test_a_list_without_a_word_for_people_stays_text() -> None:
    result = import_markdown("# 总结\n\n## 日程\n\n- 签到\n- 茶歇\n")
    assert not _groups(result.project)
    assert "stayed free text: “日程”" in [str(line) for line in result.report.details()]


def test_a_people_table_of_any_heading_is_a_table_group_with_its_award_line() -> None:
    text = (
        "# 总结\n\n## 讲师\n\n本期讲师如下：\n\n"
        "| **编号** | **姓名** | **贡献** |\n| --- | --- | --- |\n"
        "| 1 | 周九 | 第三章 |\n| 2 | 吴十 | 第五章 |\n"
    )
    result = import_markdown(text)
    (group,) = _groups(result.project)
    assert group.layout is GroupLayout.TABLE
    assert group.columns == [GroupColumn.INDEX, GroupColumn.NAME, GroupColumn.CONTRIBUTION]
    assert group.award == "本期讲师如下："
    assert [(p.name, p.contribution) for p in group.people] == [
        ("周九", "第三章"),
        ("吴十", "第五章"),
    ]
    # Bold header cells read as their words ("**编号**" is 编号, its own word for 序号).
    assert group.headers == ["编号", "", ""]
    _reads_as(text, result.project)


def test_a_table_with_a_column_of_no_field_stays_text() -> None:
    text = "# 总结\n\n## 获奖\n\n| 姓名 | 爱好 |\n| --- | --- |\n| 周九 | 跑步 |\n"
    result = import_markdown(text)
    assert not _groups(result.project)
    assert "| 周九 | 跑步 |" in result.project.free_sections[0].body


def test_a_citation_list_keeps_its_line_breaks() -> None:
    text = (
        "# 总结\n\n## 颁奖词\n\n"
        "**王玥敏**  \n在开源社服务四年有余。  \n今年担任媒体组组长。\n\n"
        "**丁文昊**  \n对文书工作认真负责。\n"
    )
    result = import_markdown(text)
    (group,) = _groups(result.project)
    assert group.layout is GroupLayout.CITATIONS
    assert [(p.name, p.citation) for p in group.people] == [
        ("王玥敏", "在开源社服务四年有余。\n今年担任媒体组组长。"),
        ("丁文昊", "对文书工作认真负责。"),
    ]
    assert compose(result.project).count("  \n") == 3  # the hard breaks, as written
    _reads_as(text, result.project)


def test_a_bold_line_with_a_soft_break_is_not_a_citation() -> None:
    # Without the two spaces the lines run on as one: a citation list would break them.
    text = "# 总结\n\n## 颁奖词\n\n**王玥敏**\n服务四年。\n\n**丁文昊**\n认真负责。\n"
    result = import_markdown(text)
    assert not _groups(result.project)


def test_an_html_hall_of_fame_is_a_name_wall_with_photos() -> None:
    result = _import("undate-python-all-contributors.md")
    (group,) = _groups(result.project)
    assert group.layout is GroupLayout.WALL
    assert group.columns == [GroupColumn.PHOTO, GroupColumn.NAME, GroupColumn.GITHUB]
    assert group.wall_columns == 5
    assert _names(group) == [
        "Cole Crawford",
        "Rebecca Sutton Koeser",
        "Robert Casties",
        "Julia Damerow",
        "Malte Vogl",
    ]
    people = group.people
    assert people[0].github == "ColeDCrawford"
    assert people[1].github == ""  # her link is her website, not a GitHub profile
    assert people[0].photo == "https://avatars.githubusercontent.com/u/16374762?v=4?s=100"
    details = [str(line) for line in result.report.details()]
    # The contribution badges have no place in a wall: the summary says they were left out.
    assert (
        "HTML written as Markdown: HTML hall of fame (5 avatars; left out: ⚠️ 👀 💻 📋 📖 📝 🔣)"
        in (details)
    )
    # Never escaped markup: no tag of the HTML is left in the article.
    assert "<td" not in compose(result.project)


def test_several_groups_in_one_section_each_named_by_its_heading() -> None:
    result = _import("crafted-awards-tables.md")
    groups = _groups(result.project)
    assert [g.heading for g in groups] == ["一等奖", "二等奖", "三等奖", "优秀组织奖"]
    assert [g.layout for g in groups] == [GroupLayout.TABLE] * 4
    assert [_names(g) for g in groups] == [
        ["金润森", "王冬"],
        ["姚沈结", "梁豪"],
        ["王城", "吴垂优"],
        ["孙东民", "刘淑娟"],
    ]
    assert groups[2].columns == [GroupColumn.INDEX, GroupColumn.NAME, GroupColumn.COMPANY]
    assert groups[3].people[0].github == "sundongmin"
    assert groups[1].award == "获奖者如下："


def test_the_awards_article_with_four_tables_yields_four_groups() -> None:
    result = _import("crafted-awards-tables.md")
    assert len(_groups(result.project)) == 4
    assert str(result.report.summary()).startswith("4 recognition groups (8 people)")
    article = result.project.article
    assert (article.title, article.title_level) == ("2023 年度开源贡献奖获奖名单", 2)
    assert compose(result.project).startswith("## 2023 年度开源贡献奖获奖名单\n")


def test_a_yearly_summary_with_five_name_lists_yields_five_groups() -> None:
    result = _import("crafted-yearly-summary.md")
    groups = _groups(result.project)
    lists = [g for g in groups if g.layout is GroupLayout.LIST]
    assert len(lists) == 5
    assert [_names(g) for g in lists] == [
        ["王玥敏", "丁文昊"],
        ["王五", "赵六"],
        ["helight", "addozhang"],
        ["钱七", "孙八"],
        ["周九", "吴十"],
    ]
    assert [g.heading for g in lists] == [
        "年度贡献者",
        "优秀布道师",
        "翻译贡献者",
        "志愿者",
        "讲师",
    ]
    assert lists[3].award == "下面是本年度的志愿者名单："
    (citations,) = [g for g in groups if g.layout is GroupLayout.CITATIONS]
    assert _names(citations) == ["王玥敏", "丁文昊"]


def test_quoted_feedback_becomes_testimonials() -> None:
    testimonials = _import("crafted-yearly-summary.md").project.testimonials
    assert testimonials.heading == "大家的反馈"
    assert [(p.name, p.body) for p in testimonials.people] == [
        ("张三, 云帐房", "组织得很好，收获很大。"),
        ("李四, 爱立信", "希望明年还能参加。"),
    ]


def test_the_summary_names_what_became_structure_and_what_stayed_text() -> None:
    report = _import("crafted-yearly-summary.md").report
    details = [str(line) for line in report.details()]
    assert (
        str(report.summary()) == "6 recognition groups (12 people), 2 testimonials, 0 free sections"
    )
    assert "recognition group “志愿者” (list, 2 people, with its award line)" in details
    assert "recognition group “颁奖词” (citation list, 2 people)" in details
    assert "became structure: 学员感言 “大家的反馈”, 下期预告 “明年计划”" in details
    assert "stayed free text: (the text before the first heading)" in details


# -- real pages ---------------------------------------------------------------------------------


def test_a_team_page_of_avatar_rows_and_name_rows_is_two_name_walls() -> None:
    result = _import("shardingsphere-team-cn.md")
    groups = _groups(result.project)
    assert [len(g.people) for g in groups] == [9, 7]
    assert [g.layout for g in groups] == [GroupLayout.WALL] * 2
    assert _names(groups[0])[:3] == ["张亮 (Chair)", "潘娟", "Craig L Russell"]
    assert groups[0].people[0].github == "terrymanu"
    assert groups[1].heading == "Committers"
    # The TOML front matter gives the title; the first ## stays a section.
    assert result.project.article.title == "团队"
    assert result.project.article.title_level == 1


def test_name_lists_linking_at_ids_stay_free_text() -> None:
    # recapdesk writes a profile link as "id", these say "@id": kept as they were.
    result = _import("small-text-contributors.md")
    assert not _groups(result.project)
    assert [s.heading for s in result.project.free_sections] == [
        "List of Contributors",
        "Acknowledgments",
    ]


def test_the_envoy_leads_table_is_a_group_and_two_per_row_tables_stay_text() -> None:
    result = _import("cloudnative-envoy-translators-honorees.md")
    (group,) = _groups(result.project)
    assert group.heading == "Envoy 翻译负责人"
    assert group.columns == [GroupColumn.NAME, GroupColumn.GITHUB, GroupColumn.ROLE]
    assert (group.people[0].name, group.people[0].github, group.people[0].role) == (
        "徐振文",
        "helight",
        "整体质量把控",
    )
    assert [s.heading for s in result.project.free_sections] == [
        "参与翻译人员",
        "优秀翻译及 Review 人员",
    ]


@pytest.mark.parametrize(
    ("name", "groups"),
    [
        ("seed-draft.md", 1),
        ("k8s-src-phase1-draft-6132fea.md", 2),
        ("asyncapi-mentorship-2023-summary.md", 0),
        ("kaiyuanshe-coscon2018-summary.md", 0),
        ("wechaty-summer-2020-awards.md", 0),
    ],
)
def test_group_counts_of_the_other_articles(name: str, groups: int) -> None:
    assert len(_groups(_import(name).project)) == groups


def test_a_plan_in_a_heading_is_not_the_next_phase() -> None:
    # "供应链点亮计划" names a program, not what comes next: the section stays free text.
    result = _import("wechaty-summer-2020-awards.md")
    assert [s.heading for s in result.project.free_sections] == [
        "附：Wechaty 开源软件供应链点亮计划暑期 2020 招募书"
    ]
    assert result.project.article.title.startswith("开源软件供应链点亮计划暑期 2020 公布结果")
    assert [n.value for n in result.project.background.numbers] == [3, 42, 388, 3, 151]


def test_award_groups_under_one_section_have_their_own_headings() -> None:
    """Each ### award group's heading is the group's Heading: edited there, the article's
    heading changes; the sections keep their numbers."""
    project = _import("crafted-awards-tables.md").project
    assert [(g.heading, g.sub_heading, g.intro) for g in project.groups] == [
        ("一等奖", True, ""),
        ("二等奖", True, ""),
        ("三等奖", True, ""),
        ("优秀组织奖", True, ""),
    ]
    project.groups[1].heading = "银奖"
    markdown = compose(project)
    assert "\n### 银奖\n" in markdown
    assert "二等奖" not in markdown


def test_the_committers_of_a_real_team_page_are_a_sub_heading_group() -> None:
    groups = _import("shardingsphere-team-cn.md").project.groups
    assert [(g.heading, g.sub_heading) for g in groups] == [("成员", False), ("Committers", True)]
    assert "### 项目管理委员会" in groups[0].intro  # the first part takes the ## heading


HANDLES = (
    "# Hacktoberfest 2023\n\n## Contributors\n\n"
    "- Christopher Schröder ([@chschroeder](https://github.com/chschroeder))\n"
    "- Raphael Mitsch ([@rmitsch](https://github.com/rmitsch))\n\n"
    "## First pull requests\n\n"
    "- [@alice](https://github.com/alice)\n- [@bob-2](https://github.com/bob-2)\n"
)


def test_github_handles_written_with_an_at_are_a_group_written_back_so() -> None:
    result = import_markdown(HANDLES)
    groups = result.project.groups
    assert [(g.heading, g.github_at) for g in groups] == [
        ("Contributors", True),
        ("First pull requests", True),
    ]
    assert [p.github for p in groups[1].people] == ["alice", "bob-2"]  # the ids, no "@"
    assert compose(result.project) == HANDLES
    assert str(result.report.summary()).startswith("2 recognition groups (4 people)")


def test_a_list_mixing_at_and_bare_handles_stays_as_written() -> None:
    """small-text's list writes one id without the "@": a group writes every id one way, so
    the list stays free text, as written."""
    project = _import("small-text-contributors.md").project
    assert project.groups == []
    assert "([RaghavPrabhakar66](https://github.com/RaghavPrabhakar66))" in compose(project)
