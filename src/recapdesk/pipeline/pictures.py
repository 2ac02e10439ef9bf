"""The article's pictures as the WeChat copy embeds them (Qt-free).

One :class:`~recapdesk.render.pictures.PictureCache` per process (in memory, and on disk in
the user's cache folder), so the second copy of an unchanged project does no image work, and a
new session starts warm. :func:`embedder` gives render/wechat the ``embed`` hook for one
project folder; :func:`prepare_for_publish` is the publish core's ``prepare`` hook.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import threading
from pathlib import Path

from recapdesk.render.pictures import (
    PictureCache,
    PictureResult,
    default_cache_folder,
    prepare_source,
)
from recapdesk.render.wechat.images import Embed
from recapdesk.store.assets import AssetError, is_data_uri, is_remote, resolve_reference

_shared: PictureCache | None = None
_lock = threading.Lock()


def shared_cache() -> PictureCache:
    """This process's picture cache (made on first use)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = PictureCache(default_cache_folder())
        return _shared


_IMG_SRC = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"', re.IGNORECASE)


def prepare_ahead(fragment: str, folder: Path, cache: PictureCache | None = None) -> None:
    """Prepare the local pictures of the article ``fragment`` on every core at once, so the
    copy's one-by-one embedding finds them all in the cache (Pillow releases the GIL)."""
    used = cache if cache is not None else shared_cache()
    paths = []
    for src in dict.fromkeys(html.unescape(m[1]) for m in _IMG_SRC.finditer(fragment)):
        if is_remote(src) or is_data_uri(src):
            continue
        with contextlib.suppress(AssetError):
            paths.append(resolve_reference(folder, src))
    if len(paths) > 1:
        used.prepare_files(paths, workers=os.cpu_count() or 1)


def embedder(folder: Path, cache: PictureCache | None = None) -> Embed:
    """``embed(src)`` for the pictures of a project whose file is in ``folder``."""
    used = cache if cache is not None else shared_cache()

    def embed(src: str) -> PictureResult | None:
        return prepare_source(used, src, folder)

    return embed
