"""The one error type every failed project-file read or write ends in."""

from __future__ import annotations

from pathlib import Path


class ProjectFileError(Exception):
    """A project file could not be read or written.

    The message names the file, where in it the problem is (a line, or a field path such as
    ``honorees.people[2].github``) and what is wrong, so the CLI and the window can show it as is.
    """

    def __init__(self, path: Path | str | None, reason: str, where: str = "") -> None:
        self.path = Path(path) if path is not None else None
        self.reason = reason
        self.where = where
        parts = [str(self.path) if self.path is not None else "<project>"]
        if where:
            parts.append(where)
        parts.append(reason)
        super().__init__(": ".join(parts))
