"""Heading numbers: 一、二、三、 / 1. 2. 3. / none."""

from __future__ import annotations

import pytest

from recapdesk.compose.words import DEFAULT_HEADINGS, WORDS, chinese_ordinal, numbered
from recapdesk.model import BuiltinSection, Language, Numbering

ORDINALS_1_TO_21 = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "二十一",
]


def test_chinese_ordinals_1_to_21() -> None:
    assert [chinese_ordinal(n) for n in range(1, 22)] == ORDINALS_1_TO_21


@pytest.mark.parametrize(
    ("n", "text"), [(30, "三十"), (45, "四十五"), (99, "九十九"), (0, "0"), (100, "100")]
)
def test_chinese_ordinals_beyond(n: int, text: str) -> None:
    assert chinese_ordinal(n) == text


def test_numbered_styles() -> None:
    assert numbered("活动背景", 2, Numbering.CHINESE) == "二、活动背景"
    assert numbered("Background", 2, Numbering.ARABIC) == "2\\. Background"
    assert numbered("活动背景", 2, Numbering.NONE) == "活动背景"


def test_every_language_has_every_word_and_heading() -> None:
    for language in Language:
        assert set(WORDS[language]) == set(WORDS[Language.ZH])
        assert set(DEFAULT_HEADINGS[language]) == set(BuiltinSection)
