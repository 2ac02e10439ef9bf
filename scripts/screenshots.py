"""Screenshots of the real window in each UI language, for the README.

    Xvfb :94 -screen 0 1400x900x24 &
    DISPLAY=:94 .venv/bin/python scripts/screenshots.py docs

starts ``recapdesk`` on the bundled example once per language (the language chosen the way a
user's system chooses it: LANGUAGE/LANG), shows the Recognition tab with Alt+3, waits for the
preview and saves ``docs/screenshot-zh.png`` and ``docs/screenshot-en.png``. Needs xdotool and
ImageMagick's ``import``; settings and recovery files go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src/recapdesk/resources/examples/k8s-source-study-phase1.recap.toml"
LANGUAGES = {"zh": "zh_CN", "en": "en_US"}
SETTLE_SECONDS = 6  # the preview's web page loads and renders after the window shows


def _wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise SystemExit(f"screenshots: timed out waiting for {what}")


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, timeout=30, check=False).stdout


def screenshot(language: str, output: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="recapdesk-shot-") as folder:
        home = Path(folder)
        project = home / EXAMPLE.name
        shutil.copyfile(EXAMPLE, project)
        assets = EXAMPLE.name.removesuffix(".recap.toml") + ".assets"  # its photo
        shutil.copytree(EXAMPLE.parent / assets, home / assets)
        locale = LANGUAGES[language]
        env = {
            **os.environ,
            "LANGUAGE": locale,
            "LANG": f"{locale}.UTF-8",
            "LC_ALL": f"{locale}.UTF-8",
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
        }
        app = subprocess.Popen(
            [sys.executable, "-m", "recapdesk", str(project)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            ids: list[str] = []

            def shown() -> bool:
                # Named after the project once the editor is in the window (its frame,
                # named "recapdesk", shows first and may be replaced as the preview starts).
                ids[:] = _run("xdotool", "search", "--onlyvisible", "--name", project.name).split()
                return bool(ids)

            _wait_for(shown, 60, "the recapdesk window with the project")
            time.sleep(2)
            _run("xdotool", "windowfocus", "--sync", ids[0])
            _run("xdotool", "key", "--window", ids[0], "alt+3")  # View > Recognition
            time.sleep(SETTLE_SECONDS)
            output.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", ids[0], str(output)], check=True, timeout=30)
        finally:
            app.terminate()
            app.wait(30)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "docs"
    if "DISPLAY" not in os.environ:
        raise SystemExit("screenshots: set DISPLAY (an Xvfb server, see the docstring)")
    for language in LANGUAGES:
        path = folder / f"screenshot-{language}.png"
        screenshot(language, path)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
