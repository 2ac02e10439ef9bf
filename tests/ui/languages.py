"""The UI languages in tests: the committed .ts files compiled once per session into a temporary
folder (so the tests check exactly what is committed, built or not), a fixture that makes the
application speak a language and goes back to English afterwards, and reading .ts files."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from recapdesk.resources import resource_path
from recapdesk.ui.translations import install_translators, uninstall_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource_path("translations")
TOOLS = Path(sys.executable).parent
Speak = Callable[[str], None]


def tool(name: str) -> str:
    path = TOOLS / name
    return str(path) if path.exists() else name


def compile_translations(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(target / f"{source.stem}.qm"),
            ],
            check=True,
            timeout=60,
        )
    return target


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_translations(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def speak(qapp: object, compiled_translations: Path) -> Iterator[Speak]:
    """``speak("zh_CN")``: windows and dialogs made from now on are in Chinese, as after a
    start of recapdesk in that language."""

    def switch(language: str) -> None:
        install_translators(language, compiled_translations)

    yield switch
    uninstall_translators()


# -- reading .ts files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]
    state: str  # "" when finished, else the translation's type

    @property
    def finished(self) -> bool:
        return not self.state and all(text.strip() for text in self.translations)


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            source = element.findtext("source") or ""
            translation = element.find("translation")
            assert translation is not None, (name, source)
            numerus = element.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages[(name, source)] = Message(
                name, source, numerus, texts, translation.get("type", "")
            )
    return messages


def extract_messages(target: Path) -> dict[tuple[str, str], Message]:
    """What pyside6-lupdate finds in the sources now (as ``make update-translations`` runs it)."""
    ts = target / "extracted_zh_CN.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-extensions", "py", "src/recapdesk", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return read_ts(ts)


MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    """The mnemonic letter of a text (upper case), "" if none; ``&&`` is a literal ampersand."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""
