"""`recapdesk fetch-images`: web pictures downloaded into the project, against a local server."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from recapdesk.model.photos import Photo
from recapdesk.store import load, save
from recapdesk.store.assets import AssetsFolder
from recapdesk.store.assets.fetch import (
    DownloadCancelledError,
    download,
    fetch_pictures,
    picture_urls,
    rewrite_pictures,
)
from tests.pictures_support import SVG
from tests.support import example_project, run_cli


class _Pictures(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != "/logo.svg":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/svg+xml")
        self.send_header("Content-Length", str(len(SVG)))
        self.end_headers()
        self.wfile.write(SVG)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pictures)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _project(tmp_path: Path, base: str) -> Path:
    project = example_project()
    project.next_phase.text = (
        f'![标志]({base}/logo.svg)\n\n看[原图]({base}/logo.svg)。\n\n<img src="{base}/logo.svg">'
    )
    project.photos.pictures = [Photo(src=f"{base}/logo.svg", caption="标志")]
    path = tmp_path / "p.recap.toml"
    save(project, path)
    return path


def test_every_web_picture_is_downloaded_and_its_references_rewritten(
    tmp_path: Path, server: str
) -> None:
    path = _project(tmp_path, server)
    result = run_cli("fetch-images", path, "--all")
    assert result.returncode == 0, result.stderr
    (name,) = AssetsFolder(path).files()
    reference = f"p.assets/{name}"
    project = load(path)
    assert project.next_phase.text == (
        f'![标志]({reference})\n\n看[原图]({server}/logo.svg)。\n\n<img src="{reference}">'
    )  # a link to the same address stays a link
    assert project.photos.pictures[0].src == reference
    assert (path.parent / reference).read_bytes() == SVG
    assert picture_urls(project) == []


def test_without_all_only_hosts_wechat_fails_on_are_fetched(tmp_path: Path, server: str) -> None:
    path = _project(tmp_path, server)
    before = path.read_text(encoding="utf-8")
    result = run_cli("fetch-images", path)
    assert (result.returncode, result.stdout) == (0, f"{path}: no web pictures to download\n")
    assert path.read_text(encoding="utf-8") == before


def test_a_picture_that_cannot_be_fetched_is_named_and_the_rest_still_come(
    tmp_path: Path, server: str
) -> None:
    path = _project(tmp_path, server)
    project = load(path)
    project.background.text = f"![丢了]({server}/gone.png)"
    save(project, path)
    result = run_cli("fetch-images", path, "--all")
    assert result.returncode == 2
    assert f"recapdesk: {path}: {server}/gone.png: the server answered 404 Not Found\n" in (
        result.stderr
    )
    assert load(path).background.text == f"![丢了]({server}/gone.png)"
    assert load(path).photos.pictures[0].src.startswith("p.assets/")


def test_a_persons_photo_given_as_an_address_is_a_picture_too(tmp_path: Path, server: str) -> None:
    project = example_project()
    project.photos.pictures = []
    project.groups[0].people[0].photo = f"{server}/logo.svg"
    project.groups[0].people[0].citation = f"[主页]({server}/logo.svg)"  # a link: stays one
    assert picture_urls(project) == [f"{server}/logo.svg"]
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    fetched = fetch_pictures(assets, picture_urls(project))
    assert rewrite_pictures(project, fetched.stored) == 1
    (name,) = assets.files()
    assert project.groups[0].people[0].photo == f"p.assets/{name}"
    assert project.groups[0].people[0].citation == f"[主页]({server}/logo.svg)"


def test_a_cancelled_download_stops_and_stores_nothing(tmp_path: Path, server: str) -> None:
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    with pytest.raises(DownloadCancelledError):
        fetch_pictures(
            assets,
            [f"{server}/logo.svg", f"{server}/logo.svg?again"],
            lambda url: download(url, cancelled=lambda: True),
        )
    assert assets.files() == []


def test_what_is_not_a_picture_is_said_so(tmp_path: Path, server: str) -> None:
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    fetched = fetch_pictures(assets, [f"{server}/logo.svg"], lambda _url: b"<html>blocked</html>")
    assert str(fetched.failed[f"{server}/logo.svg"]) == (
        "logo.svg is not a picture recapdesk can read"
    )
    assert assets.files() == []
