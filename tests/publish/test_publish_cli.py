"""`recapdesk publish` against the mock WeChat API, as a user runs it."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

import pytest

from recapdesk.headless import run
from tests.publish.conftest import PREPARED, colours
from tests.publish.mock_wechat import SECRET, WHITELIST_IP, MockWeChat


def publish(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = run(["publish", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_full_publish_uploads_every_picture_and_creates_one_draft(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = publish(capsys, project_file)
    assert mock.problems == []
    assert code == 0, err
    assert out == "DRAFT-1\n"
    assert "warning: using the WeChat API at http://127.0.0.1:" in err
    assert (mock.adds, mock.updates) == (1, 0)
    assert sorted(u.sha256 for u in mock.uploads) == sorted(
        hashlib.sha256(data).hexdigest() for data in PREPARED.values()
    )
    assert {u.content_type for u in mock.uploads} == {"image/png", "image/jpeg"}
    draft = mock.drafts["DRAFT-1"]
    sources = re.findall(r"<img\b[^>]*?\ssrc=\"([^\"]*)\"", draft["content"])
    assert len(sources) == 3
    assert {s.replace("&amp;", "&") for s in sources} == mock.upload_urls()
    assert "data:" not in draft["content"]
    assert "file:" not in draft["content"]
    assert "phase1.assets" not in draft["content"]
    assert draft["title"] == "kubernetes源码研习社 一期活动总结"
    assert draft["author"] == "云原生社区"
    assert draft["digest"] == "一期活动总结：表彰、心得与二期预告"
    assert draft["content_source_url"] == "https://github.com/cloudnativeto/sig-kubernetes"
    assert (draft["need_open_comment"], draft["only_fans_can_comment"]) == (1, 0)
    # The cover is the article's first picture (60x30, red), its centre at 2.35:1, uploaded
    # as a permanent image.
    assert colours(mock.material_data[draft["thumb_media_id"]]) == ((60, 26), {(200, 20, 20)})


def test_a_second_publish_updates_the_draft_and_reuses_the_uploads(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert publish(capsys, project_file)[:2] == (0, "DRAFT-1\n")
    uploads, materials = len(mock.uploads), len(mock.materials)
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (0, "DRAFT-1\n"), err
    assert (mock.adds, mock.updates) == (1, 1)
    assert (len(mock.uploads), len(mock.materials)) == (uploads, materials)
    assert mock.problems == []


def test_new_adds_a_second_draft(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    publish(capsys, project_file)
    code, out, _ = publish(capsys, project_file, "--new")
    assert (code, out) == (0, "DRAFT-2\n")
    assert (mock.adds, mock.updates) == (2, 0)
    # and the next plain publish updates the newest one
    assert publish(capsys, project_file)[:2] == (0, "DRAFT-2\n")
    assert mock.updates == 1


def test_a_draft_deleted_in_the_backend_is_added_again(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    publish(capsys, project_file)
    del mock.drafts["DRAFT-1"]  # published or deleted in the 公众号 backend
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (0, "DRAFT-2\n"), err
    assert mock.adds == 2


def test_the_whitelist_error_names_the_ip_and_where_to_add_it(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock.whitelist_refuses = True
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (2, "")
    line = err.splitlines()[-1]
    assert err.count("\n") == 2  # the base URL's warning, then the one line of the error
    assert WHITELIST_IP in line
    assert "设置与开发 > 基本配置 > IP白名单" in line
    assert str(project_file) in line
    assert mock.requests == ["/cgi-bin/stable_token"]


def test_a_wrong_secret_says_to_check_the_appid_and_secret(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = "0000aaaa1111bbbb2222cccc3333dddd"
    monkeypatch.setenv("RECAPDESK_WECHAT_APPSECRET", wrong)
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (2, "")
    line = err.splitlines()[-1]
    assert "AppSecret" in line
    assert "40125" in line
    assert wrong not in err
    assert mock.uploads == []


def test_an_expired_token_is_renewed_once_and_the_call_retried(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock.expire_first_token = True
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (0, "DRAFT-1\n"), err
    assert len(mock.tokens_issued) == 2
    assert [call["force_refresh"] for call in mock.token_calls] == [False, False]
    assert mock.problems == []


def test_a_token_refused_again_after_renewal_stops_with_a_message(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    expired = {"errcode": 42001, "errmsg": "access_token expired rid: 9"}
    mock.script("/cgi-bin/media/uploadimg", expired, expired)
    code, _, err = publish(capsys, project_file)
    assert code == 2
    assert "42001" in err.splitlines()[-1]
    # Renewed exactly once: normal mode gave the same token, so it was forced.
    assert [call["force_refresh"] for call in mock.token_calls] == [False, False, True]


def test_a_picture_wechat_refuses_is_named(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock.script("/cgi-bin/media/uploadimg", {"errcode": 40005, "errmsg": "invalid file type"})
    code, _, err = publish(capsys, project_file)
    assert code == 2
    line = err.splitlines()[-1]
    assert "refused the picture" in line
    assert "40005" in line
    assert mock.adds == 0


def test_content_too_long_for_wechat_says_what_to_do(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock.script("/cgi-bin/draft/add", {"errcode": 45002, "errmsg": "content size out of limit"})
    code, _, err = publish(capsys, project_file)
    assert code == 2
    assert "too long" in err.splitlines()[-1]
    assert "split it" in err.splitlines()[-1]


def test_limits_are_checked_before_anything_is_sent(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from recapdesk.store import load, save

    project = load(project_file)
    project.article.author = "一位名字非常非常非常非常长的作者先生"
    save(project, project_file)
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (2, "")
    assert "article.author" in err
    assert "16" in err
    assert mock.requests == []


def test_a_plain_http_base_is_refused_for_another_host(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECAPDESK_WECHAT_API_BASE", "http://api.example.org")
    code, out, err = publish(capsys, project_file)
    assert (code, out) == (2, "")
    assert "plain http is accepted only for this computer" in err
    assert len(err.splitlines()) == 1


def test_secrets_never_reach_a_file_the_output_or_a_log_record(
    project_file: Path,
    mock: MockWeChat,
    wechat_env: dict[str, str],
    state_folder: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    # WeChat's own words may carry a token back: they are redacted too.
    mock.expire_first_token = True
    assert publish(capsys, project_file)[:2] == (0, "DRAFT-1\n")
    mock.script(
        "/cgi-bin/draft/update",
        {"errcode": 40035, "errmsg": f"invalid args access_token={mock.tokens_issued[-1]}"},
    )
    code, out, err = publish(capsys, project_file)
    assert code == 2
    secrets = [SECRET, *mock.tokens_issued]
    records = "\n".join(r.getMessage() for r in caplog.records)
    assert "access_token=***" in records  # httpx's request lines, redacted
    texts = {"stdout": out, "stderr": err, "log": records}
    for path in [*state_folder.rglob("*"), *project_file.parent.rglob("*")]:
        if path.is_file():
            texts[str(path)] = path.read_bytes().decode("utf-8", "replace")
    for where, text in texts.items():
        for secret in secrets:
            assert secret not in text, where


def test_check_wechat_reports_the_draft_limits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from recapdesk.store import save
    from tests.support import example_project, save_with_pictures

    project = example_project()
    project_file = save_with_pictures(project, tmp_path / "p.recap.toml")
    assert run(["check", str(project_file), "--wechat"]) == 0
    capsys.readouterr()
    project.article.digest = "摘" * 129
    save(project, project_file)
    assert run(["check", str(project_file), "--wechat"]) == 2
    out = capsys.readouterr().out
    assert f"{project_file}: article.digest: error: draft-digest-length:" in out
