"""The real app in a real X session (Xvfb): open the example, type into the title with key
events, press Ctrl+Shift+C, and read the clipboard as the WeChat editor would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recapdesk.resources import example_path

pytestmark = pytest.mark.slow

TOOLS = ("Xvfb", "xdotool", "xclip")


def _wait_for(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def display() -> Iterator[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (scripts/install-system-deps.sh)")
        pytest.skip(f"needs {', '.join(missing)}")
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    name = f":{number}"
    _wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
    yield name
    server.terminate()
    server.wait(10)


def _x(display: str, *command: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=20, check=False
    ).stdout


def test_type_title_and_copy_for_wechat(display: str, tmp_path: Path) -> None:
    project = tmp_path / "phase1.recap.toml"
    shutil.copyfile(example_path("k8s-source-study-phase1"), project)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "recapdesk", str(project)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        window_ids: list[str] = []

        def window_shown() -> bool:
            window_ids[:] = _x(
                display, "xdotool", "search", "--onlyvisible", "--name", "recapdesk"
            ).split()
            return bool(window_ids)

        _wait_for(window_shown, 30, "the recapdesk window")
        time.sleep(2)  # the project opens in the event-loop turn after the window shows
        _x(display, "xdotool", "windowfocus", "--sync", window_ids[0])
        _x(display, "xdotool", "key", "End")
        _x(display, "xdotool", "type", "--delay", "40", " Phase 1 <final>")
        _x(display, "xdotool", "key", "ctrl+shift+c")

        def copied() -> bool:
            return "text/html" in _x(
                display, "xclip", "-selection", "clipboard", "-t", "TARGETS", "-o"
            )

        _wait_for(copied, 15, "the copy to reach the clipboard")
        html = _x(display, "xclip", "-selection", "clipboard", "-t", "text/html", "-o")
        text = _x(display, "xclip", "-selection", "clipboard", "-t", "text/plain", "-o")
    finally:
        app.terminate()
        app.wait(20)

    # The WeChat copy of a Chinese article spaces Latin words from Chinese (pangu, issue 4).
    assert "kubernetes 源码研习社 一期活动总结 Phase 1 &lt;final&gt;</h1>" in html
    assert "<style" not in html and "class=" not in html and " id=" not in html
    assert 'style="' in html  # the theme is inline
    assert text.startswith("kubernetes源码研习社 一期活动总结 Phase 1 <final>")
    assert "<h1" not in text and "<p" not in text  # readable text, not HTML
    assert "姚沈结-爱立信-研习一期" in text
    # The window was not saved: the file on disk is unchanged.
    assert project.read_bytes() == example_path("k8s-source-study-phase1").read_bytes()
