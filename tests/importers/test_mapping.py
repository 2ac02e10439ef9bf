"""Guessing which column of a sheet fills which field, from the headers organizers write."""

from __future__ import annotations

import pytest

from recapdesk.importers.mapping import (
    AFFILIATION,
    IGNORE,
    MappingError,
    Target,
    apply_overrides,
    guess_field,
    guess_mapping,
)


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
