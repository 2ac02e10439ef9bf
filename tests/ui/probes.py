"""Python source run in an interpreter of its own: for what one process does from its start
(the modules it has loaded, the garbage collector's state), which a test process that has
imported everything already cannot show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_probe(probe: str, *args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``probe`` with ``args`` on Qt's offscreen platform; the test fails with the
    probe's errors if it fails. ``home``: its settings, data and cache folders go there."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:
        env |= {
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
    result = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    return result
