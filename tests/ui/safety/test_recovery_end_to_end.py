"""Kill -9 the real app after typing, and get the typing back.

recapdesk runs in a real X session (Xvfb) with its own application-data folder; xdotool types
into the title; once the autosave has written the recovery file, the process is killed with
SIGKILL, no chance to clean up. The recovery file must parse and hold the typed title, the
project file must be untouched, and the next start's restore offer (in this process, answered
by ScriptedDialogs) must restore exactly that project.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support import copy_example
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs
from tests.ui.xsession import START_TIMEOUT, app_on, run_x, wait_for, xvfb

from recapdesk.store.recovery import RECOVERY_SUFFIX, read_recovery
from recapdesk.ui.app import open_initial
from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice

pytestmark = pytest.mark.slow

TITLE = "kubernetes源码研习社 一期活动总结"
TYPED = " - typed before the kill"


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb(("xdotool",), first_display=190) as name:  # not test_end_to_end's numbers
        yield name


def xdo(display: str, *args: str) -> str:
    return run_x(display, "xdotool", *args)


def test_kill_9_after_typing_loses_nothing(
    display: str, tmp_path: Path, private_app_data: Path, make_window: MakeWindow
) -> None:
    project = tmp_path / "phase1.recap.toml"
    copy_example(project)
    on_disk = project.read_bytes()
    recovery_folder = private_app_data / "recovery"
    # XDG_DATA_HOME and XDG_CONFIG_HOME point into this test's folders (private_app_data).
    with app_on(display, project, kill=True):  # SIGKILL at the end, mid-work
        windows: list[str] = []

        def project_window_shown() -> bool:
            # The window's frame shows first, named "recapdesk"; the project's name comes
            # with the editor, in the event-loop turns after it.
            found = xdo(display, "search", "--onlyvisible", "--name", "phase1.recap.toml")
            windows[:] = found.split()
            return bool(windows)

        wait_for(project_window_shown, START_TIMEOUT, "the project to open")
        xdo(display, "windowfocus", "--sync", windows[0])
        xdo(display, "key", "End")
        xdo(display, "type", "--delay", "40", TYPED)

        def recovery_written() -> list[Path]:
            return sorted(recovery_folder.glob(f"*{RECOVERY_SUFFIX}"))

        def holds_the_typing() -> bool:
            files = recovery_written()
            return bool(files) and TYPED in files[0].read_text(encoding="utf-8")

        wait_for(holds_the_typing, 30, "the autosave of the typed title")

    [recovery] = recovery_written()
    info, recovered = read_recovery(recovery)
    assert recovered.article.title == TITLE + TYPED
    assert info.original == project
    assert project.read_bytes() == on_disk  # the file was never saved, never touched

    dialogs = ScriptedDialogs()
    dialogs.recovery.append(RecoveryChoice.RESTORE)
    window = make_window(dialogs)
    open_initial(window, None, lambda: pytest.fail("one project to restore"))
    assert [offer.title for offer in dialogs.offered] == [TITLE + TYPED]
    assert window.document.project == recovered
    assert window.document.path == project
    assert window.isWindowModified()
