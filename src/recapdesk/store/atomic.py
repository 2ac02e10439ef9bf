"""Atomic file writes: a crash mid-save leaves the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk; not possible on Windows.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_temp(folder: Path, stem: str, data: bytes, mode: int) -> Path:
    """Write ``data`` to a new temporary file in ``folder``, flushed and synced; return its path."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{stem}.", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.chmod(mode)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _new_file_mode() -> int:
    """The mode an ordinary new file gets (mkstemp would make it owner-only)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically.

    With ``backup``, the previous content is first kept as ``<name>.bak`` (itself written
    atomically), so the user can go back one save. Raises ``OSError`` on failure, with ``path``
    untouched and no temporary file left behind.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    mode = _new_file_mode()
    if path.exists():
        mode = path.stat().st_mode & 0o7777
        if backup:
            bak = path.with_name(path.name + ".bak")
            temp_bak = _write_temp(folder, bak.name, path.read_bytes(), mode)
            try:
                temp_bak.replace(bak)
            except BaseException:
                temp_bak.unlink(missing_ok=True)
                raise
    temp = _write_temp(folder, path.name, data, mode)
    try:
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
