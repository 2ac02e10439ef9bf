"""Web pictures of a project brought into its assets folder (Qt-free).

WeChat's editor re-hosts a web picture when the article is pasted, but fails on some hosts
(GitHub's raw files and attachments: render/compliance.fails_wechat_reupload); ``recapdesk
fetch-images`` downloads those (or, with ``--all``, every web picture) into ``NAME.assets/``
with httpx and rewrites the references: Markdown ``![alt](URL)``, HTML ``<img src="URL">`` in
any text field, and the Photos section's addresses. Only picture syntax is rewritten; a link
to the same address stays a link. The download is the only network this module makes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from recapdesk.model import Project
from recapdesk.model.paths import FieldPath, set_at, text_fields
from recapdesk.store.assets.folder import MAX_PICTURE_BYTES, AssetError, AssetsFolder

_MARKDOWN_IMAGE = re.compile(r"(!\[[^\]\n]*\]\(\s*<?)(https?://[^\s)>]+)")
_HTML_IMAGE = re.compile(r"""(<img\b[^>]*?\ssrc\s*=\s*["'])(https?://[^"']+)""", re.IGNORECASE)
TIMEOUT_SECONDS = 30.0

Download = Callable[[str], bytes]


def _is_photo_src(path: FieldPath) -> bool:
    return len(path) == 4 and path[:2] == ("photos", "pictures") and path[3] == "src"


def picture_urls(project: Project) -> list[str]:
    """Every web address the project shows as a picture, in the project's order, once each."""
    found: list[str] = []
    for path, text in text_fields(project):
        if _is_photo_src(path):
            urls = (
                [text.strip()] if text.strip().lower().startswith(("http://", "https://")) else []
            )
        else:
            urls = [m[2] for m in _MARKDOWN_IMAGE.finditer(text)]
            urls += [m[2] for m in _HTML_IMAGE.finditer(text)]
        found += [url for url in urls if url not in found]
    return found


def download(url: str) -> bytes:
    """The bytes at ``url`` (redirects followed, at most MAX_PICTURE_BYTES); raises
    :class:`OSError` saying what went wrong."""
    import httpx

    try:
        with (
            httpx.Client(follow_redirects=True, timeout=TIMEOUT_SECONDS) as client,
            client.stream("GET", url) as response,
        ):
            response.raise_for_status()
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_PICTURE_BYTES:
                    raise OSError(f"{url}: larger than {MAX_PICTURE_BYTES >> 20} MB")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.HTTPError as error:
        raise OSError(f"{url}: {error}") from None


@dataclass
class Fetched:
    """What :func:`fetch_pictures` did: URL -> reference, and URL -> why it failed."""

    stored: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


def fetch_pictures(assets: AssetsFolder, urls: list[str], get: Download = download) -> Fetched:
    """Download each of ``urls`` into ``assets``; a failure is recorded, not raised."""
    result = Fetched()
    for url in urls:
        try:
            name = url.rsplit("/", 1)[-1].split("?", 1)[0]
            result.stored[url] = assets.import_bytes(get(url), name)
        except OSError as error:
            result.failed[url] = str(error)
        except AssetError as error:
            result.failed[url] = str(error.message)
    return result


def rewrite_pictures(project: Project, references: dict[str, str]) -> int:
    """Point every picture of ``project`` at ``references[url]`` instead of ``url``; the
    number of fields changed."""

    def swap(match: re.Match[str]) -> str:
        return match[1] + references.get(match[2], match[2])

    changed = 0
    for path, text in list(text_fields(project)):  # the walk sets fields
        if _is_photo_src(path):
            new = references.get(text.strip(), text)
        else:
            new = _HTML_IMAGE.sub(swap, _MARKDOWN_IMAGE.sub(swap, text))
        if new != text:
            set_at(project, path, new)
            changed += 1
    return changed
