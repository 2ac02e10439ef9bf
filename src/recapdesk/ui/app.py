"""Start the Qt application (placeholder until the editor window lands)."""

from __future__ import annotations

from pathlib import Path


def run_app(project: Path | None) -> int:
    raise NotImplementedError
