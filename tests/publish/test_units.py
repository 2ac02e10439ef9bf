"""The publish feature's parts on their own: redaction, credentials, the base URL, pictures in
the HTML, WeChat's limits."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from recapdesk.model import Project
from recapdesk.publish.api import DEFAULT_BASE, api_base
from recapdesk.publish.credentials import (
    Credentials,
    current_appid,
    forget_credentials,
    load_credentials,
    store_credentials,
)
from recapdesk.publish.errors import PublishError, api_error, whitelist_ip
from recapdesk.publish.limits import CONTENT_TEXT_LIMIT, check_draft, text_length
from recapdesk.publish.pictures import (
    picture_sources,
    prepare_as_is,
    replace_sources,
    source_bytes,
)
from recapdesk.publish.redact import REDACTED, RedactingFilter, redact, remember_secret
from recapdesk.publish.state import PublishState
from tests.publish.conftest import jpeg_like, png

# -- redaction ---------------------------------------------------------------------------


def test_redact_removes_given_and_remembered_secrets_and_token_shapes() -> None:
    remember_secret("remembered-token-value-123")
    text = (
        "POST http://h/cgi-bin/draft/add?access_token=abc.DEF-123&type=image "
        '{"secret": "s3cr3t-value", "appid": "wx1"} '
        "the remembered-token-value-123 and given-secret-xyz "
        "secret=plain-secret-in-form&x=1"
    )
    out = redact(text, ["given-secret-xyz"])
    for gone in (
        "abc.DEF-123",
        "s3cr3t-value",
        "remembered-token-value-123",
        "given-secret-xyz",
        "plain-secret-in-form",
    ):
        assert gone not in out
    assert "access_token=***&type=image" in out
    assert '"appid": "wx1"' in out
    assert out.count(REDACTED) == 5


def test_redact_leaves_short_values_alone() -> None:
    assert redact("a cab", ["ab"]) == "a cab"


def test_the_filter_redacts_records_with_their_arguments(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("tests.publish.redaction")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="tests.publish.redaction"):
        logger.info("HTTP Request: %s %s", "POST", "http://h/x?access_token=TOKEN12345")
    assert caplog.records[0].getMessage() == "HTTP Request: POST http://h/x?access_token=***"


def test_credentials_never_show_the_secret_in_their_repr() -> None:
    credentials = Credentials("wx1", "the-secret-value-0001")
    assert "the-secret-value-0001" not in repr(credentials)
    assert redact("x the-secret-value-0001 y") == f"x {REDACTED} y"


# -- credentials -------------------------------------------------------------------------


class FakeKeyring:
    def __init__(self, fail: bool = False) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.fail = fail

    def get_password(self, service: str, user: str) -> str | None:
        if self.fail:
            raise RuntimeError("no Secret Service on D-Bus")
        return self.entries.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.entries[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.entries[(service, user)]


def test_credentials_from_the_keyring_per_appid() -> None:
    store = FakeKeyring()
    store_credentials("wxA", "secret-of-account-a", keyring_module=store)
    store_credentials("wxB", "secret-of-account-b", keyring_module=store)
    assert current_appid(keyring_module=store) == "wxB"
    loaded = load_credentials({}, keyring_module=store)
    assert (loaded.appid, loaded.secret, loaded.source) == ("wxB", "secret-of-account-b", "keyring")
    # The environment's AppID alone picks the keyring's secret of that account.
    loaded = load_credentials({"RECAPDESK_WECHAT_APPID": "wxA"}, keyring_module=store)
    assert loaded.secret == "secret-of-account-a"
    assert set(store.entries) == {
        ("recapdesk", "wechat:wxA"),
        ("recapdesk", "wechat:wxB"),
        ("recapdesk", "wechat:current-appid"),
    }
    forget_credentials("wxB", keyring_module=store)
    assert current_appid(keyring_module=store) == ""
    with pytest.raises(PublishError, match="no WeChat account"):
        load_credentials({}, keyring_module=store)


def test_the_environment_overrides_the_keyring() -> None:
    store = FakeKeyring(fail=True)  # never asked
    env = {"RECAPDESK_WECHAT_APPID": "wxE", "RECAPDESK_WECHAT_APPSECRET": "env-secret-0001"}
    loaded = load_credentials(env, keyring_module=store)
    assert (loaded.appid, loaded.secret, loaded.source) == ("wxE", "env-secret-0001", "environment")


def test_a_keyring_that_fails_says_what_to_do() -> None:
    with pytest.raises(PublishError, match="RECAPDESK_WECHAT_APPSECRET") as error:
        load_credentials({}, keyring_module=FakeKeyring(fail=True))
    assert "no Secret Service" in str(error.value)


# -- the base URL ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "base",
    [
        "http://127.0.0.1:8080",
        "http://localhost:1/",
        "http://[::1]:9",
        "https://proxy.example.org/wx",
    ],
)
def test_an_overridden_base_is_accepted_with_a_warning(base: str) -> None:
    url, warning = api_base({"RECAPDESK_WECHAT_API_BASE": base})
    assert url == base.rstrip("/")
    assert warning is not None
    assert base in str(warning)


@pytest.mark.parametrize(
    "base",
    [
        "http://api.weixin.qq.com",
        "http://10.0.0.1:80",
        "http://127.0.0.1.example.org",
        "ftp://x",
        "x",
    ],
)
def test_plain_http_to_another_computer_is_refused(base: str) -> None:
    with pytest.raises(PublishError):
        api_base({"RECAPDESK_WECHAT_API_BASE": base})


def test_the_default_base_is_wechat_over_https() -> None:
    assert api_base({}) == (DEFAULT_BASE, None)
    assert DEFAULT_BASE == "https://api.weixin.qq.com"


# -- errors ------------------------------------------------------------------------------


def test_the_whitelist_ip_is_read_from_wechats_message() -> None:
    errmsg = "invalid ip 47.103.62.98 ipv6 ::ffff:47.103.62.98, not in whitelist rid: 6125a48e"
    assert whitelist_ip(errmsg) == "47.103.62.98"
    error = api_error(40164, errmsg)
    assert "47.103.62.98" in str(error)
    assert "IP白名单" in str(error)
    assert "?" in str(api_error(40164, "not in whitelist"))


@pytest.mark.parametrize("code", [40013, 40125, 41004])
def test_credential_codes_point_at_the_appid_and_secret(code: int) -> None:
    assert "AppSecret" in str(api_error(code, "invalid"))


# -- pictures ----------------------------------------------------------------------------


def test_picture_sources_skip_web_addresses_and_come_once_in_order() -> None:
    html = (
        '<p><img alt="a" src="b.png"><img src="https://x.org/r.png">'
        '<img src=\'a&amp;b.png\'><img src="b.png"><img src="//cdn/x.png"><img alt=x></p>'
    )
    assert picture_sources(html) == ["b.png", "a&b.png"]
    replaced = replace_sources(html, {"b.png": "http://m/1?x=1&y=2", "a&b.png": "http://m/2"})
    assert replaced.count('src="http://m/1?x=1&amp;y=2"') == 2
    assert 'src="http://m/2"' in replaced
    assert 'src="https://x.org/r.png"' in replaced
    assert '<img alt="a" ' in replaced


def test_prepare_as_is_takes_jpeg_and_png_and_refuses_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png(2, 2, (0, 0, 0)))
    (tmp_path / "b.jpg").write_bytes(jpeg_like())
    (tmp_path / "c.gif").write_bytes(b"GIF89a" + b"\x00" * 20)
    (tmp_path / "big.jpg").write_bytes(jpeg_like(1_000_000))
    assert prepare_as_is("a.png", tmp_path).mime == "image/png"
    assert prepare_as_is("b.jpg", tmp_path).mime == "image/jpeg"
    with pytest.raises(PublishError, match="not JPEG or PNG"):
        prepare_as_is("c.gif", tmp_path)
    with pytest.raises(PublishError, match="bytes"):
        prepare_as_is("big.jpg", tmp_path)
    with pytest.raises(PublishError, match="cannot be read"):
        prepare_as_is("missing.png", tmp_path)


def test_a_reference_out_of_the_project_folder_is_never_read(tmp_path: Path) -> None:
    secret_file = tmp_path / "outside.png"
    secret_file.write_bytes(png(2, 2, (0, 0, 0)))
    folder = tmp_path / "project"
    folder.mkdir()
    for src in ("../outside.png", str(secret_file), f"file://{secret_file}"):
        with pytest.raises(PublishError, match="outside the project"):
            source_bytes(src, folder)


# -- limits ------------------------------------------------------------------------------


def _rules(project: Project, content: str = "<p>正文</p>") -> list[str]:
    return [finding.rule for finding in check_draft(project, content)]


def test_draft_limits_from_the_documentation() -> None:
    project = Project()
    project.article.title = "题" * 32
    project.article.author = "者" * 16
    project.article.digest = "摘" * 128
    project.article.source_url = "https://example.org/a"
    assert _rules(project) == []
    project.article.title = "题" * 33
    project.article.author = "者" * 17
    project.article.digest = "摘" * 129
    project.article.source_url = "javascript:alert(1)"
    assert _rules(project) == [
        "draft-title-length",
        "draft-author-length",
        "draft-digest-length",
        "draft-source-url",
    ]
    findings = check_draft(project, "")
    assert findings[0].field == "article.title"
    assert "32" in findings[0].message
    project.article.title = ""
    assert _rules(project)[0] == "draft-title-empty"


def test_content_limits_count_text_characters_and_html_bytes() -> None:
    project = Project()
    project.article.title = "标题"
    styled = '<span style="color: red; font-size: 15px;">字</span>'
    assert text_length(styled * 3 + "&amp;") == 4
    bold = "<b>字</b>"  # short tags: the text limit is met long before the 1 MB
    assert _rules(project, bold * (CONTENT_TEXT_LIMIT - 1)) == []
    assert _rules(project, bold * CONTENT_TEXT_LIMIT) == ["draft-content-length"]
    assert _rules(project, "<p " + "x" * 1_000_000 + ">") == ["draft-content-size"]


def test_a_damaged_state_file_counts_as_empty(tmp_path: Path) -> None:
    state = PublishState(tmp_path)
    account = state.account("wx1")
    account.images["abc"] = "http://m/1"
    account.save()
    assert PublishState(tmp_path).account("wx1").images == {"abc": "http://m/1"}
    account.path.write_text("{not json", encoding="utf-8")
    assert PublishState(tmp_path).account("wx1").images == {}


def test_system_busy_has_its_own_message() -> None:
    error = api_error(-1, "system error")
    assert "busy" in str(error)
    assert "quota" not in str(error)


def test_a_result_of_the_pictures_feature_plugs_into_the_hook() -> None:
    from dataclasses import dataclass

    from recapdesk.i18n import Message
    from recapdesk.publish.pictures import picture_of

    @dataclass(frozen=True)
    class Prepared:
        data: bytes
        mime: str

    @dataclass(frozen=True)
    class Problem:
        source: str
        reason: Message

    picture = picture_of(Prepared(b"\x89PNG...", "image/png"), "a.png")
    assert (picture.data, picture.mime) == (b"\x89PNG...", "image/png")
    with pytest.raises(PublishError, match="not JPEG or PNG"):
        picture_of(Prepared(b"GIF89a", "image/gif"), "a.gif")
    with pytest.raises(PublishError, match="cannot be prepared: no such file"):
        picture_of(Problem("x.png", Message("Pictures", "no such file")), "x.png")
