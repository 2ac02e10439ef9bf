"""The article's pictures as the WeChat copy embeds them (Qt-free).

One :class:`~recapdesk.render.pictures.PictureCache` per process (in memory, and on disk in
the user's cache folder), so the second copy of an unchanged project does no image work, and a
new session starts warm. :func:`embedder` gives render/wechat the ``embed`` hook for one
project folder; :func:`prepare_for_publish` is the publish core's ``prepare`` hook.
"""

from __future__ import annotations

import threading
from pathlib import Path

from recapdesk.render.pictures import (
    PictureCache,
    PictureResult,
    default_cache_folder,
    prepare_source,
)
from recapdesk.render.wechat.images import Embed

_shared: PictureCache | None = None
_lock = threading.Lock()


def shared_cache() -> PictureCache:
    """This process's picture cache (made on first use)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = PictureCache(default_cache_folder())
        return _shared


def embedder(folder: Path, cache: PictureCache | None = None) -> Embed:
    """``embed(src)`` for the pictures of a project whose file is in ``folder``."""
    used = cache if cache is not None else shared_cache()

    def embed(src: str) -> PictureResult | None:
        return prepare_source(used, src, folder)

    return embed
