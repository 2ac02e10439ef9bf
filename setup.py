"""Build hook: the wheel gets the UI's translations compiled (``.ts`` -> ``.qm``).

The ``.ts`` files are the committed sources; a ``.qm`` is a build product, so no binary is
committed and a wheel (or an sdist built into one) never carries translations older than its
texts. Everything else about the build is declared in pyproject.toml.

pyside6-lrelease comes with PySide6, a build requirement (pyproject.toml, [build-system]). An
editable install leaves the source tree alone: there ``make translations`` builds the ``.qm``
files in place.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS_PACKAGE = "recapdesk.resources"
TRANSLATIONS_FOLDER = "translations"
# PySide6's own launcher of its bundled lrelease (what the pyside6-lrelease script runs): it
# knows where each platform's PySide6 keeps the binary, and needs no scripts folder on PATH.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildPyWithTranslations(build_py):
    """build_py, then each ``translations/*.ts`` compiled to a ``.qm`` beside the built package."""

    def _sources(self) -> list[Path]:
        folder = Path(self.get_package_dir(TRANSLATIONS_PACKAGE)) / TRANSLATIONS_FOLDER
        return sorted(folder.glob("*.ts"))

    def _target(self, source: Path) -> Path:
        package = Path(self.build_lib, *TRANSLATIONS_PACKAGE.split("."))
        return package / TRANSLATIONS_FOLDER / f"{source.stem}.qm"

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        sources = self._sources()
        if not sources:
            raise SystemExit(
                f"recapdesk build: no translations (*.ts) under {TRANSLATIONS_PACKAGE}"
            )
        if importlib.util.find_spec("PySide6") is None:
            raise SystemExit(
                "recapdesk build: compiling the translations needs pyside6-lrelease from PySide6, "
                "which is not installed here. It is a build requirement, so a build with build "
                "isolation (pip install ., pipx install ., python -m build) gets it; with "
                "--no-build-isolation install PySide6 first."
            )
        for source in sources:
            target = self._target(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)]
            self.announce(f"compiling {source} -> {target}", level=2)
            subprocess.run(command, check=True)
            if not target.is_file():
                raise SystemExit(f"recapdesk build: lrelease wrote no {target}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs: list[str] = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs += [str(self._target(source)) for source in self._sources()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithTranslations})
