"""`recapdesk publish --dry-run`: what would be sent, and not one network call."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from recapdesk.headless import run
from tests.publish.conftest import PREPARED


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to use the network fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a dry run used the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(httpx.Client, "send", refuse)
    # and no keyring: a dry run needs no credentials
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("RECAPDESK_WECHAT_APPSECRET", raising=False)


@pytest.mark.usefixtures("no_network")
def test_dry_run_writes_the_fields_the_content_and_the_pictures_without_network(
    project_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECAPDESK_PUBLISH_STATE", str(tmp_path / "state"))
    monkeypatch.setenv("RECAPDESK_WECHAT_API_BASE", "http://api.example.org")  # never used
    assert run(["publish", str(project_file), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    sent = json.loads(out)
    assert sent["endpoint"] == "/cgi-bin/draft/add"
    article = sent["article"]
    assert article["title"] == "kubernetes源码研习社 一期活动总结"
    assert article["author"] == "云原生社区"
    assert article["need_open_comment"] == 1
    assert [p["placeholder"] for p in sent["pictures"]] == [
        f"https://placeholder.invalid/recapdesk/picture-{n}.{ext}"
        for n, ext in ((1, "png"), (2, "png"), (3, "jpg"))
    ]
    assert [p["bytes"] for p in sent["pictures"]] == [len(d) for d in PREPARED.values()]
    for picture in sent["pictures"]:
        assert picture["placeholder"] in article["content"]
    assert "phase1.assets/" not in article["content"]
    assert sent["cover"]["source"] == "phase1.assets/group.png"
    assert sent["cover"]["crop"] == [0, 2, 60, 26]  # its centre at 2.35:1 (60x30)
    assert "云原生社区" in out  # UTF-8 as itself
    assert not (tmp_path / "state").exists()  # a dry run writes no state


@pytest.mark.usefixtures("no_network")
def test_dry_run_to_a_file(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sent.json"
    assert run(["publish", str(project_file), "--dry-run", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["pictures"]
