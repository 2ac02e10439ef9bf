"""Web pictures of a project brought into its assets folder (Qt-free).

WeChat's editor re-hosts a web picture when the article is pasted, but fails on some hosts
(GitHub's raw files and attachments, hosts that refuse other sites' requests:
render/compliance.fails_wechat_reupload); ``recapdesk fetch-images`` and the Checks panel's
"Download into the project" download those (``--all``: every web picture) into
``NAME.assets/`` with httpx and rewrite the references: Markdown ``![alt](URL)``, HTML ``<img
src="URL">`` in any text field, and the fields that are a picture's address (the Photos
section's, a person's photo). Only picture syntax is rewritten; a link to the same address
stays a link. The download is the only network this module makes, and it sends no Referer,
so a host that blocks hot-linking from other sites still answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from recapdesk.i18n import Message
from recapdesk.model import Project
from recapdesk.model.paths import FieldPath, set_at, text_fields
from recapdesk.store.assets.folder import MAX_PICTURE_BYTES, AssetError, AssetsFolder

_MARKDOWN_IMAGE = re.compile(r"(!\[[^\]\n]*\]\(\s*<?)(https?://[^\s)>]+)")
_HTML_IMAGE = re.compile(r"""(<img\b[^>]*?\ssrc\s*=\s*["'])(https?://[^"']+)""", re.IGNORECASE)
TIMEOUT_SECONDS = 30.0

Download = Callable[[str], bytes]


def _is_picture_field(path: FieldPath) -> bool:
    """A field whose whole text is a picture's address: a photo's, a person's photo."""
    photo = len(path) == 4 and path[:2] == ("photos", "pictures") and path[3] == "src"
    person = len(path) == 5 and path[0] == "groups" and path[2] == "people" and path[4] == "photo"
    return photo or person


def picture_urls(project: Project) -> list[str]:
    """Every web address the project shows as a picture, in the project's order, once each."""
    found: list[str] = []
    for path, text in text_fields(project):
        if _is_picture_field(path):
            urls = (
                [text.strip()] if text.strip().lower().startswith(("http://", "https://")) else []
            )
        else:
            urls = [m[2] for m in _MARKDOWN_IMAGE.finditer(text)]
            urls += [m[2] for m in _HTML_IMAGE.finditer(text)]
        found += [url for url in urls if url not in found]
    return found


class DownloadCancelledError(OSError):
    """The download was cancelled while under way."""


def download(url: str, cancelled: Callable[[], bool] = lambda: False) -> bytes:
    """The bytes at ``url`` (redirects followed, at most MAX_PICTURE_BYTES); raises
    :class:`OSError` saying what went wrong (not naming ``url``: the caller does), and
    :class:`DownloadCancelledError` once ``cancelled()`` says so (asked between the pieces that
    arrive)."""
    import httpx

    try:
        with (
            httpx.Client(follow_redirects=True, timeout=TIMEOUT_SECONDS) as client,
            client.stream("GET", url) as response,
        ):
            if response.is_error:
                answer = f"{response.status_code} {response.reason_phrase}".strip()
                raise OSError(f"the server answered {answer}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                if cancelled():
                    raise DownloadCancelledError("cancelled")
                size += len(chunk)
                if size > MAX_PICTURE_BYTES:
                    raise OSError(f"larger than {MAX_PICTURE_BYTES >> 20} MB")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.ConnectError as error:
        raise OSError(f"could not connect: {error}") from None
    except httpx.TimeoutException:
        raise OSError(f"no answer within {TIMEOUT_SECONDS:g} seconds") from None
    except httpx.HTTPError as error:
        raise OSError(str(error) or type(error).__name__) from None


@dataclass
class Fetched:
    """What :func:`fetch_pictures` did: URL -> reference, and URL -> why it failed (a
    :class:`Message` when recapdesk says it, which the window translates)."""

    stored: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str | Message] = field(default_factory=dict)


def fetch_pictures(assets: AssetsFolder, urls: list[str], get: Download = download) -> Fetched:
    """Download each of ``urls`` into ``assets``; a failure is recorded, not raised (but a
    :class:`DownloadCancelledError` is: nothing after it is fetched)."""
    result = Fetched()
    for url in urls:
        try:
            name = url.rsplit("/", 1)[-1].split("?", 1)[0]
            result.stored[url] = assets.import_bytes(get(url), name)
        except DownloadCancelledError:
            raise
        except OSError as error:
            result.failed[url] = str(error)
        except AssetError as error:
            result.failed[url] = error.message
    return result


def rewrite_pictures(project: Project, references: dict[str, str]) -> int:
    """Point every picture of ``project`` at ``references[url]`` instead of ``url``; the
    number of fields changed."""

    def swap(match: re.Match[str]) -> str:
        return match[1] + references.get(match[2], match[2])

    changed = 0
    for path, text in list(text_fields(project)):  # the walk sets fields
        if _is_picture_field(path):
            new = references.get(text.strip(), text)
        else:
            new = _HTML_IMAGE.sub(swap, _MARKDOWN_IMAGE.sub(swap, text))
        if new != text:
            set_at(project, path, new)
            changed += 1
    return changed
