"""Avatars: a local photo, or GitHub's picture of the person fetched once into the assets
folder, from a local server on 127.0.0.1 standing in for GitHub (never the real network)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from recapdesk.compose import compose
from recapdesk.model import GroupColumn, GroupLayout, Person, Project, RecognitionGroup
from recapdesk.store.assets import AssetError, AssetsFolder
from recapdesk.store.avatars import (
    avatar_url,
    fetch_github_avatar,
    fetch_missing_avatars,
    import_photo,
)


def _png(color: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 200), color).save(out, "PNG")
    return out.getvalue()


AVATARS = {"/gasxia.png": _png("red"), "/Miss-you.png": _png("blue")}


class FakeGitHub:
    def __init__(self) -> None:
        self.asked: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake.asked.append(self.path)
                body = AVATARS.get(self.path.split("?")[0])
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "image/png")
                self.end_headers()
                self.wfile.write(body or b"not found")

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub()
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def test_the_avatar_address_is_githubs() -> None:
    assert avatar_url("gasxia") == "https://github.com/gasxia.png?size=200"


def test_a_local_photo_is_copied_into_the_assets_folder(tmp_path: Path) -> None:
    photo = tmp_path / "me.png"
    photo.write_bytes(_png("green"))
    assets = AssetsFolder(tmp_path / "phase1.recap.toml")
    reference = import_photo(assets, photo)
    assert reference.startswith("phase1.assets/") and reference.endswith(".png")
    assert (tmp_path / reference).read_bytes() == photo.read_bytes()


def test_avatars_are_fetched_once_and_shown_in_the_article(
    tmp_path: Path, github: FakeGitHub
) -> None:
    assets = AssetsFolder(tmp_path / "phase1.recap.toml")
    people = [
        Person(name="金润森", github="gasxia"),
        Person(name="厉辉", github="Miss-you"),
        Person(name="无名", github="nobody-here"),
        Person(name="没有账号"),
    ]
    group = RecognitionGroup(
        id="wall", layout=GroupLayout.WALL, columns=[GroupColumn.PHOTO, GroupColumn.NAME]
    )
    group.people = people
    project = Project(groups=[group])

    def fetch(folder: AssetsFolder, github_id: str) -> str:
        return fetch_github_avatar(folder, github_id, base_url=github.url)

    failed = fetch_missing_avatars(project, assets, "wall", fetch=fetch)
    assert [(p.github, "HTTP 404" in why) for p, why in failed] == [("nobody-here", True)]
    found = project.group("wall").people
    assert found[0].photo.startswith("phase1.assets/")
    assert (tmp_path / found[0].photo).read_bytes() == AVATARS["/gasxia.png"]
    assert found[2].photo == "" and found[3].photo == ""
    assert f"![金润森]({found[0].photo})" in compose(project)
    assert "border-radius:50%" in compose(project)  # initials for those without a photo
    asked = len(github.asked)
    fetch_missing_avatars(project, assets, "wall", fetch=fetch)
    assert len(github.asked) == asked + 1  # only the one that failed is asked again


def test_only_https_or_this_computer(tmp_path: Path) -> None:
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    with pytest.raises(AssetError, match="https"):
        fetch_github_avatar(assets, "gasxia", base_url="http://example.com")
    with pytest.raises(AssetError, match="not a GitHub id"):
        fetch_github_avatar(assets, "bad id", base_url="http://127.0.0.1:1")
