"""Which language the user interface speaks, decided without Qt.

recapdesk's menus, dialogs and ``--help`` come in Simplified Chinese (``zh_CN``) and English
(``en``). The language is the one chosen in Preferences, else the first of the system's preferred
languages that recapdesk speaks, else English. The window (ui/translations.py) and the command
line (headless.py) both decide through :func:`choose_ui_language`, so they always agree.

This is not the article's language: an English UI writes Chinese articles and the reverse; the
article's own words are in compose/words.py.

Qt-free modules (the checks, the WeChat rules, the project-file errors) say things to the user
without knowing the UI language: they mark their texts with :func:`QT_TRANSLATE_NOOP` and hand
them on as a :class:`Message`, which whoever shows it translates (the window with
``QCoreApplication.translate``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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


Translate = Callable[[str, str], str]
"""``translate(context, text)``: ``QCoreApplication.translate``, or :func:`as_written`."""


def as_written(context: str, text: str) -> str:
    """No translation: the source text, in English."""
    return text


# Qt's placeholders, %1 to %99, as QString.arg fills them.
_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *parts: object) -> str:
    """``template`` with its %1, %2... replaced by ``parts`` (``str()`` of each), as Qt's
    multi-argument ``QString.arg`` does: in one pass, so a part that itself contains "%2" (a
    file name, user text) stays as it is. A number without a part stays too, and a template
    given no parts at all is returned untouched (a literal "100%")."""
    if not parts:
        return template
    texts = [str(part) for part in parts]

    def part(match: re.Match[str]) -> str:
        number = int(match[1])
        return texts[number - 1] if 1 <= number <= len(texts) else match[0]

    return _PLACEHOLDER.sub(part, template)


@dataclass(frozen=True)
class Message:
    """A text for the user from a Qt-free module: ``template``, marked with QT_TRANSLATE_NOOP
    in ``context``, and the variable parts that fill its %1, %2... (a label, a line number, an
    OS error; or a message of its own). They are kept apart until the text is shown, so the
    template is translated first and filled in afterwards; the parts stay as they are.
    ``str()`` gives the English text."""

    context: str
    template: str
    args: tuple[str | Message, ...] = ()

    def translated(self, translate: Translate) -> str:
        text = translate(self.context, self.template)
        return fill(text, *(translated(arg, translate) for arg in self.args))

    def __str__(self) -> str:
        return self.translated(as_written)


def translated(text: str | Message, translate: Translate) -> str:
    """``text`` in the language of ``translate``: a :class:`Message` translated and filled in,
    a plain string (data: user text, a file name, a parser's reason) as it is."""
    return text.translated(translate) if isinstance(text, Message) else text


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


def environment_languages() -> list[str]:
    """The languages the POSIX locale variables name, most preferred first (``LANGUAGE`` is
    a list; then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``): the system's languages where Qt,
    which asks the system itself, is not loaded."""
    names = os.environ.get("LANGUAGE", "").split(":")
    names += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    return [name for name in names if name]


def environment_ui_language() -> str:
    """The UI language from the locale variables alone (no preference: that is read with
    Qt): what the headless commands use when the command line gives them nothing better."""
    return choose_ui_language(SYSTEM, environment_languages())
