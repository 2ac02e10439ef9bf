"""Field-level rules shared by the model checks, the composer and the window's field markers.

Each function returns ``None`` when the value is acceptable, else a short reason for the user,
in English and marked for translation (context ``Validation``): the window shows it translated.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from recapdesk.i18n import QT_TRANSLATE_NOOP

# GitHub's own rule: 1-39 characters, alphanumerics and single inner hyphens.
_GITHUB_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")

ALLOWED_URL_SCHEMES = ("http", "https", "mailto")


def github_id_problem(value: str) -> str | None:
    """Why ``value`` is not a GitHub user id, or ``None``; an empty value is acceptable."""
    if not value:
        return None
    if value.startswith("@"):
        return QT_TRANSLATE_NOOP("Validation", "write the id without the leading @")
    if len(value) > 39:
        return QT_TRANSLATE_NOOP("Validation", "a GitHub id has at most 39 characters")
    if not _GITHUB_ID.fullmatch(value):
        return QT_TRANSLATE_NOOP(
            "Validation", "a GitHub id has only letters, digits and single hyphens inside"
        )
    return None


def url_problem(value: str) -> str | None:
    """Why ``value`` is not a usable link target, or ``None``; an empty value is acceptable."""
    if not value:
        return None
    if any(ch.isspace() for ch in value):
        return QT_TRANSLATE_NOOP("Validation", "a URL has no spaces")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ALLOWED_URL_SCHEMES:
        return QT_TRANSLATE_NOOP(
            "Validation", "only http://, https:// and mailto: links are allowed"
        )
    if parts.scheme.lower() == "mailto":
        return (
            None
            if "@" in parts.path
            else QT_TRANSLATE_NOOP("Validation", "a mailto: link needs an address")
        )
    if not parts.netloc:
        return QT_TRANSLATE_NOOP("Validation", "the URL has no host")
    return None


def is_safe_url(value: str) -> bool:
    """True when ``value`` is non-empty and may become a link in the article."""
    return bool(value) and url_problem(value) is None


def github_profile_url(github_id: str) -> str:
    """The profile page of a (valid) GitHub id."""
    return f"https://github.com/{github_id}"
