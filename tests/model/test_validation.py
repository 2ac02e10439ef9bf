"""Field rules for GitHub ids and URLs."""

from __future__ import annotations

import pytest

from recapdesk.model.validation import (
    github_id_problem,
    github_profile_url,
    is_safe_url,
    url_problem,
)


@pytest.mark.parametrize("value", ["", "gasxia", "Miss-you", "a", "a1-b2-c3", "x" * 39])
def test_valid_github_ids(value: str) -> None:
    assert github_id_problem(value) is None


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("@gasxia", "without the leading @"),
        ("x" * 40, "at most 39"),
        ("-lead", "single hyphens"),
        ("trail-", "single hyphens"),
        ("dou--ble", "single hyphens"),
        ("has space", "single hyphens"),
        ("under_score", "single hyphens"),
        ("金润森", "single hyphens"),
        ("https://github.com/gasxia", "single hyphens"),
    ],
)
def test_invalid_github_ids(value: str, reason: str) -> None:
    problem = github_id_problem(value)
    assert problem is not None
    assert reason in problem


def test_github_profile_url() -> None:
    assert github_profile_url("gasxia") == "https://github.com/gasxia"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "https://cloudnative.to/",
        "http://example.com/a?b=c#d",
        "HTTPS://EXAMPLE.COM",
        "mailto:someone@example.com",
    ],
)
def test_usable_urls(value: str) -> None:
    assert url_problem(value) is None
    assert is_safe_url(value) is bool(value)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("javascript:alert(1)", "only http"),
        ("JavaScript:alert(1)", "only http"),
        ("data:text/html,<script>", "only http"),
        ("ftp://example.com", "only http"),
        ("example.com", "only http"),
        ("https://exa mple.com", "no spaces"),
        ("https:///path-only", "no host"),
        ("mailto:nobody", "needs an address"),
    ],
)
def test_unusable_urls(value: str, reason: str) -> None:
    problem = url_problem(value)
    assert problem is not None
    assert reason in problem
    assert not is_safe_url(value)
