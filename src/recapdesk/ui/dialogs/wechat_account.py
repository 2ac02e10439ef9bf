"""Edit > Preferences… > WeChat account: the AppID and AppSecret that publishing uses, kept in
the system keyring through publish.credentials and nowhere else.

The secret is typed into a password field, sent to the keyring when the dialog is accepted and
then dropped: it is never shown again, never put in QSettings (the Settings model has no field
for it), never written to a file or a log. "Forget" removes the account from the keyring at
once. When RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET are set, publishing uses them
and the page says so; without a keyring (a Linux session without the Secret Service) the page
says that too and points to the same variables.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from recapdesk.publish.credentials import (
    APPID_ENV,
    SECRET_ENV,
    current_appid,
    forget_credentials,
    store_credentials,
)
from recapdesk.publish.errors import PublishError
from recapdesk.ui.i18n import fill, translate


def keyring_usable() -> bool:
    """True when the keyring package found a real backend (not its "fail" stand-in, which
    it picks when there is no Secret Service, Keychain or Credential Manager)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend: Any = keyring.get_keyring()
    except Exception:  # a broken installation is no keyring either
        return False
    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


class WeChatAccountBox(QGroupBox):
    def __init__(
        self, parent: QWidget | None = None, environ: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("WeChat account"))
        self.setObjectName("preferences_wechat_account")
        environ = os.environ if environ is None else environ
        self.usable = keyring_usable()
        self.stored_appid = current_appid() if self.usable else ""

        self.appid = QLineEdit(self.stored_appid, self)
        self.appid.setObjectName("wechat_appid")
        self.appid.setAccessibleName(self.tr("AppID"))
        self.appid.setPlaceholderText(self.tr("公众号 backend: 设置与开发 > 基本配置"))
        self.secret = QLineEdit(self)
        self.secret.setObjectName("wechat_secret")
        self.secret.setAccessibleName(self.tr("AppSecret"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.forget_button = QPushButton(self.tr("&Forget"), self)
        self.forget_button.setObjectName("wechat_forget")
        self.forget_button.setToolTip(self.tr("Remove this account from the system keyring"))
        self.forget_button.clicked.connect(self.forget)
        self.status = QLabel(self)
        self.status.setObjectName("wechatAccountStatus")
        self.status.setWordWrap(True)

        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.forget_button)
        form = QFormLayout(self)
        appid_label = QLabel(self.tr("AppI&D:"), self)
        appid_label.setBuddy(self.appid)
        secret_label = QLabel(self.tr("AppSe&cret:"), self)
        secret_label.setBuddy(self.secret)
        form.addRow(appid_label, self.appid)
        form.addRow(secret_label, secret_row)
        form.addRow(self.status)

        in_environment = bool(environ.get(APPID_ENV, "").strip()) and bool(
            environ.get(SECRET_ENV, "").strip()
        )
        notes: list[str] = []
        if in_environment:
            notes.append(
                fill(
                    self.tr(
                        "%1 and %2 are set: publishing uses the account %3 from the "
                        "environment, not the one below."
                    ),
                    APPID_ENV,
                    SECRET_ENV,
                    environ[APPID_ENV].strip(),
                )
            )
        if not self.usable:
            notes.append(
                fill(
                    self.tr(
                        "No system keyring was found (on Linux: the Secret Service of GNOME "
                        "Keyring or KWallet), so recapdesk cannot keep the AppSecret. Set %1 "
                        "and %2 in the environment instead."
                    ),
                    APPID_ENV,
                    SECRET_ENV,
                )
            )
            for widget in (self.appid, self.secret, self.forget_button):
                widget.setEnabled(False)
        self.notes = "\n".join(notes)
        self._show_state()

    def _show_state(self, said: str = "") -> None:
        stored = bool(self.stored_appid)
        self.forget_button.setEnabled(self.usable and stored)
        if stored:
            self.secret.setPlaceholderText(
                self.tr("Kept in the system keyring; type a new one to replace it")
            )
        else:
            self.secret.setPlaceholderText(self.tr("Kept in the system keyring, never in a file"))
        self.status.setText("\n".join(text for text in (said, self.notes) if text))

    def forget(self) -> None:
        appid = self.stored_appid
        try:
            forget_credentials(appid)
        except PublishError as error:
            self._show_state(error.message.translated(translate))
            return
        self.stored_appid = ""
        self.appid.clear()
        self.secret.clear()
        self._show_state(fill(self.tr("The account %1 was removed from the keyring."), appid))

    def apply(self) -> bool:
        """Keep what was typed (the dialog's OK); False, with the reason shown, when it could
        not be kept and the dialog should stay open."""
        appid, secret = self.appid.text().strip(), self.secret.text().strip()
        if not self.usable or (not secret and appid == self.stored_appid):
            return True
        if not appid or not secret:
            self._show_state(self.tr("Enter both the AppID and its AppSecret."))
            (self.secret if appid else self.appid).setFocus()
            return False
        try:
            store_credentials(appid, secret)
        except PublishError as error:
            self._show_state(error.message.translated(translate))
            return False
        finally:
            self.secret.clear()  # the field never holds the secret longer than needed
        self.stored_appid = appid
        self._show_state()
        return True
