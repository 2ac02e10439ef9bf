"""A local stand-in for the WeChat Official Account API, on 127.0.0.1, that checks every
request as WeChat documents it and answers as WeChat does (no internet in the tests).

Checked: POST only; ``stable_token`` takes JSON grant_type/appid/secret/force_refresh; every
other call carries ``access_token`` in the query; ``media/uploadimg`` and ``add_material``
(with ``type=image``) take a multipart field ``media`` with a file name and a content type
(uploadimg: JPEG or PNG under 1 MB; add_material: at most 10 MB); the draft calls take UTF-8
JSON with Chinese as itself (not \\uXXXX), the documented fields and types within their limits,
a thumb_media_id this server gave out, and content whose pictures are all URLs it returned.
Every violation is recorded in ``problems`` (tests assert it stays empty) and answered with
WeChat's "data format error" 47001.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message as EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

APPID = "wx5f3e0c1d2b4a6978"
SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
WHITELIST_IP = "203.0.113.7"

_IMG_SRC = re.compile(r"<img\b[^>]*?\ssrc=\"([^\"]*)\"", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


@dataclass
class Upload:
    sha256: str
    filename: str
    content_type: str
    url: str


@dataclass
class MockWeChat:
    base_url: str = ""
    tokens_issued: list[str] = field(default_factory=list)
    token_calls: list[dict[str, Any]] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=set)
    expired_tokens: set[str] = field(default_factory=set)
    uploads: list[Upload] = field(default_factory=list)
    materials: dict[str, str] = field(default_factory=dict)  # media_id -> sha256
    material_data: dict[str, bytes] = field(default_factory=dict)  # media_id -> the picture
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)
    adds: int = 0
    updates: int = 0
    requests: list[str] = field(default_factory=list)  # paths, in order
    problems: list[str] = field(default_factory=list)
    scripted: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    whitelist_refuses: bool = False
    expire_first_token: bool = False  # the first token is answered 42001 when first used
    hold_path: str = ""  # requests to this path after the first wait for `release`
    abandon_held: bool = False  # a held request, released, is dropped (its client is gone)
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, path: str, *answers: dict[str, Any]) -> None:
        """Answer the next calls of ``path`` with ``answers``, in order, before anything else."""
        self.scripted.setdefault(path, []).extend(answers)

    def upload_urls(self) -> set[str]:
        return {u.url for u in self.uploads}

    # -- the endpoints ------------------------------------------------------------------

    def stable_token(self, body: dict[str, Any]) -> dict[str, Any]:
        self.token_calls.append({k: v for k, v in body.items() if k != "secret"})
        if body.get("grant_type") != "client_credential":
            return self.problem("stable_token: grant_type is not client_credential")
        if not isinstance(body.get("force_refresh", False), bool):
            return self.problem("stable_token: force_refresh is not a boolean")
        if self.whitelist_refuses:
            return {
                "errcode": 40164,
                "errmsg": f"invalid ip {WHITELIST_IP} ipv6 ::ffff:{WHITELIST_IP}, "
                "not in whitelist rid: 6125a48e-4bc55df9-6a1d6b57",
            }
        if body.get("appid") != APPID:
            return {"errcode": 40013, "errmsg": "invalid appid rid: 1"}
        if body.get("secret") != SECRET:
            return {"errcode": 40125, "errmsg": "invalid appsecret rid: 2"}
        current = self.tokens_issued[-1] if self.tokens_issued else ""
        if body.get("force_refresh") or current not in self.valid_tokens:
            self.valid_tokens.discard(current)
            current = f"TOKEN-{len(self.tokens_issued) + 1}-" + "x" * 100
            self.tokens_issued.append(current)
            self.valid_tokens.add(current)
        return {"access_token": current, "expires_in": 7200}

    def check_token(self, query: dict[str, list[str]]) -> dict[str, Any] | None:
        tokens = query.get("access_token", [])
        if len(tokens) != 1:
            return self.problem("no access_token in the query") | {"errcode": 41001}
        token = tokens[0]
        if self.expire_first_token and token == self.tokens_issued[0]:
            self.valid_tokens.discard(token)
            self.expired_tokens.add(token)
        if token in self.expired_tokens:
            return {"errcode": 42001, "errmsg": "access_token expired rid: 3"}
        if token not in self.valid_tokens:
            return {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid"}
        return None

    def media(
        self, headers: EmailMessage, body: bytes, limit: int, types: tuple[str, ...]
    ) -> tuple[bytes, str, str] | dict[str, Any]:
        content_type = headers.get("Content-Type", "")
        if not content_type.startswith("multipart/form-data"):
            return self.problem(f"not multipart/form-data: {content_type}")
        parsed = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        parts = [
            p for p in parsed.iter_parts() if p.get_param("name", header="content-disposition")
        ]
        media = [p for p in parts if p.get_param("name", header="content-disposition") == "media"]
        if len(media) != 1:
            return self.problem("no single multipart field named media")
        part = media[0]
        filename = part.get_filename() or ""
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        kind = part.get_content_type()
        if not filename:
            return self.problem("the media field has no filename")
        if kind not in types:
            return {"errcode": 40005, "errmsg": f"invalid file type {kind}"}
        magic = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG"}.get(kind, b"")
        if magic and not data.startswith(magic):
            return self.problem(f"{filename}: bytes are not {kind}")
        if len(data) >= limit:
            return {"errcode": 40009, "errmsg": "invalid image size"}
        return data, filename, kind

    def uploadimg(self, headers: EmailMessage, body: bytes) -> dict[str, Any]:
        got = self.media(headers, body, 1_000_000, ("image/jpeg", "image/png"))
        if isinstance(got, dict):
            return got
        data, filename, kind = got
        url = f"http://mmbiz.qpic.cn/mmbiz_png/mock{len(self.uploads) + 1}/0?wx_fmt=png&from=appmsg"
        self.uploads.append(Upload(hashlib.sha256(data).hexdigest(), filename, kind, url))
        return {"url": url, "errcode": 0, "errmsg": "ok"}

    def add_material(
        self, query: dict[str, list[str]], headers: EmailMessage, body: bytes
    ) -> dict[str, Any]:
        if query.get("type") != ["image"]:
            return self.problem(f"add_material: type is {query.get('type')}, not image")
        types = ("image/bmp", "image/png", "image/jpeg", "image/gif")
        got = self.media(headers, body, 10_000_001, types)
        if isinstance(got, dict):
            return got
        media_id = f"COVER-{len(self.materials) + 1}"
        self.materials[media_id] = hashlib.sha256(got[0]).hexdigest()
        self.material_data[media_id] = got[0]
        return {"media_id": media_id, "url": f"http://mmbiz.qpic.cn/cover/{media_id}/0"}

    def check_article(self, article: Any) -> dict[str, Any] | None:
        if not isinstance(article, dict):
            return self.problem("the article is not an object")
        allowed = {
            "article_type", "title", "author", "digest", "content", "content_source_url",
            "thumb_media_id", "need_open_comment", "only_fans_can_comment",
        }  # fmt: skip
        if set(article) - allowed:
            return self.problem(f"unknown article fields {set(article) - allowed}")
        for key in ("title", "content", "thumb_media_id"):
            if not isinstance(article.get(key), str) or not article[key]:
                return self.problem(f"article.{key} missing")
        for key in ("need_open_comment", "only_fans_can_comment"):
            if article.get(key, 0) not in (0, 1) or isinstance(article.get(key), bool):
                return self.problem(f"article.{key} is not 0 or 1")
        if len(article["title"]) > 32:
            return {"errcode": 45003, "errmsg": "title size out of limit"}
        if len(article.get("author", "")) > 16:
            return self.problem("author over 16 characters")
        if len(article.get("digest", "")) > 128:
            return {"errcode": 45004, "errmsg": "description size out of limit"}
        content = article["content"]
        if len(_TAG.sub("", content)) >= 20_000 or len(content.encode()) >= 1_000_000:
            return {"errcode": 45002, "errmsg": "content size out of limit"}
        if article["thumb_media_id"] not in self.materials:
            return {"errcode": 40007, "errmsg": "invalid media_id"}
        urls = self.upload_urls()
        for src in _IMG_SRC.findall(content):
            if src.replace("&amp;", "&") not in urls:
                return self.problem(f"a picture not uploaded here: {src[:60]}")
        if "data:" in content or "file:" in content:
            return self.problem("data: or file: URI left in the content")
        return None

    def draft_add(self, body: dict[str, Any]) -> dict[str, Any]:
        articles = body.get("articles")
        if not isinstance(articles, list) or len(articles) != 1:
            return self.problem("draft/add: articles is not a list of one")
        refused = self.check_article(articles[0])
        if refused:
            return refused
        self.adds += 1
        media_id = f"DRAFT-{self.adds}"
        self.drafts[media_id] = articles[0]
        return {"media_id": media_id, "item": []}

    def draft_update(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("index") != 0 or not isinstance(body.get("media_id"), str):
            return self.problem("draft/update: media_id or index 0 missing")
        if body["media_id"] not in self.drafts:
            return {"errcode": 40007, "errmsg": "invalid media_id"}
        refused = self.check_article(body.get("articles"))
        if refused:
            return refused
        self.updates += 1
        self.drafts[body["media_id"]] = body["articles"]
        return {"errcode": 0, "errmsg": "ok"}

    def problem(self, text: str) -> dict[str, Any]:
        self.problems.append(text)
        return {"errcode": 47001, "errmsg": f"data format error: {text}"}

    # -- dispatch -----------------------------------------------------------------------

    def answer(self, method: str, target: str, headers: EmailMessage, body: bytes) -> Any:
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        with self.lock:
            self.requests.append(path)
            count = self.requests.count(path)
        if self.hold_path == path and count > 1:
            self.held.set()
            self.release.wait(30)
            if self.abandon_held:
                return {"errcode": -1, "errmsg": "system error"}
        with self.lock:
            if method != "POST":
                return {"errcode": 43002, "errmsg": "require POST method"}
            if self.scripted.get(path):
                return self.scripted[path].pop(0)
            json_body: dict[str, Any] = {}
            if path in ("/cgi-bin/stable_token", "/cgi-bin/draft/add", "/cgi-bin/draft/update"):
                loaded = self.json_body(headers, body)
                if not isinstance(loaded, dict) or "errcode" in loaded:
                    return loaded
                json_body = loaded
            if path == "/cgi-bin/stable_token":
                return self.stable_token(json_body)
            refused = self.check_token(query)
            if refused:
                return refused
            if path == "/cgi-bin/media/uploadimg":
                return self.uploadimg(headers, body)
            if path == "/cgi-bin/material/add_material":
                return self.add_material(query, headers, body)
            if path == "/cgi-bin/draft/add":
                return self.draft_add(json_body)
            if path == "/cgi-bin/draft/update":
                return self.draft_update(json_body)
            return self.problem(f"unknown endpoint {path}")

    def json_body(self, headers: EmailMessage, body: bytes) -> Any:
        if not headers.get("Content-Type", "").startswith("application/json"):
            return self.problem("a JSON call without Content-Type application/json")
        if re.search(rb"\\u[0-9a-fA-F]{4}", body):
            return self.problem("\\uXXXX escapes in the JSON (WeChat wants UTF-8 itself)")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self.problem("the body is not UTF-8 JSON")


def _handler(mock: MockWeChat) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            answer = mock.answer(self.command, self.path, self.headers, body)
            # WeChat answers errors with HTTP 200 and a JSON body, and so does the mock.
            data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json; encoding=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_POST = _serve  # noqa: N815 (the names http.server calls)
        do_GET = _serve  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def running_mock() -> Iterator[MockWeChat]:
    mock = MockWeChat()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(mock))
    server.daemon_threads = True
    mock.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield mock
    finally:
        mock.release.set()
        server.shutdown()
        server.server_close()
