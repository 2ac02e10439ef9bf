"""Which language the UI speaks (Qt-free): the preference, else the system's first language
recapdesk speaks, else English."""

from __future__ import annotations

import pytest

from recapdesk.i18n import (
    EN,
    SYSTEM,
    ZH_CN,
    Message,
    as_written,
    choose_ui_language,
    environment_languages,
    environment_ui_language,
    translated,
    ui_language_of,
)


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


# -- messages of the Qt-free modules ---------------------------------------------------------

FRENCH = {
    ("Checks", "%1: not known yet (placeholder)"): "%1 : pas encore connu",
    ("Checks", "number %1"): "nombre %1",
    ("Checks", "%2 before %1"): "%1 après %2",
}


def in_french(context: str, text: str) -> str:
    """A stand-in for QCoreApplication.translate: a translation, or the source text."""
    return FRENCH.get((context, text), text)


def test_a_message_reads_in_english_as_it_is_written() -> None:
    message = Message("Checks", "%1: not known yet (placeholder)", ("读书笔记",))
    assert str(message) == "读书笔记: not known yet (placeholder)"
    assert message.translated(as_written) == str(message)


def test_the_template_is_translated_first_then_filled_in_with_its_parts_as_they_are() -> None:
    message = Message("Checks", "%1: not known yet (placeholder)", ("read notes",))
    assert message.translated(in_french) == "read notes : pas encore connu"


def test_a_part_that_is_a_message_is_translated_too() -> None:
    label = Message("Checks", "number %1", ("3",))
    message = Message("Checks", "%1: not known yet (placeholder)", (label,))
    assert str(message) == "number 3: not known yet (placeholder)"
    assert message.translated(in_french) == "nombre 3 : pas encore connu"


def test_a_translation_may_put_the_parts_in_another_order() -> None:
    assert Message("Checks", "%2 before %1", ("a", "b")).translated(in_french) == "a après b"


def test_parts_are_filled_in_once_even_when_they_look_like_placeholders() -> None:
    message = Message("ProjectFile", "%1: %2", ("100%2 done.recap.toml", "the file is empty"))
    assert str(message) == "100%2 done.recap.toml: the file is empty"


def test_a_percent_sign_in_a_text_without_parts_stays() -> None:
    text = "an image without max-width: 100% can overflow a phone screen"
    assert str(Message("Compliance", text)) == text


def test_a_plain_string_is_data_and_is_not_translated() -> None:
    assert translated("number %1", in_french) == "number %1"
    assert translated(Message("Checks", "number %1", ("2",)), in_french) == "nombre 2"


def test_the_locale_variables_give_the_ui_language_without_qt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert environment_ui_language() == EN
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert environment_ui_language() == ZH_CN
    # LANGUAGE is a list, and it comes first; a language recapdesk does not speak is skipped.
    monkeypatch.setenv("LANGUAGE", "fr_FR:en_GB")
    assert environment_languages()[:2] == ["fr_FR", "en_GB"]
    assert environment_ui_language() == EN
