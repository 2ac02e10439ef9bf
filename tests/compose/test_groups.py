"""Recognition groups in every layout, as a reader sees them on GitHub, in the preview and in the
WeChat copy: any number of groups, each a section; privacy per group; user text literal."""

from __future__ import annotations

import base64

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
from tests.support import article_tree, table_rows

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
    images = article_tree(_project(group)).iter("img")
    assert [img.attrs["alt"] for img in images] == ["张三", "Ada Lovelace"]
    assert images[0].attrs["src"] == "team.assets/zs.png"
    source = images[1].attrs["src"] or ""
    assert source.startswith("data:image/svg+xml;base64,")
    svg = base64.b64decode(source.split(",", 1)[1]).decode()
    assert ">AL</text>" in svg and 'fill="#2b6cb0"' in svg  # initials in the theme colour


def test_initials() -> None:
    assert initials("金润森") == "润森"
    assert initials("Ada Lovelace") == "AL"
    assert initials("") == "?"
    svg = base64.b64decode(initials_badge("<x>", "#000000").split(",", 1)[1]).decode()
    assert ">&lt;</text>" in svg  # text, not markup


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
