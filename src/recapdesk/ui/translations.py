"""The UI language at run time: which one, and the Qt translators that speak it.

recapdesk's own messages live in ``recapdesk/resources/translations/recapdesk_<lang>.ts``
(committed, made by pyside6-lupdate, translated by people) and are compiled to ``.qm`` files by
the build (``make translations``, run by ``make run`` and ``make test``; a wheel and the app
bundle compile their own).
Qt's translations of its standard dialogs and buttons (qtbase, qtwebengine) come with PySide6.

Started from a source tree whose ``.qm`` is missing or older than its ``.ts``, recapdesk does not
compile it behind the user's back: it says so on stderr (``make translations``) and goes on with
what it has, in the worst case in English.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from recapdesk.i18n import EN, SYSTEM, choose_ui_language
from recapdesk.resources import resource_path

APP_CATALOG = "recapdesk"
QT_CATALOGS = ("qtbase", "qtwebengine")  # the message boxes, file and colour dialogs, menus
# settings.storage_key("ui_language"), written out: settings.py loads pydantic, and the UI
# language is read before the window shows, when only Qt is loaded (a test keeps them equal).
LANGUAGE_KEY = "preferences/ui_language"
SETTINGS_NAME = ("recapdesk", "recapdesk")  # organization, application: as ui/app.py names them

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    return resource_path("translations")


def system_languages() -> list[str]:
    """The system's preferred UI languages, most preferred first (``zh-CN``, ``en-US``...)."""
    return list(QLocale.system().uiLanguages())


def ui_language(settings: QSettings) -> str:
    """The language the UI speaks: the Preferences choice, else the system's (``zh_CN``/``en``)."""
    preference = settings.value(LANGUAGE_KEY, SYSTEM)
    return choose_ui_language(str(preference), system_languages())


def stale_translations(folder: Path | None = None) -> list[str]:
    """One line for each ``.ts`` whose ``.qm`` is missing or older: the build was not run."""
    folder = folder or translations_folder()
    problems = []
    for source in sorted(folder.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists():
            problems.append(f"{compiled} is missing")
        elif compiled.stat().st_mtime < source.stat().st_mtime:
            problems.append(f"{compiled} is older than {source.name}")
    return problems


def warn_stale_translations(folder: Path | None = None) -> None:
    problems = stale_translations(folder)
    if problems:
        print(
            "recapdesk: the translations are not built ("
            + "; ".join(problems)
            + "): run `make translations`",
            file=sys.stderr,
        )


def load_translators(language: str, folder: Path | None = None) -> list[QTranslator]:
    """recapdesk's and Qt's translators for ``language`` (those that exist). English needs
    recapdesk's for plural forms only ("1 row", "2 rows"), and none of Qt's."""
    folder = folder or translations_folder()
    translators = []
    app = QTranslator()
    if app.load(f"{APP_CATALOG}_{language}", str(folder)):
        translators.append(app)
    if language != EN:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalog in QT_CATALOGS:
            qt = QTranslator()
            if qt.load(f"{catalog}_{language}", qt_folder):
                translators.append(qt)
    return translators


def install_translators(language: str, folder: Path | None = None) -> list[QTranslator]:
    """Make the application speak ``language`` from now on (in place of the one before):
    windows and dialogs made afterwards show it."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for translator in load_translators(language, folder):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    return list(_installed)


def set_default_locale(language: str) -> None:
    """Dates, numbers and Qt's own dialogs in ``language``, unless the system's locale already
    speaks it (en_GB keeps its dates). Only before the first window: QLocale.setDefault is not
    thread-safe, and the web view's threads read the default locale."""
    wanted = QLocale(language)
    system = QLocale.system()
    QLocale.setDefault(system if system.language() == wanted.language() else wanted)


def uninstall_translators() -> None:
    """Back to the source texts (English)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def command_line_translator(folder: Path | None = None) -> Callable[[str, str], str]:
    """``translate(context, text)`` in the UI language, without an application object or a
    display: for the command line's ``--help``."""
    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, *SETTINGS_NAME)
    translators = load_translators(ui_language(settings), folder)

    def translate(context: str, text: str) -> str:
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    return translate
