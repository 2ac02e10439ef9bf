"""The app's window seen from outside, as a person sees it: the app started offscreen with
QtWebEngine's remote debugging on a loopback port, and the preview page's article read through
the Chrome DevTools protocol. Shared by the smoke tests of the built app (test_bundle.py) and of
an installed wheel (test_wheel.py)."""

from __future__ import annotations

import base64
import html
import json
import os
import re
import signal
import socket
import struct
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

WAIT_SECONDS = 90  # offscreen on a busy 2-core machine, Chromium starts slowly


class DevToolsError(Exception):
    """The protocol's answer to a call was an error (e.g. a node gone: the DOM changed)."""


class DevTools:
    """Just enough of the Chrome DevTools protocol (one WebSocket, text frames) to read the
    preview page's DOM from outside the app. Loopback only."""

    def __init__(self, url: str) -> None:
        match = re.fullmatch(r"ws://([^/:]+):(\d+)(/.*)", url)
        assert match, url
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            assert chunk, "DevTools closed the connection"
            response += chunk
        assert response.split(b"\r\n", 1)[0].split()[1] == b"101", response
        self.buffer = response.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            assert chunk, "DevTools closed the connection"
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _message(self) -> dict[str, Any]:
        payload = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload += self._read(length)
            if first & 0x80:  # FIN
                message: dict[str, Any] = json.loads(payload)
                return message

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        data = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        else:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + masked)
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise DevToolsError(message["error"])
                result: dict[str, Any] = message["result"]
                return result

    def close(self) -> None:
        self.sock.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def app_window(command: list[str], env: dict[str, str], folder: Path) -> Iterator[tuple[int, Path]]:
    """``command`` (the app on a project) started in ``folder`` with remote debugging on a
    loopback port. Yields (port, log file); ends the app and its helpers after."""
    port = free_port()
    env = {**env, "QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{port}"}
    log = folder / "window.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=folder,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its WebEngine helpers end with it (one process group)
        )
    try:
        yield port, log
        assert process.poll() is None, "the app quit by itself:\n" + log.read_text("utf-8")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=20)


def _preview_page(port: int, log: Path, deadline: float) -> str:
    """The DevTools WebSocket of the preview's shell page, once it is there."""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=5) as response:
                pages = json.loads(response.read())
        except OSError:
            pages = []
        for page in pages:
            if page.get("url", "").endswith("/preview/shell.html"):
                url: str = page["webSocketDebuggerUrl"]
                return url
        time.sleep(0.5)
    pytest.fail("the preview page never loaded:\n" + log.read_text("utf-8", errors="replace"))


def visible_text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def headings(article_html: str) -> list[str]:
    """The title and section headings of ``recapdesk render --to html`` output, as text."""
    return [visible_text(h) for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", article_html, re.S)]


def preview_text(port: int, log: Path, last_heading: str) -> str:
    """The text of the preview's article once ``last_heading`` is in it (or at the deadline)."""
    deadline = time.monotonic() + WAIT_SECONDS
    devtools = DevTools(_preview_page(port, log, deadline))
    text = ""
    try:
        while time.monotonic() < deadline:
            try:
                root = devtools.call("DOM.getDocument", depth=0)["root"]["nodeId"]
                content = devtools.call("DOM.querySelector", nodeId=root, selector="#content")
                if content["nodeId"]:
                    outer = devtools.call("DOM.getOuterHTML", nodeId=content["nodeId"])
                    text = visible_text(outer["outerHTML"])
                    if last_heading in text:
                        break
            except DevToolsError:
                pass  # the preview changed the page between two calls: read it again
            time.sleep(0.5)
    finally:
        devtools.close()
    return text
