"""From an ``<img src>`` of the article to the picture WeChat gets (Qt-free).

The copy and ``recapdesk render --to wechat`` ask this for every picture: a web address is
left to the WeChat editor, which fetches it itself (``None``); a ``data:`` URI and a reference
into the project's folder are prepared through the cache. A reference that points outside the
project's folder (a hostile project file), a missing file and an unreadable picture all come
back as a :class:`PictureProblem` for the checks, never as an exception.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from urllib.parse import unquote_to_bytes

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.render.pictures.cache import PictureCache
from recapdesk.render.pictures.result import WECHAT, Limits, PictureProblem, PictureResult, say
from recapdesk.store.assets import AssetError, is_data_uri, is_remote, resolve_reference

_BAD_DATA_URI = QT_TRANSLATE_NOOP("Pictures", "this data: URI is not valid")


def data_uri_bytes(uri: str) -> bytes | None:
    """The bytes a ``data:`` URI carries (base64 or percent-encoded), else None."""
    header, comma, payload = uri.strip().partition(",")
    if not comma or not header.lower().startswith("data:"):
        return None
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode("".join(payload.split()), validate=True)
        except (binascii.Error, ValueError):
            return None
    return unquote_to_bytes(payload)


def prepare_source(
    cache: PictureCache, src: str, project_folder: Path, limits: Limits = WECHAT
) -> PictureResult | None:
    """The picture ``src`` (as the article's ``<img src>`` holds it) ready for WeChat;
    ``None`` for a web address. ``project_folder``: the folder of the project file, or of an
    untitled project's staging folder (store/assets/staging.py)."""
    if is_remote(src):
        return None
    if is_data_uri(src):
        data = data_uri_bytes(src)
        if data is None:
            return PictureProblem(src[:40], say(_BAD_DATA_URI))
        return cache.prepare(data, src[:40], limits)
    try:
        path = resolve_reference(project_folder, src)
    except AssetError as error:
        return PictureProblem(src, error.message)
    return cache.prepare_file(path, src, limits)
