"""Secrets out of every text the publish feature shows or logs (Qt-free).

The AppSecret and the access tokens must never reach a message, a log line, a crash report or
a file. Every text built from something WeChat or httpx said passes through :func:`redact`, and
:func:`guard_loggers` puts a filter on the loggers that see request URLs (httpx writes each URL,
``access_token=...`` included, at INFO level), so a log handler only ever gets the redacted line.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

REDACTED = "***"

# The shapes a secret takes in what httpx, WeChat and our own requests write, whether or not
# the value itself is known: a query parameter, a JSON member, a form field.
_SHAPES = (
    re.compile(r"(?i)((?:access_token|secret|appsecret)=)[^&\s\"'<>]+"),
    re.compile(r"(?i)(\"(?:access_token|secret|appsecret)\"\s*:\s*\")[^\"]*(?=\")"),
    re.compile(r"(?i)('(?:access_token|secret|appsecret)'\s*:\s*')[^']*(?=')"),
)
MIN_SECRET_LENGTH = 6
"""Known values shorter than this are not replaced wherever they occur: "ab" would garble the
text, and no AppSecret (32 characters) or token (over 100) is that short."""

_known: set[str] = set()
_known_lock = threading.Lock()


def remember_secret(value: str) -> None:
    """Redact ``value`` from every later message and log line of this process (the AppSecret
    when it is read, each access token when it arrives)."""
    if len(value) >= MIN_SECRET_LENGTH:
        with _known_lock:
            _known.add(value)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without any secret: the values given, those remembered, and whatever stands
    where a token or a secret is written (``access_token=``, ``"secret": "..."``)."""
    with _known_lock:
        values = set(_known)
    values.update(s for s in secrets if len(s) >= MIN_SECRET_LENGTH)
    # Longest first: a token that contains a shorter secret is replaced whole.
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, REDACTED)
    for shape in _SHAPES:
        text = shape.sub(lambda match: match[1] + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, arguments merged, through :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: keep it, as logging would
            message = str(record.msg)
        record.msg = redact(message)
        record.args = ()
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


# A filter on a logger applies only to records made by that logger itself, so each logger
# that may write a URL or a body gets its own.
GUARDED_LOGGERS = (
    "recapdesk.publish",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)
_FILTER = RedactingFilter()


def guard_loggers() -> None:
    """Put the redacting filter on every logger the publish feature's requests write to."""
    for name in GUARDED_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
