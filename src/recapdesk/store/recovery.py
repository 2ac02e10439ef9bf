"""Recovery files: the unsaved state of an open project, kept so a crash loses nothing (Qt-free).

A recovery file is the project's own TOML text followed by one ``[recovery]`` table that says
whose it is: the file the project was opened from (absent for an untitled project), its title,
when it was written, and by which process. The table comes last because TOML wants top-level
keys before any table, and it is split off before the project text goes through the ordinary
loader, so a recovered project is checked and migrated exactly like an opened one.

Recovery files are written atomically (the same way as a save), so a kill at any moment leaves
the previous recovery file or the new one. They live in one folder, one file per open window;
the window (ui/safety/autosave.py) decides when to write and when to discard them.
"""

from __future__ import annotations

import datetime
import os
import socket
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import Project
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import ProjectFileError, cannot_read, cannot_write, say
from recapdesk.store.project_file import decode, dumps, loads

RECOVERY_SUFFIX = ".recap-recovery.toml"
FORMAT = 1
_HEADER = "\n[recovery]\n"
MAX_RECOVERY_BYTES = 16 * 1024 * 1024
"""A project file is at most 8 MB; its recovery file is that plus a few header lines."""


@dataclass(frozen=True)
class RecoveryInfo:
    """What the restore offer shows about one recovery file."""

    path: Path
    original: Path | None  # the project file it belongs to; None for an untitled project
    title: str
    saved: datetime.datetime  # aware, UTC
    pid: int = 0
    host: str = ""
    base_hash: str = ""  # sha256 of the original file as last read or written by that session
    # Why the file cannot be read (the ProjectFileError's message, which the window shows
    # translated); empty when it can.
    problem: str | Message = ""

    @property
    def session(self) -> str:
        return self.path.name.removesuffix(RECOVERY_SUFFIX)


def recovery_path(folder: Path, session: str) -> Path:
    """The recovery file of one window (``session`` is a name unique to that window)."""
    return Path(folder) / f"{session}{RECOVERY_SUFFIX}"


def recovery_text(
    project: Project,
    original: Path | None,
    *,
    base_hash: str = "",
    saved: datetime.datetime | None = None,
    pid: int | None = None,
) -> str:
    """The recovery file's text: the project file text, then the ``[recovery]`` table.
    ``pid``: the process of the window whose work it is (default: this one; a helper
    process making the text for a window passes the window's)."""
    header: dict[str, Any] = {
        "format": FORMAT,
        "title": project.article.title,
        "saved": (saved or datetime.datetime.now(datetime.UTC)).isoformat(timespec="seconds"),
        "pid": os.getpid() if pid is None else pid,
        "host": socket.gethostname(),
    }
    if original is not None:
        header["original"] = str(original)
    if base_hash:
        header["base_hash"] = base_hash
    # The header's values are one-line strings and numbers, so ``_HEADER`` can only occur
    # once after the project text: where this function put it.
    return dumps(project).rstrip("\n") + "\n" + _HEADER + tomli_w.dumps(header)


def write_recovery(
    path: Path,
    project: Project,
    original: Path | None,
    *,
    base_hash: str = "",
    saved: datetime.datetime | None = None,
) -> None:
    """Write ``path`` atomically; raise :class:`ProjectFileError` when it cannot be written."""
    path = Path(path)
    data = recovery_text(project, original, base_hash=base_hash, saved=saved).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError as error:
        raise ProjectFileError(path, cannot_write(error)) from None


def _split(raw: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    """The project text and the header table of a recovery file's bytes."""
    text = decode(raw, path)
    project_text, found, header_text = text.rpartition(_HEADER)
    if not found:
        no_table = QT_TRANSLATE_NOOP(
            "ProjectFile", "not a recovery file: it has no [recovery] table"
        )
        raise ProjectFileError(path, say(no_table))
    try:
        header = tomllib.loads(header_text)
    except tomllib.TOMLDecodeError as error:
        not_toml = say(QT_TRANSLATE_NOOP("ProjectFile", "not valid TOML: %1"), str(error))
        raise ProjectFileError(path, not_toml, "recovery") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        unknown = QT_TRANSLATE_NOOP("ProjectFile", "an unknown kind of recovery file")
        raise ProjectFileError(path, say(unknown), "recovery")
    return project_text, header


def _info(path: Path, header: dict[str, Any]) -> RecoveryInfo:
    original = header.get("original")
    try:
        saved = datetime.datetime.fromisoformat(str(header.get("saved", "")))
    except ValueError:
        unreadable = QT_TRANSLATE_NOOP("ProjectFile", "the time it was written is unreadable")
        raise ProjectFileError(path, say(unreadable), "recovery.saved") from None
    if saved.tzinfo is None:
        saved = saved.replace(tzinfo=datetime.UTC)
    pid = header.get("pid", 0)
    return RecoveryInfo(
        path=path,
        original=Path(original) if isinstance(original, str) and original else None,
        title=str(header.get("title", "")),
        saved=saved,
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
        host=str(header.get("host", "")),
        base_hash=str(header.get("base_hash", "")),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_RECOVERY_BYTES:
            too_large = QT_TRANSLATE_NOOP("ProjectFile", "too large to be a recovery file")
            raise ProjectFileError(path, say(too_large))
        return path.read_bytes()
    except OSError as error:
        raise ProjectFileError(path, cannot_read(error)) from None


def read_recovery(path: Path) -> tuple[RecoveryInfo, Project]:
    """The header and the project of a recovery file; :class:`ProjectFileError` otherwise."""
    path = Path(path)
    project_text, header = _split(_read_bytes(path), path)
    return _info(path, header), loads(project_text, path)


def read_info(path: Path) -> RecoveryInfo:
    """The header of a recovery file, or an info whose ``problem`` says why it is unreadable
    (it is still listed, so the user can decide about it instead of it vanishing)."""
    path = Path(path)
    try:
        info, _project = read_recovery(path)
    except ProjectFileError as error:
        try:
            mtime = path.stat().st_mtime
        except OSError:
            mtime = 0.0
        saved = datetime.datetime.fromtimestamp(mtime, datetime.UTC)
        return RecoveryInfo(path=path, original=None, title="", saved=saved, problem=error.message)
    return info


def list_recovery(folder: Path) -> list[RecoveryInfo]:
    """Every recovery file in ``folder``, newest first; a missing folder has none."""
    try:
        paths = [p for p in Path(folder).iterdir() if p.name.endswith(RECOVERY_SUFFIX)]
    except OSError:
        return []
    # Temporary files of an interrupted write start with "." and end in ".tmp": never listed.
    infos = [read_info(p) for p in paths if not p.name.startswith(".") and p.is_file()]
    return sorted(infos, key=lambda info: info.saved, reverse=True)


def discard_recovery(path: Path) -> None:
    """Remove a recovery file; one already gone is fine."""
    Path(path).unlink(missing_ok=True)
