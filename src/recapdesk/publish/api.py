"""A client of the WeChat Official Account API, on httpx (Qt-free).

Only what publishing a draft needs, each call as WeChat documents it:

- ``POST /cgi-bin/stable_token`` (JSON: grant_type, appid, secret, force_refresh), the stable
  access token (https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken);
- ``POST /cgi-bin/media/uploadimg?access_token=``, multipart field ``media``: a picture of the
  article, answered with its URL (.../api/material/permanent/api_uploadimage);
- ``POST /cgi-bin/material/add_material?access_token=&type=image``, field ``media``: the cover
  as a permanent image, answered with media_id and url (.../permanent/api_addmaterial);
- ``POST /cgi-bin/draft/add`` and ``/cgi-bin/draft/update`` (JSON), the draft itself
  (.../api/draftbox/draftmanage/api_draft_add). Nothing here publishes or mass-sends.

The token lives in this object only. An answer saying it expired or is invalid gets one fresh
token and one retry; a rate limit waits and retries with a bounded backoff (``sleep`` is
injectable, so tests do not wait). Every request first asks ``cancel()``.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.publish import errors
from recapdesk.publish.credentials import Credentials
from recapdesk.publish.errors import PublishCancelledError, PublishError, api_error, say
from recapdesk.publish.redact import guard_loggers, redact, remember_secret

DEFAULT_BASE = "https://api.weixin.qq.com"
BASE_ENV = "RECAPDESK_WECHAT_API_BASE"
# Uploads of a 1 MB picture over a slow uplink take a while; nothing should hang for ever.
TIMEOUT = httpx.Timeout(60.0, connect=15.0)

log = logging.getLogger("recapdesk.publish")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def api_base(environ: Mapping[str, str]) -> tuple[str, Message | None]:
    """The API's base URL and, when ``RECAPDESK_WECHAT_API_BASE`` overrides it, the warning
    to show. Plain http is refused except to this computer: the AppSecret travels in it."""
    raw = environ.get(BASE_ENV, "").strip()
    if not raw:
        return DEFAULT_BASE, None
    parts = urlsplit(raw)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        template = QT_TRANSLATE_NOOP(
            "Publish", "RECAPDESK_WECHAT_API_BASE=%1 is not an http or https address"
        )
        raise PublishError(say(template, raw))
    if parts.scheme == "http" and not _is_loopback(host):
        template = QT_TRANSLATE_NOOP(
            "Publish",
            "RECAPDESK_WECHAT_API_BASE=%1: plain http is accepted only for this computer "
            "(127.0.0.1, ::1, localhost); use https",
        )
        raise PublishError(say(template, raw))
    warning = QT_TRANSLATE_NOOP(
        "Publish", "warning: using the WeChat API at %1 (RECAPDESK_WECHAT_API_BASE)"
    )
    return raw.rstrip("/"), say(warning, raw)


@dataclass(frozen=True)
class RetryPolicy:
    """How long a rate-limited call waits: ``first_wait``, then each wait times ``factor``,
    at most ``max_wait``, for at most ``attempts`` tries in all."""

    attempts: int = 4
    first_wait: float = 2.0
    factor: float = 3.0
    max_wait: float = 60.0

    def waits(self) -> list[float]:
        return [
            min(self.first_wait * self.factor**n, self.max_wait) for n in range(self.attempts - 1)
        ]


def _never() -> bool:
    return False


class WeChatApi:
    """The calls of a draft publish for one account. Use as a context manager, or close()."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        base_url: str = DEFAULT_BASE,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        retry: RetryPolicy | None = None,
        cancel: Callable[[], bool] = _never,
    ) -> None:
        guard_loggers()
        self.credentials = credentials
        self.base_url = base_url.rstrip("/")
        self.sleep = sleep
        self.retry = retry or RetryPolicy()
        self.cancel = cancel
        self._token = ""
        # verify=True (the default, stated): certificates are checked; no proxy settings are
        # changed, so a company proxy from the environment still works.
        self._http = httpx.Client(
            base_url=self.base_url, timeout=timeout, verify=True, transport=transport
        )

    def __enter__(self) -> WeChatApi:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- the documented calls -------------------------------------------------------------

    def upload_image(self, data: bytes, filename: str, mime: str) -> str:
        """Upload a picture of the article (/cgi-bin/media/uploadimg); its URL."""
        answer = self._call(
            "/cgi-bin/media/uploadimg", files={"media": (filename, data, mime)}, picture=filename
        )
        return self._text(answer, "url")

    def add_image_material(self, data: bytes, filename: str, mime: str) -> tuple[str, str]:
        """Upload a permanent image (/cgi-bin/material/add_material?type=image), such as the
        cover: its media_id (the draft's thumb_media_id) and URL."""
        answer = self._call(
            "/cgi-bin/material/add_material",
            params={"type": "image"},
            files={"media": (filename, data, mime)},
            picture=filename,
        )
        return self._text(answer, "media_id"), str(answer.get("url", ""))

    def add_draft(self, article: Mapping[str, Any]) -> str:
        """Create a draft of one article (/cgi-bin/draft/add); its media_id."""
        answer = self._call("/cgi-bin/draft/add", body={"articles": [dict(article)]})
        return self._text(answer, "media_id")

    def update_draft(self, media_id: str, article: Mapping[str, Any], index: int = 0) -> None:
        """Replace article ``index`` of the draft ``media_id`` (/cgi-bin/draft/update)."""
        body = {"media_id": media_id, "index": index, "articles": dict(article)}
        self._call("/cgi-bin/draft/update", body=body)

    # -- the token ------------------------------------------------------------------------

    def _fetch_token(self, force: bool) -> str:
        body = {
            "grant_type": "client_credential",
            "appid": self.credentials.appid,
            "secret": self.credentials.secret,
            "force_refresh": force,
        }
        waits = self.retry.waits()
        while True:
            answer = self._request("/cgi-bin/stable_token", body=body, params={})
            code = int(answer.get("errcode") or 0)
            if code not in errors.RATE_LIMIT or not waits:
                break
            wait = waits.pop(0)
            log.info("/cgi-bin/stable_token: rate limited (%s), waiting %.0f s", code, wait)
            self._check_cancel()
            self.sleep(wait)
        if code:
            # At this call 40001 means a wrong AppSecret, not a stale token.
            if code in errors.TOKEN_EXPIRED or code in errors.CREDENTIALS:
                said = redact(f"{code} {answer.get('errmsg', '')}")
                raise PublishError(errors.bad_credentials(said), code)
            raise api_error(code, str(answer.get("errmsg", "")))
        token = self._text(answer, "access_token")
        remember_secret(token)
        return token

    def _renew_token(self) -> None:
        """A token WeChat called expired or invalid: ask for the current one, and force a
        new one only when that is the same token (forcing is limited to 20 a day)."""
        stale = self._token
        self._token = self._fetch_token(force=False)
        if self._token == stale:
            self._token = self._fetch_token(force=True)

    # -- requests -------------------------------------------------------------------------

    def _call(
        self,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        picture: str = "",
    ) -> dict[str, Any]:
        if not self._token:
            self._token = self._fetch_token(force=False)
        renewed = False
        waits = self.retry.waits()
        while True:
            query = {**(params or {}), "access_token": self._token}
            answer = self._request(path, params=query, body=body, files=files)
            code = int(answer.get("errcode") or 0)
            if code == 0:
                return answer
            if code in errors.TOKEN_EXPIRED and not renewed:
                log.info("%s: token expired or invalid (%s), renewing it once", path, code)
                renewed = True
                self._renew_token()
                continue
            if code in errors.RATE_LIMIT and waits:
                wait = waits.pop(0)
                log.info("%s: rate limited (%s), waiting %.0f s", path, code, wait)
                self._check_cancel()
                self.sleep(wait)
                continue
            raise api_error(code, str(answer.get("errmsg", "")), picture=picture)

    def _check_cancel(self) -> None:
        if self.cancel():
            raise PublishCancelledError()

    def _request(
        self,
        path: str,
        *,
        params: Mapping[str, str],
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
    ) -> dict[str, Any]:
        self._check_cancel()
        log.info("POST %s", path)
        content = None
        headers = {}
        if body is not None:
            # WeChat wants Chinese as UTF-8 itself, not \uXXXX escapes (40033 otherwise, and
            # the draft API's notes say so for title and author).
            content = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json; charset=utf-8"
        try:
            response = self._http.post(
                path, params=dict(params), content=content, files=files, headers=headers
            )
        except httpx.TimeoutException as error:
            raise PublishError(self._unreachable(error, timed_out=True)) from None
        except httpx.HTTPError as error:
            raise PublishError(self._unreachable(error, timed_out=False)) from None
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            template = QT_TRANSLATE_NOOP(
                "Publish", "the WeChat API at %1 answered %2 with HTTP %3, not with JSON"
            )
            raise PublishError(say(template, self.base_url, path, str(response.status_code)))
        return answer

    def _unreachable(self, error: Exception, *, timed_out: bool) -> Message:
        reason = redact(str(error) or type(error).__name__)
        if timed_out:
            template = QT_TRANSLATE_NOOP(
                "Publish", "the WeChat API at %1 did not answer in time (%2); publish again"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Publish",
                "cannot reach the WeChat API at %1 (%2); check the network connection or proxy",
            )
        return say(template, self.base_url, reason)

    def _text(self, answer: Mapping[str, Any], key: str) -> str:
        value = answer.get(key)
        if not isinstance(value, str) or not value:
            template = QT_TRANSLATE_NOOP("Publish", "the WeChat API's answer has no %1")
            raise PublishError(say(template, key))
        return value
