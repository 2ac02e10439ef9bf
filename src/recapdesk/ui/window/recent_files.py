"""The Open Recent list, kept in QSettings: newest first, at most ten, missing files dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
LIMIT = 10


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        stored = self._settings.value(KEY, [])
        if isinstance(stored, str):  # QSettings returns a lone string for a one-item list
            stored = [stored]
        names = [str(item) for item in stored] if isinstance(stored, list) else []
        existing = [Path(name) for name in names if Path(name).is_file()]
        return existing[:LIMIT]

    def add(self, path: Path) -> None:
        path = path.resolve()
        paths = [path, *(p for p in self.paths() if p.resolve() != path)]
        self._settings.setValue(KEY, [str(p) for p in paths[:LIMIT]])

    def last(self) -> Path | None:
        paths = self.paths()
        return paths[0] if paths else None
