"""A person's avatar (the photo column of a recognition group), kept in the project's assets
folder (Qt-free).

Two ways in, each storing the picture once under its content-addressed name
(store/assets/folder.py) and returning the reference a :class:`~recapdesk.model.Person` keeps in
``photo``:

- :func:`import_photo`: a local picture the organizer chose;
- :func:`fetch_github_avatar`: the picture GitHub shows for the person's id,
  ``https://github.com/ID.png?size=200`` (GitHub redirects it to its avatar host), fetched
  once (a person who has a photo is not asked for again). ``base_url`` stands in for
  ``https://github.com`` (a proxy, or the tests' local server on 127.0.0.1); without one,
  :func:`github_url` reads it from ``RECAPDESK_GITHUB_URL``, the one place that does. Only
  https, or http to this computer, is accepted.
- :func:`fetch_avatars`: the avatars of many ids, a few at a time over one connection pool,
  each reported as it comes and stopped between two when asked (the window's Fetch avatars).

A person with no photo is shown with initials in the theme colour (compose/groups.py).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Person, Project
from recapdesk.model.validation import github_id_problem
from recapdesk.store.assets.folder import AssetError, AssetsFolder, say

# httpx (with what it imports) loads with the first fetch: the Recognition tab imports this
# module, and the window should not pay for the network while it starts.
if TYPE_CHECKING:
    import httpx

GITHUB = "https://github.com"
GITHUB_URL_ENV = "RECAPDESK_GITHUB_URL"
AVATAR_SIZE = 200
TIMEOUT_SECONDS = 15.0
MAX_AVATAR_BYTES = 5 * 1024 * 1024  # GitHub's are ~10-40 KB at 200 px
PARALLEL = 4  # requests at once: 300 people in seconds, without hammering the host
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def import_photo(assets: AssetsFolder, source: Path) -> str:
    """Copy a local picture into the assets folder; its reference for ``Person.photo``."""
    return assets.import_file(source)


def github_url() -> str:
    """GitHub's address: ``https://github.com``, or what ``RECAPDESK_GITHUB_URL`` says (a
    proxy; the tests' stand-in server)."""
    return os.environ.get(GITHUB_URL_ENV, "").strip() or GITHUB


def avatar_url(github_id: str, base_url: str = GITHUB) -> str:
    """Where GitHub serves the avatar of ``github_id`` (200 px)."""
    return f"{base_url.rstrip('/')}/{quote(github_id)}.png?size={AVATAR_SIZE}"


def wants_avatar(person: Person) -> bool:
    """Someone whose avatar can be fetched: a valid GitHub id and no photo yet."""
    github = person.github.strip()
    return not person.photo and bool(github) and github_id_problem(github) is None


def _check_base(base_url: str) -> None:
    parts = urlsplit(base_url)
    local = parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS
    if parts.scheme != "https" and not local:
        not_https = QT_TRANSLATE_NOOP(
            "Assets", "%1: avatars are fetched over https (http only from this computer)"
        )
        raise AssetError(say(not_https, base_url))


def _client(transport: httpx.BaseTransport | None) -> httpx.Client:
    import httpx

    return httpx.Client(
        transport=transport,
        timeout=TIMEOUT_SECONDS,
        follow_redirects=True,
        limits=httpx.Limits(max_connections=PARALLEL),
    )


def fetch_github_avatar(
    assets: AssetsFolder,
    github_id: str,
    *,
    base_url: str | None = None,
    transport: httpx.BaseTransport | None = None,
    client: httpx.Client | None = None,
) -> str:
    """Fetch the avatar of ``github_id`` into the assets folder; its reference. ``client``:
    one shared by many fetches (:func:`fetch_avatars`), else one of its own."""
    if github_id_problem(github_id) is not None:
        bad_id = QT_TRANSLATE_NOOP("Assets", "%1 is not a GitHub id")
        raise AssetError(say(bad_id, repr(github_id)))
    base = base_url if base_url is not None else github_url()
    _check_base(base)
    if client is None:
        with _client(transport) as own:
            return _fetch(own, assets, github_id, base)
    return _fetch(client, assets, github_id, base)


def _fetch(client: httpx.Client, assets: AssetsFolder, github_id: str, base: str) -> str:
    import httpx

    try:
        with client.stream("GET", avatar_url(github_id, base)) as response:
            if response.status_code != httpx.codes.OK:
                refused = QT_TRANSLATE_NOOP("Assets", "GitHub has no avatar for %1 (HTTP %2)")
                raise AssetError(say(refused, github_id, str(response.status_code)))
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > MAX_AVATAR_BYTES:
                    too_large = QT_TRANSLATE_NOOP("Assets", "the avatar of %1 is over %2 MB")
                    raise AssetError(say(too_large, github_id, str(MAX_AVATAR_BYTES >> 20)))
    except httpx.HTTPError as error:
        failed = QT_TRANSLATE_NOOP("Assets", "the avatar of %1 could not be fetched: %2")
        raise AssetError(say(failed, github_id, type(error).__name__)) from None
    return assets.import_bytes(bytes(data), f"{github_id}.png")


@dataclass(frozen=True)
class Fetched:
    """One id's outcome: its picture's reference, or why there is none."""

    github_id: str
    reference: str = ""
    problem: Message | None = None


def fetch_avatars(
    assets: AssetsFolder,
    github_ids: Iterable[str],
    on_each: Callable[[Fetched], None],
    *,
    cancelled: threading.Event | None = None,
    base_url: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> None:
    """Fetch each id's avatar (each id once), :data:`PARALLEL` at a time; ``on_each`` hears
    of every one as it ends, from a worker thread. Once ``cancelled`` is set no further
    request starts; those under way end on their own (at most :data:`TIMEOUT_SECONDS`)."""
    stop = cancelled or threading.Event()
    try:
        base = base_url if base_url is not None else github_url()
        _check_base(base)
    except AssetError as error:
        for github_id in dict.fromkeys(github_ids):
            on_each(Fetched(github_id, problem=error.message))
        return

    def one(github_id: str) -> None:
        if stop.is_set():
            return
        try:
            reference = fetch_github_avatar(assets, github_id, base_url=base, client=client)
        except AssetError as error:
            on_each(Fetched(github_id, problem=error.message))
        else:
            on_each(Fetched(github_id, reference=reference))

    with _client(transport) as client, ThreadPoolExecutor(PARALLEL) as pool:
        for github_id in dict.fromkeys(github_ids):
            pool.submit(one, github_id)


def with_avatars(people: list[Person], references: dict[str, str]) -> list[Person] | None:
    """Copies of ``people`` with the avatars fetched (by GitHub id) given to those who still
    have no photo; None when no one gets one."""
    changed = False
    result = []
    for person in people:
        reference = references.get(person.github.strip())
        if reference and not person.photo:
            person = person.model_copy(update={"photo": reference})
            changed = True
        result.append(person)
    return result if changed else None


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
        if not wants_avatar(person):
            continue
        try:
            person.photo = fetch(assets, person.github.strip())
        except AssetError as error:
            failed.append((person, str(error)))
    return failed
