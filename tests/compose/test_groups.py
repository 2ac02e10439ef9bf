"""Recognition groups in every layout, as a reader sees them on GitHub, in the preview and in the
WeChat copy: any number of groups, each a section; privacy per group; user text literal."""

from __future__ import annotations

import pytest

from recapdesk.compose import compose
from recapdesk.compose.groups import initials, initials_badge
from recapdesk.model import (
    GroupColumn,
    GroupLayout,
    NotePlace,
    Person,
    Privacy,
    Project,
    RecognitionGroup,
    SectionSlot,
    group_key,
)
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render import render_fragment
from tests.support import article_tree, parse_html, table_rows

C = GroupColumn

LECTURERS = [
    Person(name="张三", github="zhangsan", citation="讲了三次 client-go"),
    Person(name="李四", github="lisi", citation="第一行\n第二行"),
]


def _project(*groups: RecognitionGroup) -> Project:
    project = Project(groups=list(groups))
    project.order = [SectionSlot(key=group_key(group.id)) for group in groups]
    return project


def _group(layout: GroupLayout, columns: list[GroupColumn], **kw: object) -> RecognitionGroup:
    return RecognitionGroup.model_validate(
        {
            "id": "lecturers",
            "heading": "讲师",
            "layout": layout,
            "columns": columns,
            "people": [p.model_dump() for p in LECTURERS],
            **kw,
        }
    )


def test_five_groups_are_five_numbered_sections_in_the_users_order() -> None:
    names = ["讲师", "志愿者", "代码贡献者", "SIG 组织者", "城市负责人"]
    groups = [
        RecognitionGroup(
            id=f"g{n}", heading=name, layout=GroupLayout.LIST, people=[Person(name=f"人{n}")]
        )
        for n, name in enumerate(names)
    ]
    tree = article_tree(_project(*groups))
    assert [h.text() for h in tree.iter("h2")] == [
        "一、讲师",
        "二、志愿者",
        "三、代码贡献者",
        "四、SIG 组织者",
        "五、城市负责人",
    ]


def test_a_sub_heading_group_is_a_level_three_heading_outside_the_numbering() -> None:
    """Awards under one "## 表彰": each its own ### heading, the sections still 一、二、."""
    groups = [
        RecognitionGroup(
            id=f"g{n}", heading=name, layout=GroupLayout.LIST, people=[Person(name=f"人{n}")]
        )
        for n, name in enumerate(["表彰", "一等奖", "二等奖", "志愿者"])
    ]
    groups[1].sub_heading = groups[2].sub_heading = True
    markdown = compose(_project(*groups))
    assert (
        "## 一、表彰\n\n- 人0\n\n### 一等奖\n\n- 人1\n\n### 二等奖\n\n- 人2\n\n## 二、志愿者"
        in (markdown)
    )
    tree = article_tree(_project(*groups))
    assert [h.text() for h in tree.iter("h3")] == ["一等奖", "二等奖"]


def test_github_ids_with_an_at_in_a_table_and_a_list() -> None:
    group = _group(GroupLayout.TABLE, [C.NAME, C.GITHUB], github_at=True)
    assert "| 张三 | [@zhangsan](https://github.com/zhangsan) |" in compose(_project(group))
    group.layout = GroupLayout.LIST
    assert "- 张三 ([@zhangsan](https://github.com/zhangsan))" in compose(_project(group))
    group.github_at = False
    assert "- 张三 ([zhangsan](https://github.com/zhangsan))" in compose(_project(group))


def test_a_table_shows_the_chosen_columns_under_their_headings() -> None:
    project = _project(_group(GroupLayout.TABLE, [C.INDEX, C.NAME, C.GITHUB, C.CITATION]))
    headers, rows = table_rows(article_tree(project).iter("table")[0])
    assert headers == ["序号", "姓名", "GitHub", "颁奖词"]
    assert rows == [
        ["1", "张三", "zhangsan", "讲了三次 client-go"],
        ["2", "李四", "lisi", "第一行 第二行"],
    ]


def test_a_list_is_a_bullet_per_person_name_then_citation() -> None:
    project = _project(_group(GroupLayout.LIST, [C.NAME, C.CITATION]))
    items = [li.text() for li in article_tree(project).iter("li")]
    assert items == ["张三 — 讲了三次 client-go", "李四 — 第一行 第二行"]


def test_a_citation_list_keeps_the_citations_line_breaks() -> None:
    project = _project(_group(GroupLayout.CITATIONS, [C.NAME, C.CITATION]))
    markdown = compose(project)
    assert "**李四**  \n第一行  \n第二行" in markdown
    html = ArticlePipeline(project).fragment()
    assert "<strong>李四</strong><br>\n第一行<br>\n第二行" in html


def test_a_name_wall_puts_names_in_rows_of_the_chosen_width() -> None:
    people = [Person(name=f"同学{n}") for n in range(5)]
    group = RecognitionGroup(
        id="wall", layout=GroupLayout.WALL, columns=[C.NAME], wall_columns=2, people=people
    )
    html = ArticlePipeline(_project(group)).fragment()
    assert html.count("<br>") == 2  # three rows: 2, 2 and 1 names
    assert "同学0　·　同学1<br>" in html


def test_a_name_wall_with_photos_is_a_grid_of_avatars() -> None:
    people = [Person(name="张三", photo="team.assets/zs.png"), Person(name="Ada Lovelace")]
    group = RecognitionGroup(
        id="wall", layout=GroupLayout.WALL, columns=[C.PHOTO, C.NAME], wall_columns=4, people=people
    )
    tree = article_tree(_project(group))
    images = tree.iter("img")
    assert [img.attrs["alt"] for img in images] == ["张三"]
    assert images[0].attrs["src"] == "team.assets/zs.png"
    badges = [span for span in tree.iter("span") if "border-radius:50%" in span.attrs["style"]]
    assert [badge.text() for badge in badges] == ["AL"]  # initials where there is no picture
    assert "background-color:#2b6cb0" in (badges[0].attrs["style"] or "")  # the theme colour


def test_initials_are_in_the_articles_colour_else_its_themes() -> None:
    group = RecognitionGroup(
        id="wall", layout=GroupLayout.WALL, columns=[C.PHOTO, C.NAME], people=[Person(name="Ada")]
    )
    project = _project(group)
    project.article.theme = "cloud-native"
    assert "background-color:#1e8e5a" in compose(project)
    project.article.primary_color = "#AA3300"
    assert "background-color:#aa3300" in compose(project)


def test_initials() -> None:
    assert initials("金润森") == "润森"
    assert initials("Ada Lovelace") == "AL"
    assert initials("jean-luc picard") == "JP"
    assert initials("") == "?"
    assert initials("<x>") == "X"
    assert initials("**") == "*"


def test_an_initials_badge_is_text_an_inline_styled_element_and_no_picture() -> None:
    badge = initials_badge("| *", "#000000")
    assert "&#124;" in badge and "|" not in badge.split(">", 1)[1]  # a table cell stays whole
    html = render_fragment(f"| a | b |\n| -- | -- |\n| {badge} x | y |")
    cell = parse_html(html).iter("td")[0]
    assert cell.elements()[0].tag == "span"
    assert cell.text() == "| x"
    for shape in (badge.replace("#000000", "red"), badge.replace("display:block", "display:x")):
        assert "<span" not in render_fragment(shape)  # any other raw HTML stays text


def test_a_badge_typed_into_a_body_stays_text() -> None:
    badge = initials_badge("Ada", "#000000")
    project = Project(groups=[RecognitionGroup(id="g", intro=f"看 {badge}", people=[])])
    project.groups[0].people = [Person(name="x")]
    html = ArticlePipeline(project).fragment()
    assert "&lt;span" in html and "<span" not in html


@pytest.mark.parametrize("layout", list(GroupLayout))
def test_github_ids_only_shows_no_names_anywhere(layout: GroupLayout) -> None:
    group = _group(
        layout,
        [C.INDEX, C.PHOTO, C.NAME, C.COMPANY, C.GITHUB, C.CITATION],
        privacy=Privacy.GITHUB,
        privacy_note="应本人要求，以下按 GitHub id 列出。",
    )
    pipeline = ArticlePipeline(_project(group))
    outputs = [pipeline.markdown(), pipeline.fragment(), pipeline.wechat_html()]
    for text in outputs:
        assert "张三" not in text and "李四" not in text
        assert "zhangsan" in text and "lisi" in text
        assert "应本人要求" in text


def test_name_privacy_hides_companies() -> None:
    people = [Person(name="张三", company="某公司", title="工程师", github="zhangsan")]
    group = RecognitionGroup(
        id="a", columns=[C.NAME, C.COMPANY, C.TITLE], privacy=Privacy.NAME, people=people
    )
    markdown = compose(_project(group))
    assert "张三" in markdown and "某公司" not in markdown and "工程师" not in markdown


def test_the_privacy_note_goes_where_the_organizer_puts_it() -> None:
    group = _group(GroupLayout.LIST, [C.NAME], privacy_note="NOTE", award="AWARD")
    before = compose(_project(group))
    assert before.index("AWARD") < before.index("NOTE") < before.index("张三")
    group.privacy_note_place = NotePlace.AFTER
    after = compose(_project(group))
    assert after.index("张三") < after.index("NOTE")


@pytest.mark.parametrize("layout", list(GroupLayout))
def test_user_text_stays_literal_in_every_layout(layout: GroupLayout) -> None:
    hostile = "a|b *c* <script>x</script> [d](e)"
    people = [Person(name=hostile, github="zs", citation=hostile, company=hostile)]
    group = RecognitionGroup(
        id="x", layout=layout, columns=[C.NAME, C.COMPANY, C.GITHUB, C.CITATION], people=people
    )
    tree = article_tree(_project(group))
    assert hostile in tree.text()
    assert tree.iter("script") == [] and tree.iter("em") == []
    assert [a.attrs.get("href") for a in tree.iter("a")] == ["https://github.com/zs"]


def test_the_wechat_copy_keeps_a_name_wall_of_avatars_a_grid_of_discs() -> None:
    people = [Person(name="金润森"), Person(name="b", photo="x.assets/b.png")]
    people += [Person(name=f"同学{n}") for n in range(3)]
    group = RecognitionGroup(
        id="wall", layout=GroupLayout.WALL, columns=[C.PHOTO, C.NAME], wall_columns=4, people=people
    )
    html = ArticlePipeline(_project(group)).wechat_html()
    tree = parse_html(html)
    assert len(tree.iter("table")) == 1  # four columns, but no headers: no cards
    badge = tree.iter("span")[0]
    assert badge.text() == "润森"
    style = badge.attrs["style"] or ""
    for kept in ("width: 3em", "border-radius: 50%", "background-color: #2b6cb0"):
        assert kept in style
    assert "svg" not in html and "<style" not in html
    image = tree.iter("img")[0].attrs["style"] or ""
    assert "width: 3em" in image and "height: 3em" in image  # the same disc, in em
