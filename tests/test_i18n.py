"""Which language the UI speaks (Qt-free): the preference, else the system's first language
recapdesk speaks, else English."""

from __future__ import annotations

import pytest

from recapdesk.i18n import EN, SYSTEM, ZH_CN, choose_ui_language, ui_language_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN.UTF-8", ZH_CN),
        ("zh-Hans-CN", ZH_CN),
        ("zh", ZH_CN),
        ("zh_TW", ZH_CN),
        ("en_US.UTF-8", EN),
        ("en-GB", EN),
        ("de_DE", None),
        ("C", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_ui_language_of_a_locale(name: str, expected: str | None) -> None:
    assert ui_language_of(name) == expected


def test_the_preference_comes_first() -> None:
    assert choose_ui_language(EN, ["zh-CN"]) == EN
    assert choose_ui_language(ZH_CN, ["en-US"]) == ZH_CN


def test_following_the_system_takes_its_first_language_recapdesk_speaks() -> None:
    assert choose_ui_language(SYSTEM, ["zh-Hans-CN", "en-US"]) == ZH_CN
    assert choose_ui_language(SYSTEM, ["de-DE", "zh-CN", "en"]) == ZH_CN
    assert choose_ui_language(SYSTEM, ["de-DE", "en-GB", "zh-CN"]) == EN
    assert choose_ui_language(SYSTEM, ["fr-FR"]) == EN
    assert choose_ui_language(SYSTEM, []) == EN
    assert choose_ui_language("klingon", ["zh-CN"]) == ZH_CN  # an unknown preference: system
