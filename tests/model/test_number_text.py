"""Numbers as organizers type them: commas, 万 and 千, Chinese numerals."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recapdesk.model.number_text import parse_number

DIGITS = "零一二三四五六七八九"


def _group(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, with 零 where a place is skipped."""
    out, gap = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = n // size % 10
        if digit:
            out += ("零" if gap and out else "") + DIGITS[digit] + unit
            gap = False
        else:
            gap = True
    return out


def chinese(n: int) -> str:
    """n (0 <= n < 10**12) as it is written in Chinese: 一千二百, 三万零五."""
    if n == 0:
        return "零"
    yi, wan, rest = n // 10**8, n // 10**4 % 10**4, n % 10**4
    out = ""
    if yi:
        out += chinese(yi) + "亿"
    if wan:
        out += ("零" if out and wan < 1000 else "") + _group(wan) + "万"
    if rest:
        out += ("零" if out and rest < 1000 else "") + _group(rest)
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("96", 96),
        (" 2.5 ", 2.5),
        ("-3", -3),
        ("1e3", 1000.0),
        ("1,234", 1234),
        ("12,345.5", 12345.5),
        ("１２３", 123),
        ("1，234", 1234),
        ("1.2万", 12000),
        ("3千", 3000),
        ("2亿", 200000000),
        ("0.5万亿", 500000000000),
        ("三百", 300),
        ("一千二百", 1200),
        ("两千", 2000),
        ("十", 10),
        ("十二", 12),
        ("一千零五", 1005),
        ("三万五千", 35000),
        ("一亿二千万", 120000000),
        ("零", 0),
    ],
)
def test_common_forms(text: str, value: float) -> None:
    parsed = parse_number(text)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "abc",
        "96位",
        "约三百",
        "一二三",
        "百",
        "百千",
        "一百二百",
        "1,23",
        "nan",
        "inf",
        "1e999",
        "1.2.3",
        "万",
        "3千5百",
    ],
)
def test_what_is_not_clearly_a_number(text: str) -> None:
    assert parse_number(text) is None


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_read_back(n: int) -> None:
    assert parse_number(chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_thousands_commas_read_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789,.+-e万千百十亿零一二两三九 位约")), max_size=12
    )
)
def test_any_text_is_a_finite_number_or_none(text: str) -> None:
    parsed = parse_number(text)
    assert parsed is None or (isinstance(parsed, int | float) and math.isfinite(parsed))
