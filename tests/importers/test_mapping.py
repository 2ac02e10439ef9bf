"""Guessing which column of a sheet fills which field, from the headers organizers write."""

from __future__ import annotations

import pytest

from recapdesk.importers.mapping import (
    AFFILIATION,
    FIELDS,
    IGNORE,
    MappingError,
    Target,
    apply_overrides,
    group_fields,
    guess_field,
    guess_mapping,
)
from recapdesk.importers.rows import Sheet, make_records
from recapdesk.model import GroupColumn, GroupLayout, Person, RecognitionGroup

C = GroupColumn


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", "name"),
        ("名字", "name"),
        ("**姓名**", "name"),
        ("你的姓名", "name"),
        ("Name", "name"),
        ("Full name", "name"),
        ("公司", "company"),
        ("所在单位", "company"),
        ("Company", "company"),
        ("职位", "title"),
        ("Title", "title"),
        ("Job title", "title"),
        ("position", "title"),
        ("公司职位", AFFILIATION),
        ("GitHub", "github"),
        ("Github", "github"),
        ("github", "github"),
        ("git号", "github"),
        ("GitHub 账号", "github"),
        ("GitHub 用户名", "github"),  # a GitHub id before it is a name
        ("序号", IGNORE),
        ("No.", IGNORE),
        ("备注", IGNORE),
        ("", IGNORE),
    ],
)
def test_honoree_headers(header: str, field: str) -> None:
    assert guess_field(header, Target.HONOREES) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("感言", "body"),
        ("Testimonial", "body"),
        ("学习心得", "body"),
        ("期", "cohort"),
        ("第几期", "cohort"),
        ("Cohort", "cohort"),
        ("角色", "role"),
        ("Role", "role"),
        ("职位", "role"),  # a testimonial names a role, not a position
        ("公司", "company"),
        ("公司职位", "company"),
        ("GitHub ID", "github"),
    ],
)
def test_testimonial_headers(header: str, field: str) -> None:
    assert guess_field(header, Target.TESTIMONIALS) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [("职责", "role"), ("分工", "role"), ("角色", "role"), ("Duty", "role"), ("姓名", "name")],
)
def test_committee_headers(header: str, field: str) -> None:
    assert guess_field(header, Target.COMMITTEE) == field


def test_a_field_goes_to_the_first_column_that_names_it() -> None:
    headers = ["序号", "姓名", "昵称", "公司", "职位", "GitHub", "github主页"]
    assert guess_mapping(headers, Target.HONOREES) == [
        IGNORE,
        "name",
        IGNORE,
        "company",
        "title",
        "github",
        IGNORE,
    ]


def test_affiliation_excludes_company_and_position() -> None:
    assert guess_mapping(["公司职位", "公司"], Target.HONOREES) == [AFFILIATION, IGNORE]
    assert guess_mapping(["公司", "公司职位"], Target.HONOREES) == ["company", IGNORE]


def test_overrides_by_header_or_number_move_a_field() -> None:
    headers = ["姓名", "昵称", "备注"]
    mapping = guess_mapping(headers, Target.HONOREES)
    assert apply_overrides(headers, mapping, ["昵称=name"], Target.HONOREES) == [
        IGNORE,
        "name",
        IGNORE,
    ]
    assert apply_overrides(headers, mapping, ["3=github", "1=skip"], Target.HONOREES) == [
        IGNORE,
        IGNORE,
        "github",
    ]


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("姓名", "COLUMN=FIELD"),
        ("微信=name", "no column '微信'"),
        ("姓名=duty", "honorees have no field 'duty'"),
        ("9=name", "no column '9'"),
    ],
)
def test_bad_overrides_say_what_is_wrong(override: str, message: str) -> None:
    with pytest.raises(MappingError, match=message):
        apply_overrides(["姓名", "公司"], ["name", "company"], [override], Target.HONOREES)


def _lecturers() -> RecognitionGroup:
    return RecognitionGroup(
        id="lecturers",
        layout=GroupLayout.CITATIONS,
        columns=[C.NAME, C.CITY, C.COHORT, C.ROLE, C.CONTRIBUTION, C.CITATION, C.PHOTO],
    )


def test_a_group_takes_the_fields_of_the_columns_it_shows() -> None:
    assert group_fields(_lecturers()) == (
        *("name", "city", "cohort", "role", "contribution", "citation", "github"),
    )
    honorees = RecognitionGroup(id="honorees")  # 序号, 姓名, 公司, 职位, GitHub
    assert group_fields(honorees) == FIELDS[Target.HONOREES]
    committee = RecognitionGroup(id="committee", columns=[C.NAME, C.ROLE, C.GITHUB])
    assert group_fields(committee) == FIELDS[Target.COMMITTEE]
    wall = RecognitionGroup(id="wall", columns=[C.PHOTO, C.AFFILIATION])
    assert group_fields(wall) == ("name", "company", "title", AFFILIATION, "github")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("城市", "city"),
        ("所在城市", "city"),
        ("City", "city"),
        ("Location", "city"),
        ("期数", "cohort"),
        ("Cohort", "cohort"),
        ("角色", "role"),
        ("职责", "role"),
        ("职位", "role"),  # no position column: a role
        ("Role", "role"),
        ("贡献", "contribution"),
        ("主要贡献", "contribution"),
        ("What they did", "contribution"),
        ("Contributions", "contribution"),
        ("颁奖词", "citation"),
        ("表彰理由", "citation"),
        ("推荐理由", "citation"),
        ("Citation", "citation"),
        ("评价", "citation"),  # what a group says of a person
        ("姓名", "name"),
        ("Name", "name"),
        ("GitHub 账号", "github"),
        ("公司", IGNORE),  # the lecturers show no company
        ("备注", IGNORE),
    ],
)
def test_headers_in_chinese_and_english_for_a_custom_group(header: str, field: str) -> None:
    assert guess_field(header, Target.HONOREES, group_fields(_lecturers())) == field


def test_every_column_of_a_custom_group_is_mapped_and_imported() -> None:
    headers = ["序号", "讲师", "城市", "期次", "角色", "贡献", "颁奖词", "GitHub", "微信"]
    fields = group_fields(_lecturers())
    mapping = guess_mapping(headers, Target.HONOREES, fields)
    assert mapping == [
        *(IGNORE, IGNORE, "city", "cohort", "role", "contribution", "citation", "github"),
        IGNORE,
    ]
    mapping = apply_overrides(headers, mapping, ["讲师=name"], Target.HONOREES, fields)
    sheet = Sheet(
        headers, [["1", "张三", "上海", "一期", "讲师", "讲了三次", "第一行\n第二行", "zs", "x"]]
    )
    (person,) = make_records(sheet, mapping, Target.HONOREES).records
    assert person == Person(
        name="张三",
        city="上海",
        cohort="一期",
        role="讲师",
        contribution="讲了三次",
        citation="第一行\n第二行",  # its line breaks kept
        github="zs",
    )
    with pytest.raises(MappingError, match="no field 'company'"):
        apply_overrides(headers, mapping, ["微信=company"], Target.HONOREES, fields)
