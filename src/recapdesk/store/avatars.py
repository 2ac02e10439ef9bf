"""A person's avatar (the photo column of a recognition group), kept in the project's assets
folder (Qt-free).

Two ways in, each storing the picture once under its content-addressed name
(store/assets/folder.py) and returning the reference a :class:`~recapdesk.model.Person` keeps in
``photo``:

- :func:`import_photo`: a local picture the organizer chose;
- :func:`fetch_github_avatar`: the picture GitHub shows for the person's id,
  ``https://github.com/ID.png?size=200``, fetched once (a person who has a photo is not asked
  for again). ``base_url`` stands in for ``https://github.com`` (a proxy, or the tests' local
  server on 127.0.0.1); only https, or http to this computer, is accepted.

A person with no photo is shown with initials in the theme colour (compose/groups.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model import Person, Project
from recapdesk.model.validation import github_id_problem
from recapdesk.store.assets.folder import AssetError, AssetsFolder, say

GITHUB = "https://github.com"
AVATAR_SIZE = 200
TIMEOUT_SECONDS = 15.0
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")

Transport = httpx.BaseTransport


def import_photo(assets: AssetsFolder, source: Path) -> str:
    """Copy a local picture into the assets folder; its reference for ``Person.photo``."""
    return assets.import_file(source)


def avatar_url(github_id: str, base_url: str = GITHUB) -> str:
    """Where GitHub serves the avatar of ``github_id`` (200 px)."""
    return f"{base_url.rstrip('/')}/{quote(github_id)}.png?size={AVATAR_SIZE}"


def _check_base(base_url: str) -> None:
    parts = urlsplit(base_url)
    local = parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS
    if parts.scheme != "https" and not local:
        not_https = QT_TRANSLATE_NOOP(
            "Assets", "%1: avatars are fetched over https (http only from this computer)"
        )
        raise AssetError(say(not_https, base_url))


def fetch_github_avatar(
    assets: AssetsFolder,
    github_id: str,
    *,
    base_url: str = GITHUB,
    transport: Transport | None = None,
) -> str:
    """Fetch the avatar of ``github_id`` into the assets folder; its reference."""
    if github_id_problem(github_id) is not None:
        bad_id = QT_TRANSLATE_NOOP("Assets", "%1 is not a GitHub id")
        raise AssetError(say(bad_id, repr(github_id)))
    _check_base(base_url)
    url = avatar_url(github_id, base_url)
    try:
        with httpx.Client(
            transport=transport, timeout=TIMEOUT_SECONDS, follow_redirects=True
        ) as client:
            response = client.get(url)
    except httpx.HTTPError as error:
        failed = QT_TRANSLATE_NOOP("Assets", "the avatar of %1 could not be fetched: %2")
        raise AssetError(say(failed, github_id, type(error).__name__)) from None
    if response.status_code != httpx.codes.OK:
        refused = QT_TRANSLATE_NOOP("Assets", "GitHub has no avatar for %1 (HTTP %2)")
        raise AssetError(say(refused, github_id, str(response.status_code)))
    return assets.import_bytes(response.content, f"{github_id}.png")


def fetch_missing_avatars(
    project: Project,
    assets: AssetsFolder,
    group_id: str,
    *,
    fetch: Callable[[AssetsFolder, str], str] = fetch_github_avatar,
) -> list[tuple[Person, str]]:
    """Fetch once the avatar of everyone in the group who has a valid GitHub id and no photo;
    (person, problem) for each that failed. The project's people get their ``photo``."""
    failed: list[tuple[Person, str]] = []
    for person in project.group(group_id).people:
        if person.photo or github_id_problem(person.github) is not None or not person.github:
            continue
        try:
            person.photo = fetch(assets, person.github)
        except AssetError as error:
            failed.append((person, str(error)))
    return failed
