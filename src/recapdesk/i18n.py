"""Which language the user interface speaks, decided without Qt.

recapdesk's menus, dialogs and ``--help`` come in Simplified Chinese (``zh_CN``) and English
(``en``). The language is the one chosen in Preferences, else the first of the system's preferred
languages that recapdesk speaks, else English. The window (ui/translations.py) and the command
line (headless.py) both decide through :func:`choose_ui_language`, so they always agree.

This is not the article's language: an English UI writes Chinese articles and the reverse; the
article's own words are in compose/words.py.
"""

from __future__ import annotations

from collections.abc import Iterable

SYSTEM = "system"
"""The preference "follow the system's language"."""
ZH_CN, EN = "zh_CN", "en"
UI_LANGUAGES = (ZH_CN, EN)
FALLBACK = EN


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation in ``context`` without translating it: pyside6-lupdate
    collects it into the .ts file; the UI translates it where it shows it. For Qt-free modules
    (the settings model, validation messages, the command line's help)."""
    return text


def ui_language_of(name: str) -> str | None:
    """The UI language for a locale or language tag, or None if recapdesk does not speak it.

    Any Chinese (``zh``, ``zh_CN.UTF-8``, ``zh-Hans-CN``, also ``zh_TW``: Simplified Chinese is
    the only Chinese translation, and closer for a Chinese reader than English) gives zh_CN;
    any English gives en. ``C`` and ``POSIX`` name no language.
    """
    tag = name.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    base = tag.split("_", 1)[0].lower()
    if base == "zh":
        return ZH_CN
    if base == "en":
        return EN
    return None


def choose_ui_language(preference: str, system_languages: Iterable[str]) -> str:
    """The UI language: the preference if it names one, else the first system language that
    recapdesk speaks, else English."""
    if preference in UI_LANGUAGES:
        return preference
    for name in system_languages:
        language = ui_language_of(name)
        if language is not None:
            return language
    return FALLBACK
