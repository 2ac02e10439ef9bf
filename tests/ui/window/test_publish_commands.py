"""File > Publish to WeChat Drafts… against the local mock of WeChat's API (tests/publish):
the window publishes in a worker thread, shows its progress, can be cancelled half-way, updates
its draft the second time, and says what WeChat refused in words a user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from tests.publish.conftest import (  # noqa: F401 (fixtures)
    colours,
    mock,
    png,
    project_file,
    state_folder,
    wechat_env,
)
from tests.publish.mock_wechat import APPID, WHITELIST_IP, MockWeChat
from tests.ui.conftest import MakeWindow
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store import load, save
from recapdesk.ui.dialogs.help_dialogs import shortcut_groups
from recapdesk.ui.dialogs.publish_dialog import PublishChoice, PublishSummary
from recapdesk.ui.window.main_window import MainWindow

COVER = png(94, 40, (30, 90, 160))
WAIT_MS = 20_000


class PublishDialogs(ScriptedDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.choices: list[PublishChoice | None] = []
        self.summaries: list[PublishSummary] = []
        self.published: list[tuple[str, bool]] = []

    def confirm_publish(self, summary: PublishSummary) -> PublishChoice | None:
        self.summaries.append(summary)
        return self._answer("publish", self.choices)

    def show_published(self, media_id: str, updated: bool, notes: list[str]) -> None:
        self.asked.append("published")
        self.published.append((media_id, updated))


@pytest.fixture
def pdialogs() -> PublishDialogs:
    return PublishDialogs()


@pytest.fixture
def window(
    make_window: MakeWindow,
    pdialogs: PublishDialogs,
    project_file: Path,  # noqa: F811
    wechat_env: dict[str, str],  # noqa: F811
) -> MainWindow:
    """The example with three pictures and a cover of its own, open in a window whose
    publishing goes to the mock."""
    (project_file.parent / "phase1.assets" / "cover.png").write_bytes(COVER)
    project = load(project_file)
    project.article.cover = "phase1.assets/cover.png"
    save(project, project_file)
    main = make_window(pdialogs)
    assert main.files.open_file(project_file)
    return main


def publish_and_wait(qtbot: QtBot, window: MainWindow, dialogs: PublishDialogs) -> None:
    asked = len(dialogs.asked)
    window.window_actions.publish.trigger()
    qtbot.waitUntil(
        lambda: window.publishing.job is None and len(dialogs.asked) > asked, timeout=WAIT_MS
    )


def test_the_menu_publishes_in_a_worker_and_reports_the_media_id_then_updates(
    qtbot: QtBot,
    window: MainWindow,
    pdialogs: PublishDialogs,
    mock: MockWeChat,  # noqa: F811
) -> None:
    action = window.window_actions.publish
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    pdialogs.choices += [PublishChoice(new_draft=False), PublishChoice(new_draft=False)]

    publish_and_wait(qtbot, window, pdialogs)

    summary = pdialogs.summaries[0]
    assert (summary.pictures, summary.draft_media_id, summary.appid) == (3, "", APPID)
    # The dialog shows the cover as it is sent: its centre at 2.35:1 (94x40 -> 94x40).
    assert summary.cover_data == mock.material_data["COVER-1"]
    assert colours(summary.cover_data) == ((94, 40), {(30, 90, 160)})
    assert summary.author == "云原生社区"
    assert pdialogs.published == [("DRAFT-1", False)]
    assert "DRAFT-1" in window.statusBar().currentMessage()
    assert (mock.adds, mock.updates, len(mock.uploads), mock.problems) == (1, 0, 3, [])
    assert mock.materials["COVER-1"]  # the cover chosen in the Article tab, not a picture
    assert pdialogs.errors == []

    publish_and_wait(qtbot, window, pdialogs)

    assert pdialogs.summaries[1].draft_media_id == "DRAFT-1"  # "updates this project's draft"
    assert pdialogs.published[1] == ("DRAFT-1", True)
    assert (mock.adds, mock.updates, len(mock.uploads)) == (1, 1, 3)  # pictures reused
    assert "updated" in window.statusBar().currentMessage()


def test_a_new_draft_instead_adds_a_second_one(
    qtbot: QtBot,
    window: MainWindow,
    pdialogs: PublishDialogs,
    mock: MockWeChat,  # noqa: F811
) -> None:
    pdialogs.choices += [PublishChoice(new_draft=False), PublishChoice(new_draft=True)]
    publish_and_wait(qtbot, window, pdialogs)
    publish_and_wait(qtbot, window, pdialogs)
    assert pdialogs.published == [("DRAFT-1", False), ("DRAFT-2", False)]
    assert (mock.adds, mock.updates) == (2, 0)


def test_cancel_half_way_stops_before_the_next_request_and_a_rerun_goes_on(
    qtbot: QtBot,
    window: MainWindow,
    pdialogs: PublishDialogs,
    mock: MockWeChat,  # noqa: F811
) -> None:
    pdialogs.choices += [PublishChoice(new_draft=False), PublishChoice(new_draft=False)]
    mock.hold_path = "/cgi-bin/media/uploadimg"  # the second upload waits for `release`
    window.window_actions.publish.trigger()
    qtbot.waitUntil(mock.held.is_set, timeout=WAIT_MS)
    # The window still answers while the worker waits for WeChat.
    progress = window.publishing.progress
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(lambda: progress.label.text() == "Uploading picture 2 of 3…")
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.label.text() == "Cancelling after the current request…"
    mock.release.set()
    qtbot.waitUntil(lambda: window.publishing.job is None, timeout=WAIT_MS)

    assert len(mock.uploads) == 2 and mock.adds == 0 and not mock.materials
    assert "cancelled" in window.statusBar().currentMessage()
    assert pdialogs.published == [] and pdialogs.errors == []
    assert window.publishing.progress is None

    mock.hold_path = ""
    publish_and_wait(qtbot, window, pdialogs)
    assert pdialogs.published == [("DRAFT-1", False)]
    assert (len(mock.uploads), mock.adds, mock.problems) == (3, 1, [])  # 2 reused, 1 sent


def test_the_whitelist_error_names_the_ip_and_where_to_add_it(
    qtbot: QtBot,
    window: MainWindow,
    pdialogs: PublishDialogs,
    mock: MockWeChat,  # noqa: F811
) -> None:
    pdialogs.choices.append(PublishChoice(new_draft=False))
    mock.whitelist_refuses = True
    publish_and_wait(qtbot, window, pdialogs)
    assert len(pdialogs.errors) == 1
    assert WHITELIST_IP in pdialogs.errors[0] and "IP白名单" in pdialogs.errors[0]
    assert pdialogs.published == [] and mock.adds == 0


def test_a_title_over_the_limit_stops_before_anything_is_sent(
    qtbot: QtBot,
    window: MainWindow,
    pdialogs: PublishDialogs,
    mock: MockWeChat,  # noqa: F811
) -> None:
    window.document.set_field(("article", "title"), "很长的标题" * 8)
    window.show()
    publish_and_wait(qtbot, window, pdialogs)
    assert pdialogs.summaries == []  # not even asked
    assert "article.title" in pdialogs.errors[0] and "at most 32 characters" in pdialogs.errors[0]
    assert mock.requests == []
    title = window.findChild(QLineEdit, "article_title")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)


def test_without_an_account_it_says_where_to_give_one(
    qtbot: QtBot,
    window: MainWindow,
    pdialogs: PublishDialogs,
    mock: MockWeChat,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RECAPDESK_WECHAT_APPSECRET")  # and the keyring is the failing one
    publish_and_wait(qtbot, window, pdialogs)
    assert pdialogs.summaries == []
    # No keyring here: the message says to use the environment (with one: Preferences).
    assert "set RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET" in pdialogs.errors[0]
    assert mock.requests == []


def test_help_lists_the_shortcut(window: MainWindow) -> None:
    rows = [row for group in shortcut_groups(window) for row in group.rows]
    assert ("Publish to WeChat Drafts", "Ctrl+Shift+D") in rows
    keys = [keys for _command, keys in rows]
    assert keys.count("Ctrl+Shift+D") == 1
