"""Smoke test of the BUILT app (dist/recapdesk/, from `make dist`): it starts without Python on
the PATH, prints the real version, renders the example exactly as the source tree does, and its
window shows the article in the preview.

Building takes minutes, so a missing or stale bundle is built here only when
RECAPDESK_BUILD_BUNDLE=1; otherwise these tests are skipped with the reason. CI builds the
bundle first (.ci/run: about 1.5 minutes on 2 cores, the tests take 20 s), so there they run,
and a missing bundle is a failure.
"""

from __future__ import annotations

import base64
import html
import importlib.metadata
import importlib.util
import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recapdesk import __version__
from tests.packaging.support import EXAMPLE, PACKAGING, ROOT, packaging_module

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the smoke test drives the Linux build"),
]

rules = packaging_module("bundle_rules")
DIST = ROOT / "dist"
APP = DIST / "recapdesk"
EXECUTABLE = APP / "recapdesk"
BUILD_INFO = DIST / "build-info-onedir.json"
OPT_IN = "RECAPDESK_BUILD_BUNDLE"


def _build() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed: pip install -e ".[dist]" (or make dist)')
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(ROOT / "build"),
        str(PACKAGING / "recapdesk.spec"),
    ]
    subprocess.run(command, cwd=ROOT, check=True, timeout=1800)


def _why_not_usable() -> str | None:
    if not EXECUTABLE.is_file() or not BUILD_INFO.is_file():
        return "no built app in dist/recapdesk"
    info = json.loads(BUILD_INFO.read_text(encoding="utf-8"))
    if info.get("fingerprint") != rules.source_fingerprint(ROOT):
        return "dist/recapdesk was built from other sources than the ones here"
    return None


@pytest.fixture(scope="module")
def app() -> Path:
    """The built app's executable, current with the sources."""
    problem = _why_not_usable()
    if problem is not None:
        if os.environ.get("CI") == "true" and os.environ.get(OPT_IN) != "1":
            pytest.fail(f"{problem}: .ci/run builds it (make dist) before make test")
        if os.environ.get(OPT_IN) != "1":
            pytest.skip(f"{problem}: run `make dist` first, or set {OPT_IN}=1 to build it here")
        _build()
        problem = _why_not_usable()
        assert problem is None, problem
    return EXECUTABLE


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """What a person's session gives the app: a home, a UTF-8 locale, and a PATH on which
    there is no Python (an empty folder), nor any of this test run's Python settings."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    return {
        "HOME": str(home),
        "PATH": str(empty),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }


def run_built(
    app: Path, env: dict[str, str], *args: str | Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def run_source(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RECAPDESK_RESOURCES"}
    return subprocess.run(
        [sys.executable, "-m", "recapdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_built_app_prints_the_real_version(app: Path, bare_env: dict[str, str]) -> None:
    result = run_built(app, bare_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"recapdesk {__version__}\n"
    assert __version__ != "0.0.0+source"  # the metadata is in the bundle


@pytest.mark.parametrize("to", ["md", "html", "wechat"])
def test_built_app_renders_the_example_as_the_source_tree_does(
    app: Path, bare_env: dict[str, str], to: str
) -> None:
    built = run_built(app, bare_env, "render", EXAMPLE, "--to", to)
    source = run_source("render", EXAMPLE, "--to", to)
    assert source.returncode == 0, source.stderr
    assert built.returncode == 0, built.stderr
    assert built.stdout == source.stdout
    assert "源码研习社" in built.stdout  # the article, not an empty page


def test_built_app_writes_the_bundled_example(
    app: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    name = EXAMPLE.name.removesuffix(".recap.toml")
    built = run_built(app, bare_env, "new", "--example", name, "-o", tmp_path / "built.recap.toml")
    source = run_source("new", "--example", name, "-o", tmp_path / "source.recap.toml")
    assert built.returncode == 0, built.stderr
    assert source.returncode == 0, source.stderr
    assert (tmp_path / "built.recap.toml").read_bytes() == (
        tmp_path / "source.recap.toml"
    ).read_bytes()


def test_built_app_checks_like_the_source_tree(app: Path, bare_env: dict[str, str]) -> None:
    built = run_built(app, bare_env, "check", EXAMPLE)
    source = run_source("check", EXAMPLE)
    assert (built.returncode, built.stdout) == (source.returncode, source.stdout)


def test_built_app_reports_a_broken_file_in_one_line(
    app: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.recap.toml"
    broken.write_text('schema = 1\ntitle = "unterminated\n', encoding="utf-8")
    result = run_built(app, bare_env, "render", broken)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "broken.recap.toml" in result.stderr


# -- the window: the preview of the built app shows the article ---------------------------------


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def window(app: Path, bare_env: dict[str, str], tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """The built app's window open on a copy of the example, offscreen, with WebEngine's
    remote debugging on a loopback port. Yields (port, log file); ends the app after."""
    project = tmp_path / EXAMPLE.name
    project.write_bytes(EXAMPLE.read_bytes())
    port = _free_port()
    env = {**bare_env, "QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{port}"}
    log = tmp_path / "window.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(app), str(project)],
            env=env,
            cwd=tmp_path,
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


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_built_app_window_shows_the_article_in_the_preview(window: tuple[int, Path]) -> None:
    port, log = window
    source = run_source("render", EXAMPLE, "--to", "html")
    headings = [_text(h) for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", source.stdout, re.S)]
    assert len(headings) >= 3, source.stdout
    deadline = time.monotonic() + 90
    devtools = DevTools(_preview_page(port, log, deadline))
    try:
        text = ""
        while time.monotonic() < deadline:
            try:
                root = devtools.call("DOM.getDocument", depth=0)["root"]["nodeId"]
                content = devtools.call("DOM.querySelector", nodeId=root, selector="#content")
                if content["nodeId"]:
                    outer = devtools.call("DOM.getOuterHTML", nodeId=content["nodeId"])
                    text = _text(outer["outerHTML"])
                    if headings[-1] in text:
                        break
            except DevToolsError:
                pass  # the preview changed the page between two calls: read it again
            time.sleep(0.5)
    finally:
        devtools.close()
    # The title and every section heading, down to the last: the whole article is in the preview.
    missing = [heading for heading in headings if heading not in text]
    assert not missing, f"not in the preview: {missing}\n{text[:2000]}"
    assert "Traceback" not in log.read_text("utf-8", errors="replace")


def test_built_app_carries_the_compiled_toml_parser(app: Path) -> None:
    """tomli's compiled modules import a shared runtime from C, which the analysis cannot
    see; without it the app still opens projects, with the slower tomllib."""
    runtimes = [
        entry.name.split(".", 1)[0]
        for entry in importlib.metadata.files("tomli") or []
        if "/" not in str(entry) and entry.name.split(".", 1)[0].endswith("__mypyc")
    ]
    for runtime in runtimes:  # none when tomli is installed as pure Python
        assert list((app.parent / "_internal").glob(f"{runtime}.*")), runtime
