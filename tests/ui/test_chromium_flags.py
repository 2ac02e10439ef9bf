"""The Chromium flags the app starts QtWebEngine with (chromium_flags.py)."""

from __future__ import annotations

import os

import pytest

from recapdesk.chromium_flags import chromium_flags_environment

FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"
SOFTWARE = ("QT_QUICK_BACKEND", "QT_XCB_GL_INTEGRATION")


def _flags_after(monkeypatch: pytest.MonkeyPatch, given: str | None) -> list[str]:
    for name in SOFTWARE:  # as the user's environment was, after the test
        monkeypatch.delenv(name, raising=False)
    if given is None:
        monkeypatch.delenv(FLAGS, raising=False)
    else:
        monkeypatch.setenv(FLAGS, given)
    chromium_flags_environment()
    return os.environ.get(FLAGS, "").split()


def test_chromium_draws_without_the_gpu_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its GPU side runs in the app's own process: ~60 MB for one static article.
    assert "--disable-gpu" in _flags_after(monkeypatch, None)


def test_the_users_own_flags_are_kept_and_not_repeated(monkeypatch: pytest.MonkeyPatch) -> None:
    flags = _flags_after(monkeypatch, "--lang=zh-CN --disable-gpu")
    assert flags[0] == "--lang=zh-CN"
    assert flags.count("--disable-gpu") == 1


def test_a_user_who_asks_for_the_gpu_gets_it(monkeypatch: pytest.MonkeyPatch) -> None:
    flags = _flags_after(monkeypatch, "--ignore-gpu-blocklist")
    assert "--ignore-gpu-blocklist" in flags
    assert "--disable-gpu" not in flags
    assert not any(name in os.environ for name in SOFTWARE)  # Qt's OpenGL too


def test_without_the_gpu_qt_loads_no_opengl_either(monkeypatch: pytest.MonkeyPatch) -> None:
    # Mesa's llvmpipe, loaded only to composite frames Chromium drew in software.
    _flags_after(monkeypatch, None)
    assert os.environ["QT_QUICK_BACKEND"] == "software"
    assert os.environ["QT_XCB_GL_INTEGRATION"] == "none"


def test_a_users_own_qt_rendering_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SOFTWARE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QUICK_BACKEND", "opengl")
    monkeypatch.delenv(FLAGS, raising=False)
    chromium_flags_environment()
    assert os.environ["QT_QUICK_BACKEND"] == "opengl"


def test_the_sandbox_is_left_on_for_a_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert "--no-sandbox" not in _flags_after(monkeypatch, None)


def test_as_root_chromium_starts_without_its_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    flags = _flags_after(monkeypatch, "--no-sandbox")
    assert flags.count("--no-sandbox") == 1
    assert "--no-sandbox" in _flags_after(monkeypatch, None)


def test_chromium_logs_only_fatal_errors_unless_the_user_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Without it every start printed "Failed to connect to the bus" (no system D-Bus).
    assert "--log-level=3" in _flags_after(monkeypatch, None)
    flags = _flags_after(monkeypatch, "--enable-logging --v=1")
    assert not any(flag.startswith("--log-level") for flag in flags)
