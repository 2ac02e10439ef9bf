"""recapdesk's per-user cache folder (Qt-free, standard library only: the window's start asks
for it before anything else is loaded)."""

from __future__ import annotations

import os
import sys
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
