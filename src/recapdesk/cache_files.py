"""recapdesk's per-user cache folder, how an entry in it is written, and the digest entries are
kept by (Qt-free, standard library only: the window's start asks for them before anything
else is loaded)."""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path


def cache_root() -> Path:
    """The platform's per-user cache folder, as Qt's CacheLocation names it for recapdesk
    (``~/.cache/recapdesk/recapdesk`` on Linux). ``RECAPDESK_CACHE_DIR`` overrides it (tests,
    CI)."""
    override = os.environ.get("RECAPDESK_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "recapdesk" / "recapdesk" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "recapdesk" / "recapdesk"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "recapdesk" / "recapdesk"


def replace_unsynced(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file and a rename, without store/atomic.py's fsync:
    a cache entry needs no durability (one lost in a power cut is made again, one cut short
    is refused when read), and an fsync per entry costs more than making it."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def content_hash(path: Path | None) -> str | None:
    """sha256 of the file's bytes; None when there is no readable file."""
    if path is None:
        return None
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()
