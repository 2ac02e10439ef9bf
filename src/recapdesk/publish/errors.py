"""What can go wrong while publishing, each as a message that says what to do (Qt-free).

WeChat answers a failed call with ``{"errcode": N, "errmsg": "..."}``; :func:`api_error` turns
the codes a user meets into a :class:`PublishError` whose message names the cause and the fix.
The codes come from WeChat's global return codes (全局返回码) and each API's own table, e.g.
https://developers.weixin.qq.com/doc/service/api/material/permanent/api_uploadimage (40005,
40009). WeChat's own words (errmsg) are kept as data, redacted, after ours.
"""

from __future__ import annotations

import re

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.publish.redact import redact

CONTEXT = "Publish"

WHITELIST = 40164  # invalid ip ..., not in whitelist
TOKEN_EXPIRED = frozenset({40001, 40014, 42001})  # invalid credential / access_token, expired
CREDENTIALS = frozenset({40013, 40125, 41002, 41004, 40243})  # AppID, AppSecret, frozen secret
# 45009: the daily quota (reach max api daily quota limit); 45011: the minute quota; -1: system
# busy, try again later. Waiting helps the last two, and sometimes the first after a reset.
RATE_LIMIT = frozenset({45009, 45011, -1})
SYSTEM_BUSY = -1
CONTENT_TOO_LONG = frozenset({45002})  # content size out of limit
TITLE_TOO_LONG = frozenset({45003})
DIGEST_TOO_LONG = frozenset({45004})
PICTURE_REFUSED = frozenset({40004, 40005, 40006, 40009, 40137, 45001})
DRAFT_GONE = frozenset({40007})  # invalid media_id: the draft was published or deleted

_IP = re.compile(r"invalid ip ([0-9A-Fa-f.:]+)")


def say(template: str, *args: str | Message) -> Message:
    """A message of the publish feature; ``template`` is marked with
    QT_TRANSLATE_NOOP("Publish", ...) where it is written, so pyside6-lupdate collects it."""
    return Message(CONTEXT, template, args)


class PublishError(Exception):
    """Publishing stopped. ``message`` says why and what to do, in words the UI translates
    (``str()``: English); ``code`` is WeChat's errcode when WeChat refused the call."""

    def __init__(self, message: Message, code: int | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.code = code


class PublishCancelledError(PublishError):
    """The user cancelled; what was uploaded so far is kept for the next run."""

    def __init__(self) -> None:
        super().__init__(
            say(
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "publishing was cancelled; publish again to go on where it stopped",
                )
            )
        )


def whitelist_ip(errmsg: str) -> str:
    """The address WeChat saw, from its 40164 message ("invalid ip 1.2.3.4 ipv6 ::ffff:...,
    not in whitelist rid: ..."), or "" when the message does not name one."""
    match = _IP.search(errmsg)
    return match[1].rstrip(",") if match else ""


def api_error(code: int, errmsg: str, *, picture: str = "") -> PublishError:
    """The error for WeChat's answer ``code``/``errmsg``; ``picture`` names the picture the
    call uploaded, if any."""
    said = redact(f"{code} {errmsg}".strip())
    if code == WHITELIST:
        ip = whitelist_ip(errmsg) or "?"
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat refused the call from IP address %1: it is not on the account's IP "
            "whitelist. Add %1 in the 公众号 backend under 设置与开发 > 基本配置 > IP白名单 "
            "(IP whitelist), then publish again (WeChat said: %2)",
        )
        return PublishError(say(template, ip, said), code)
    if code in CREDENTIALS:
        return PublishError(bad_credentials(said), code)
    if code in TOKEN_EXPIRED:
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat did not accept a fresh access token either (%1); check the AppID and "
            "AppSecret, and publish again later",
        )
        return PublishError(say(template, said), code)
    if code == SYSTEM_BUSY:
        template = QT_TRANSLATE_NOOP(
            "Publish", "WeChat is busy and stayed busy (%1); publish again in a few minutes"
        )
        return PublishError(say(template, said), code)
    if code in RATE_LIMIT:
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat's call quota for this account is used up and waiting did not help (%1); "
            "publish again later: the daily quota starts again at midnight, Beijing time",
        )
        return PublishError(say(template, said), code)
    if code in CONTENT_TOO_LONG:
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat refused the article as too long (%1): its text must stay under 20,000 "
            "characters and 1 MB; shorten it or split it into two articles",
        )
        return PublishError(say(template, said), code)
    if code in TITLE_TOO_LONG:
        template = QT_TRANSLATE_NOOP(
            "Publish", "WeChat refused the title as too long (%1); shorten it in the Article tab"
        )
        return PublishError(say(template, said), code)
    if code in DIGEST_TOO_LONG:
        template = QT_TRANSLATE_NOOP(
            "Publish", "WeChat refused the digest as too long (%1); shorten it in the Article tab"
        )
        return PublishError(say(template, said), code)
    if code in PICTURE_REFUSED:
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "WeChat refused the picture %1 (%2): pictures must be JPEG or PNG, under 1 MB in "
            "the article and under 10 MB as the cover",
        )
        return PublishError(say(template, picture or "?", said), code)
    template = QT_TRANSLATE_NOOP("Publish", "WeChat refused the call: %1")
    return PublishError(say(template, said), code)


def bad_credentials(said: str) -> Message:
    template = QT_TRANSLATE_NOOP(
        "Publish",
        "WeChat did not accept the AppID or the AppSecret (%1): check both in Preferences > "
        "WeChat account (or RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET), and "
        "whether the AppSecret was reset or frozen in the 公众号 backend",
    )
    return say(template, said)
