"""Pictures of a project that has no file yet, and pictures following a project to a new name
(Qt-free).

An untitled project keeps its pictures in a staging folder beside its recovery file (the
window's recovery folder, store/recovery.py), laid out as if the project were the file
``<recovery folder>/<session>.staging/untitled.recap.toml``: its references read
``untitled.assets/<hash>.jpg`` and resolve against that folder exactly like a saved project's,
and a crash before the first save leaves both the recovery file and the pictures it refers to.

The first save (and Save As of a saved project) goes, in this order, so that no moment exists
where the file on disk refers to a picture that is not there:

1. :func:`adopt_assets` copies the referenced pictures into the new assets folder (atomic
   writes; a picture already there, same content-addressed name, is not written again);
2. the project's texts get :func:`~recapdesk.store.assets.references.rewrite_references`
   (``untitled.assets/`` -> ``phase1.assets/``) and the project is saved;
3. only after that save succeeded, :func:`discard_staging` removes the staging folder (for an
   untitled project; Save As leaves the old project's pictures where they are).

:func:`carry_pictures` does steps 1 and 2 for any project and folders: the first save, and a
bundled example copied to a new file or into a window's staging folder.

A staging folder goes when its window closes (:func:`discard_staging`) and, after a crash, once
the recovery file it belongs to is gone (restored, discarded): the window's start looks for
those among :func:`staging_sessions`. Nothing else is ever removed from the recovery folder.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from recapdesk.model import Project
from recapdesk.model.paths import set_at, text_fields
from recapdesk.store.assets.folder import AssetError, AssetsFolder
from recapdesk.store.assets.references import (
    referenced_files,
    rewrite_references,
    unreferenced_files,
)
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import cannot_read, cannot_write
from recapdesk.store.project_file import SUFFIX

UNTITLED = "untitled"
STAGING_SUFFIX = ".staging"


def staging_assets(recovery_folder: Path, session: str) -> AssetsFolder:
    """The assets folder of the untitled project of window ``session`` (the same session name
    as its recovery file, so a restored project finds its pictures)."""
    return AssetsFolder(
        Path(recovery_folder) / f"{session}{STAGING_SUFFIX}" / f"{UNTITLED}{SUFFIX}"
    )


def adopt_assets(
    source: AssetsFolder, target: AssetsFolder, texts: Iterable[str] | None = None
) -> list[str]:
    """Copy the pictures of ``source`` that the ``texts`` refer to (all of them when None)
    into ``target``; returns the names copied or already there. The source is left as it is.
    :class:`AssetError` when one cannot be read or written (the save should then stop)."""
    names = source.files()
    if texts is not None:
        used = referenced_files(source, texts)
        names = [name for name in names if name in used]
    if not names or source.path.resolve() == target.path.resolve():
        return names
    try:
        target.path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AssetError(cannot_write(error)) from None
    for name in names:
        destination = target.path / name
        try:
            data = (source.path / name).read_bytes()
        except OSError as error:
            raise AssetError(cannot_read(error)) from None
        if destination.is_file() and destination.stat().st_size == len(data):
            continue  # content-addressed: the same name holds the same picture
        try:
            atomic_write(destination, data)
        except OSError as error:
            raise AssetError(cannot_write(error)) from None
    return names


def carry_pictures(project: Project, source: AssetsFolder, target: AssetsFolder) -> bool:
    """Copy the pictures of ``source`` that ``project`` refers to into ``target`` and point
    its references there instead (``project`` is changed in place); True when any text
    changed. :class:`AssetError` when a picture cannot be copied, the project then unchanged."""
    texts = [text for _path, text in text_fields(project)]
    if not adopt_assets(source, target, texts):
        return False
    changed = False
    for path, text in list(text_fields(project)):  # the walk sets fields
        new = rewrite_references(text, source, target)
        if new != text:
            set_at(project, path, new)
            changed = True
    return changed


def _is_staging(staging: AssetsFolder) -> bool:
    """``staging`` is laid out as :func:`staging_assets` makes it."""
    project_file = Path(staging.project_file)
    return project_file.name == f"{UNTITLED}{SUFFIX}" and project_file.parent.name.endswith(
        STAGING_SUFFIX
    )


def tidy_staging(staging: AssetsFolder, texts: Iterable[str]) -> None:
    """Remove the pictures of an untitled project's staging folder that none of ``texts`` (the
    project it now holds) refers to, then the folders if that left them empty.

    Refuses (does nothing) unless ``staging`` is laid out as :func:`staging_assets` makes it,
    and removes only regular files directly inside its assets folder: nothing that was not
    put there by recapdesk."""
    if not _is_staging(staging):
        return
    for name in unreferenced_files(staging, texts):  # regular files only (AssetsFolder.files)
        with contextlib.suppress(OSError):
            (staging.path / name).unlink()
    for folder in (staging.path, staging.project_folder):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def discard_staging(staging: AssetsFolder) -> None:
    """Remove an untitled project's staging folder: after its first save succeeded, when its
    window closes, or when its recovery file is gone after a crash (see :func:`tidy_staging`
    for what is ever removed)."""
    tidy_staging(staging, ())


def staging_sessions(recovery_folder: Path) -> list[str]:
    """The sessions whose staging folders lie in ``recovery_folder`` (none when it is
    missing); a symbolic link is never one."""
    try:
        entries = list(Path(recovery_folder).iterdir())
    except OSError:
        return []
    return sorted(
        entry.name.removesuffix(STAGING_SUFFIX)
        for entry in entries
        if entry.name.endswith(STAGING_SUFFIX) and entry.is_dir() and not entry.is_symlink()
    )
