"""Edit > Preferences… > WeChat account: the AppSecret goes to the system keyring (here an
in-memory one) and nowhere else: not QSettings, not any file the window writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow

from recapdesk.publish.credentials import SERVICE, load_credentials, secret_entry
from recapdesk.settings import Settings
from recapdesk.ui.dialogs.preferences import PreferencesDialog
from recapdesk.ui.dialogs.wechat_account import WeChatAccountBox

APPID = "wx5f3e0c1d2b4a6978"
SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"


class MemoryKeyring(KeyringBackend):
    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    for name in ("RECAPDESK_WECHAT_APPID", "RECAPDESK_WECHAT_APPSECRET"):
        monkeypatch.delenv(name, raising=False)
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_the_secret_goes_to_the_keyring_and_never_to_the_settings_file(
    qtbot: QtBot, make_window: MakeWindow, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    window = make_window()
    typed: list[str] = []

    def fill_in_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        appid = dialog.findChild(QLineEdit, "wechat_appid")
        secret = dialog.findChild(QLineEdit, "wechat_secret")
        assert appid is not None and secret is not None
        assert secret.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(appid, APPID)
        qtbot.keyClicks(secret, SECRET)
        typed.append(secret.text())
        # Something else changes too, so the settings are written.
        dialog.editors["autosave_interval"].setValue(77)  # type: ignore[union-attr]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_in_and_accept)
    assert window.preferences.edit()
    assert typed == [SECRET]
    assert memory_keyring.entries[(SERVICE, secret_entry(APPID))] == SECRET
    assert load_credentials({}).appid == APPID  # what publishing will use

    window.settings.sync()
    settings_file = Path(window.settings.fileName())
    assert "77" in settings_file.read_text(encoding="utf-8")  # the right file was written
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path

    # Shown again: the AppID, never the secret.
    box = WeChatAccountBox()
    qtbot.addWidget(box)
    assert box.appid.text() == APPID and box.secret.text() == ""
    assert "replace" in box.secret.placeholderText()


def test_forget_removes_the_account_from_the_keyring(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    box = WeChatAccountBox()
    qtbot.addWidget(box)
    box.appid.setText(APPID)
    box.secret.setText(SECRET)
    assert box.apply()
    assert box.secret.text() == ""
    forget = box.findChild(QPushButton, "wechat_forget")
    assert forget is not None and forget.isEnabled()
    forget.click()
    assert memory_keyring.entries == {}
    assert APPID in box.status.text()
    assert not forget.isEnabled()


def test_a_secret_without_its_appid_keeps_the_dialog_open(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.account.secret.setText(SECRET)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert "AppID" in dialog.account.status.text()
    assert memory_keyring.entries == {}


def test_the_environment_and_a_missing_keyring_are_said(qtbot: QtBot) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        box = WeChatAccountBox(
            environ={"RECAPDESK_WECHAT_APPID": APPID, "RECAPDESK_WECHAT_APPSECRET": SECRET}
        )
        qtbot.addWidget(box)
    finally:
        keyring.set_keyring(before)
    text = box.status.text()
    assert f"publishing uses the account {APPID} from the environment" in text
    assert "No system keyring was found" in text and "RECAPDESK_WECHAT_APPSECRET" in text
    assert SECRET not in text
    assert not box.secret.isEnabled()
