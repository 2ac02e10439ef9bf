"""The WeChat account's AppID and AppSecret: from the environment (CI) or the system keyring,
never from a file (Qt-free).

The keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) keeps
one entry per AppID under the service "recapdesk", and one entry naming the AppID in use, so
the window's Preferences > WeChat account can switch between accounts. Nothing here writes
the secret anywhere else: not the project file, not QSettings, not a log line (the secret is
registered with :func:`~recapdesk.publish.redact.remember_secret` the moment it is read).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.publish.errors import PublishError, say
from recapdesk.publish.redact import redact, remember_secret

SERVICE = "recapdesk"
APPID_ENV = "RECAPDESK_WECHAT_APPID"
SECRET_ENV = "RECAPDESK_WECHAT_APPSECRET"
CURRENT_ENTRY = "wechat:current-appid"  # its password is the AppID in use (not a secret)


def secret_entry(appid: str) -> str:
    """The keyring user name under which the AppSecret of ``appid`` is kept."""
    return f"wechat:{appid}"


@dataclass(frozen=True)
class Credentials:
    """An account's AppID and AppSecret; ``repr`` never shows the secret."""

    appid: str
    secret: str = field(repr=False)
    source: str = "keyring"  # "keyring" or "environment", for messages

    def __post_init__(self) -> None:
        remember_secret(self.secret)


def _no_account() -> PublishError:
    return PublishError(
        say(
            QT_TRANSLATE_NOOP(
                "Publish",
                "no WeChat account: enter the AppID and AppSecret in Preferences > WeChat "
                "account, or set RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET",
            )
        )
    )


def _keyring_failed(error: Exception) -> PublishError:
    template = QT_TRANSLATE_NOOP(
        "Publish",
        "the system keyring cannot be used (%1); set RECAPDESK_WECHAT_APPID and "
        "RECAPDESK_WECHAT_APPSECRET instead, or unlock the keyring",
    )
    return PublishError(say(template, redact(str(error) or type(error).__name__)))


def _keyring() -> Any:
    # Imported when needed: the keyring package looks for its backends when first imported,
    # which the commands that never publish need not pay for.
    import keyring

    return keyring


def load_credentials(
    environ: Mapping[str, str] | None = None, *, keyring_module: Any = None
) -> Credentials:
    """The account to publish with: the environment's when both variables are set (CI),
    else the keyring's current account. Raises :class:`PublishError` when there is none."""
    environ = os.environ if environ is None else environ
    appid = environ.get(APPID_ENV, "").strip()
    secret = environ.get(SECRET_ENV, "").strip()
    if appid and secret:
        return Credentials(appid, secret, "environment")
    store = keyring_module if keyring_module is not None else _keyring()
    try:
        appid = appid or (store.get_password(SERVICE, CURRENT_ENTRY) or "").strip()
        if not appid:
            raise _no_account()
        secret = (store.get_password(SERVICE, secret_entry(appid)) or "").strip()
    except PublishError:
        raise
    except Exception as error:  # any backend's failure: locked, missing, no D-Bus
        raise _keyring_failed(error) from None
    if not secret:
        raise _no_account()
    return Credentials(appid, secret, "keyring")


def store_credentials(appid: str, secret: str, *, keyring_module: Any = None) -> None:
    """Keep ``secret`` for ``appid`` in the keyring and make it the current account."""
    appid, secret = appid.strip(), secret.strip()
    remember_secret(secret)
    store = keyring_module if keyring_module is not None else _keyring()
    try:
        store.set_password(SERVICE, secret_entry(appid), secret)
        store.set_password(SERVICE, CURRENT_ENTRY, appid)
    except Exception as error:
        raise _keyring_failed(error) from None


def forget_credentials(appid: str, *, keyring_module: Any = None) -> None:
    """Remove the account ``appid`` from the keyring (and as the current one)."""
    store = keyring_module if keyring_module is not None else _keyring()
    try:
        for entry in (secret_entry(appid), CURRENT_ENTRY):
            if entry != CURRENT_ENTRY or store.get_password(SERVICE, entry) == appid:
                try:
                    store.delete_password(SERVICE, entry)
                except Exception as error:  # already gone is fine
                    if type(error).__name__ != "PasswordDeleteError":
                        raise
    except Exception as error:
        raise _keyring_failed(error) from None


def current_appid(*, keyring_module: Any = None) -> str:
    """The AppID of the keyring's current account, or "" (for Preferences)."""
    store = keyring_module if keyring_module is not None else _keyring()
    try:
        return str(store.get_password(SERVICE, CURRENT_ENTRY) or "")
    except Exception:
        return ""
