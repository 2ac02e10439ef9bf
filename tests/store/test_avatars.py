"""Avatars: a local photo, or GitHub's picture of the person fetched once into the assets
folder, from a local server on 127.0.0.1 standing in for GitHub (tests/github_stub.py: a
redirect, then the picture's bytes), never the real network."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from recapdesk.compose import compose
from recapdesk.model import GroupColumn, GroupLayout, Person, Project, RecognitionGroup
from recapdesk.store.assets import AssetError, AssetsFolder
from recapdesk.store.avatars import (
    GITHUB_URL_ENV,
    Fetched,
    avatar_url,
    fetch_avatars,
    fetch_github_avatar,
    fetch_missing_avatars,
    github_url,
    import_photo,
    wants_avatar,
    with_avatars,
)
from tests.github_stub import FakeGitHub, fake_github, png

AVATARS = {"gasxia": png("red"), "Miss-you": png("blue"), "zhaoweiguo": png("green")}


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    with fake_github(AVATARS) as fake:
        yield fake


def test_the_avatar_address_is_githubs_unless_the_environment_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(GITHUB_URL_ENV, raising=False)
    assert avatar_url("gasxia") == "https://github.com/gasxia.png?size=200"
    assert github_url() == "https://github.com"
    monkeypatch.setenv(GITHUB_URL_ENV, "http://127.0.0.1:8123")
    assert github_url() == "http://127.0.0.1:8123"


def test_a_local_photo_is_copied_into_the_assets_folder(tmp_path: Path) -> None:
    photo = tmp_path / "me.png"
    photo.write_bytes(png("green"))
    assets = AssetsFolder(tmp_path / "phase1.recap.toml")
    reference = import_photo(assets, photo)
    assert reference.startswith("phase1.assets/") and reference.endswith(".png")
    assert (tmp_path / reference).read_bytes() == photo.read_bytes()


def test_the_redirect_is_followed_to_the_picture(tmp_path: Path, github: FakeGitHub) -> None:
    assets = AssetsFolder(tmp_path / "phase1.recap.toml")
    reference = fetch_github_avatar(assets, "gasxia", base_url=github.url)
    assert (tmp_path / reference).read_bytes() == AVATARS["gasxia"]
    assert github.asked == ["/gasxia.png?size=200", "/u/gasxia?s=200&v=4"]


def test_the_environment_names_the_server(
    tmp_path: Path, github: FakeGitHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(GITHUB_URL_ENV, github.url)
    reference = fetch_github_avatar(AssetsFolder(tmp_path / "p.recap.toml"), "Miss-you")
    assert (tmp_path / reference).read_bytes() == AVATARS["Miss-you"]


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
    assert (tmp_path / found[0].photo).read_bytes() == AVATARS["gasxia"]
    assert found[2].photo == "" and found[3].photo == ""
    assert f"![金润森]({found[0].photo})" in compose(project)
    assert "border-radius:50%" in compose(project)  # initials for those without a photo
    asked = len(github.asked)
    fetch_missing_avatars(project, assets, "wall", fetch=fetch)
    assert len(github.asked) == asked + 1  # only the one that failed is asked again


def test_many_at_once_each_reported_each_id_once(tmp_path: Path, github: FakeGitHub) -> None:
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    heard: list[Fetched] = []
    lock = threading.Lock()

    def on_each(fetched: Fetched) -> None:
        with lock:
            heard.append(fetched)

    ids = ["gasxia", "Miss-you", "gasxia", "nobody-here", "zhaoweiguo"]
    fetch_avatars(assets, ids, on_each, base_url=github.url)
    by_id = {fetched.github_id: fetched for fetched in heard}
    assert len(heard) == 4 and set(by_id) == {"gasxia", "Miss-you", "nobody-here", "zhaoweiguo"}
    assert sorted(github.pictures_asked()) == ["Miss-you", "gasxia", "zhaoweiguo"]
    assert by_id["nobody-here"].problem is not None and not by_id["nobody-here"].reference
    assert "HTTP 404" in str(by_id["nobody-here"].problem)
    assert (tmp_path / by_id["zhaoweiguo"].reference).read_bytes() == AVATARS["zhaoweiguo"]


def test_cancelled_no_request_starts(tmp_path: Path, github: FakeGitHub) -> None:
    stop = threading.Event()
    stop.set()
    heard: list[Fetched] = []
    fetch_avatars(
        AssetsFolder(tmp_path / "p.recap.toml"),
        ["gasxia"],
        heard.append,
        cancelled=stop,
        base_url=github.url,
    )
    assert heard == [] and github.asked == []


def test_a_bad_server_address_fails_every_id_without_a_request(tmp_path: Path) -> None:
    heard: list[Fetched] = []
    fetch_avatars(
        AssetsFolder(tmp_path / "p.recap.toml"), ["a", "b"], heard.append, base_url="http://x.org"
    )
    assert [f.github_id for f in heard] == ["a", "b"]
    assert all("https" in str(f.problem) for f in heard)


def test_only_https_or_this_computer(tmp_path: Path) -> None:
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    with pytest.raises(AssetError, match="https"):
        fetch_github_avatar(assets, "gasxia", base_url="http://example.com")
    with pytest.raises(AssetError, match="not a GitHub id"):
        fetch_github_avatar(assets, "bad id", base_url="http://127.0.0.1:1")


def test_a_server_answering_something_else_than_a_picture(tmp_path: Path) -> None:
    assets = AssetsFolder(tmp_path / "p.recap.toml")
    with (
        fake_github({"gasxia": b"<html>rate limited</html>"}) as github,
        pytest.raises(AssetError, match="not a picture"),
    ):
        fetch_github_avatar(assets, "gasxia", base_url=github.url)


def test_who_wants_an_avatar_and_who_gets_one() -> None:
    people = [
        Person(name="a", github="gasxia"),
        Person(name="b", github="gasxia", photo="p.assets/own.png"),  # has one: kept
        Person(name="c", github="bad id"),
        Person(name="d"),
    ]
    assert [wants_avatar(p) for p in people] == [True, False, False, False]
    given = with_avatars(people, {"gasxia": "p.assets/x.png"})
    assert given is not None
    assert [p.photo for p in given] == ["p.assets/x.png", "p.assets/own.png", "", ""]
    assert people[0].photo == ""  # copies: the list given is untouched
    assert with_avatars(people, {"other": "p.assets/y.png"}) is None
