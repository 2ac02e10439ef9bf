"""The Checks panel's "Download into the project": a picture on a host WeChat fails to re-host
downloaded on a worker thread into the assets folder, its references rewritten as one undo
step; a failure named, a cancel leaving nothing behind.

The host is raw.githubusercontent.com as the finding needs it, served by a local server that
the download reaches as its HTTP proxy: nothing leaves this computer."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QPushButton, QToolButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from tests.pictures_support import rotated_jpeg
from tests.ui.scripted import ScriptedDialogs

from recapdesk.store.assets import AssetsFolder
from recapdesk.ui.window.compliance_panel import FIX, CompliancePanel
from recapdesk.ui.window.main_window import MainWindow

HOST = "http://raw.githubusercontent.com/cloudnativeto/sig-kubernetes/main"
PHOTO = rotated_jpeg()
SLOW_SECONDS = 5.0  # the slow picture's chunks stop after this, cancelled or not


class _Host(http.server.BaseHTTPRequestHandler):
    """GitHub's raw files as the proxy sees them: the request line holds the whole URL."""

    stop = threading.Event()

    def do_GET(self) -> None:
        name = urlsplit(self.path).path.rsplit("/", 1)[-1]
        if name not in ("photo.jpg", "slow.jpg"):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(PHOTO)))
        self.end_headers()
        if name == "photo.jpg":
            self.wfile.write(PHOTO)
            return
        deadline = time.monotonic() + SLOW_SECONDS
        for start in range(0, len(PHOTO), 1024):
            if self.stop.is_set() or time.monotonic() > deadline:
                return
            self.wfile.write(PHOTO[start : start + 1024])
            self.wfile.flush()
            time.sleep(0.05)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Host)
    httpd.daemon_threads = True
    _Host.stop.clear()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    address = f"http://127.0.0.1:{httpd.server_address[1]}"
    for name in ("http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, address)
    for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    yield
    _Host.stop.set()
    httpd.shutdown()
    httpd.server_close()


def _finding(panel: CompliancePanel, url: str) -> QTreeWidgetItem:
    panel.refresh()
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    [item] = [i for i in items if i is not None and i.text(1) == "WeChat: image-host"]
    assert url in item.toolTip(0)
    return item


def _download_button(window: MainWindow, url: str) -> QToolButton:
    panel = window.compliance
    cell = panel.list.itemWidget(_finding(panel, url), FIX)
    assert cell is not None
    button = cell.findChild(QToolButton, "complianceDownload")
    assert isinstance(button, QToolButton)
    assert button.text() == "Download into the project"
    return button


def _assets(window: MainWindow) -> AssetsFolder:
    assert window.document.path is not None
    return AssetsFolder(window.document.path)


@pytest.mark.usefixtures("proxy")
def test_the_picture_is_downloaded_into_the_project_as_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    url = f"{HOST}/photo.jpg"
    text = f"二期合影：\n\n![合影]({url})\n\n[原图]({url})"
    window.document.set_field(("next_phase", "text"), text)
    before = set(_assets(window).files())
    steps = window.document.undo_stack.count()
    with qtbot.waitSignal(window.downloads.finished, timeout=15_000):
        _download_button(window, url).click()
    (name,) = set(_assets(window).files()) - before
    assert (_assets(window).path / name).read_bytes() == PHOTO
    reference = f"k8s-source-study-phase1.assets/{name}"
    # The picture points into the project; a link to the same address stays a link.
    assert window.document.project.next_phase.text == (
        f"二期合影：\n\n![合影]({reference})\n\n[原图]({url})"
    )
    assert window.document.undo_stack.count() == steps + 1
    window.compliance.refresh()
    assert not [f for f in window.compliance.wechat if f.rule == "image-host"]
    window.document.undo_stack.undo()
    assert window.document.project.next_phase.text == text


@pytest.mark.usefixtures("proxy")
def test_a_failed_download_says_which_picture_and_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs
) -> None:
    url = f"{HOST}/gone.png"
    window.document.set_field(("next_phase", "text"), f"![图]({url})")
    before = set(_assets(window).files())
    steps = window.document.undo_stack.count()
    with qtbot.waitSignal(window.downloads.finished, timeout=15_000):
        _download_button(window, url).click()
    assert dialogs.errors == [f"Could not download:\n\n{url}\nthe server answered 404 Not Found"]
    assert window.document.project.next_phase.text == f"![图]({url})"
    assert window.document.undo_stack.count() == steps
    assert set(_assets(window).files()) == before


@pytest.mark.usefixtures("proxy")
def test_the_window_goes_on_during_a_download_and_cancel_leaves_nothing_behind(
    qtbot: QtBot, window: MainWindow
) -> None:
    url = f"{HOST}/slow.jpg"
    window.document.set_field(("next_phase", "text"), f"![图]({url})")
    before = set(_assets(window).files())
    _download_button(window, url).click()
    downloads = window.downloads
    # The progress dialog comes up while the picture is on its way: the GUI thread is free.
    qtbot.waitUntil(lambda: downloads.progress is not None and downloads.progress.isVisible())
    assert downloads.busy
    window.document.set_field(("article", "title"), "改了标题")  # editing goes on meanwhile
    assert downloads.progress is not None
    (cancel,) = downloads.progress.findChildren(QPushButton)
    with qtbot.waitSignal(downloads.finished, timeout=15_000):
        cancel.click()
        assert downloads.progress is None  # gone at once; the thread ends after its chunk
    assert not downloads.busy
    assert window.document.project.next_phase.text == f"![图]({url})"
    assert window.document.project.article.title == "改了标题"
    assert set(_assets(window).files()) == before
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_finding_of_another_kind_offers_no_download(window: MainWindow) -> None:
    window.document.set_field(("next_phase", "text"), "![图](https://cloudnative.to/x.png)")
    panel = window.compliance
    panel.refresh()
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    assert items and all(
        item is not None and panel.list.itemWidget(item, FIX) is None for item in items
    )


@pytest.mark.usefixtures("proxy")
def test_the_window_closing_mid_download_stops_it(qtbot: QtBot, window: MainWindow) -> None:
    url = f"{HOST}/slow.jpg"
    window.document.set_field(("next_phase", "text"), f"![图]({url})")
    before = set(_assets(window).files())
    _download_button(window, url).click()
    assert window.downloads.busy
    window.document.undo_stack.setClean()
    started = time.monotonic()
    assert window.close()
    assert time.monotonic() - started < SLOW_SECONDS  # cancelled, not waited out
    assert set(_assets(window).files()) == before
