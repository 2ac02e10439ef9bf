"""The real app in a real X session (Xvfb): open the example, type into the title with key
events, press Ctrl+Shift+C, and read the clipboard as the WeChat editor would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support import copy_example
from tests.ui.xsession import START_TIMEOUT, app_on, run_x, wait_for, xvfb

from recapdesk.resources import example_path

pytestmark = pytest.mark.slow


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb(("xdotool", "xclip"), first_display=90) as name:
        yield name


def test_type_title_and_copy_for_wechat(display: str, tmp_path: Path) -> None:
    project = tmp_path / "phase1.recap.toml"
    copy_example(project)
    with app_on(display, project, {"XDG_CONFIG_HOME": str(tmp_path / "config")}):
        window_ids: list[str] = []

        def window_shown() -> bool:
            # The title names the file once the project is open.
            window_ids[:] = run_x(
                display, "xdotool", "search", "--onlyvisible", "--name", "phase1.recap.toml"
            ).split()
            return bool(window_ids)

        wait_for(window_shown, START_TIMEOUT, "the recapdesk window with the project")
        run_x(display, "xdotool", "windowfocus", "--sync", window_ids[0])
        run_x(display, "xdotool", "key", "End")
        run_x(display, "xdotool", "type", "--delay", "40", " Phase 1 <final>")

        def marked_modified() -> bool:
            name = run_x(display, "xdotool", "getwindowname", window_ids[0])
            return name.startswith("phase1.recap.toml*")

        wait_for(marked_modified, 10, "the modified marker in the window title")
        run_x(display, "xdotool", "key", "ctrl+shift+c")

        def copied() -> bool:
            return "text/html" in run_x(
                display, "xclip", "-selection", "clipboard", "-t", "TARGETS", "-o"
            )

        wait_for(copied, 15, "the copy to reach the clipboard")
        html = run_x(display, "xclip", "-selection", "clipboard", "-t", "text/html", "-o")
        text = run_x(display, "xclip", "-selection", "clipboard", "-t", "text/plain", "-o")

    # The WeChat copy of a Chinese article spaces Latin words from Chinese (pangu).
    assert "kubernetes 源码研习社 一期活动总结 Phase 1 &lt;final&gt;</h1>" in html
    assert "<style" not in html and "class=" not in html and " id=" not in html
    assert 'style="' in html  # the theme is inline
    assert text.startswith("kubernetes源码研习社 一期活动总结 Phase 1 <final>")
    assert "<h1" not in text and "<p" not in text  # readable text, not HTML
    assert "姚沈结-爱立信-研习一期" in text
    # The window was not saved: the file on disk is unchanged.
    assert project.read_bytes() == example_path("k8s-source-study-phase1").read_bytes()
