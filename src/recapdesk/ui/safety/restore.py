"""At start-up, offer the unsaved work of sessions that did not close: each recovery file
nobody is writing any more is shown (project, file, time) to be restored, discarded or kept
for the next start. An untitled project's pictures (its staging folder) go with its recovery
file: kept while it is, removed once it is restored or discarded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from recapdesk.model.paths import text_fields
from recapdesk.store import ProjectFileError
from recapdesk.store.assets import (
    AssetError,
    AssetsFolder,
    adopt_assets,
    discard_staging,
    staging_assets,
)
from recapdesk.store.recovery import (
    RecoveryInfo,
    discard_recovery,
    read_recovery,
)
from recapdesk.ui.dialogs.dialogs import Dialogs
from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.i18n import translate
from recapdesk.ui.safety.autosave import (
    Autosaver,
    forget_stale_locks,
    orphaned_recovery,
    stale_staging,
)
from recapdesk.ui.safety.file_watch import FileGuard


class RecoveryTarget(Protocol):
    """A window that can take recovered work: its document and dialogs, the guard of its
    file and its autosave (which takes the recovery file over), and its status line."""

    @property
    def document(self) -> ProjectDocument: ...
    @property
    def dialogs(self) -> Dialogs: ...
    @property
    def file_guard(self) -> FileGuard: ...
    @property
    def autosave(self) -> Autosaver: ...
    def show_status(self, message: str) -> None: ...


Target = TypeVar("Target", bound=RecoveryTarget)


def restore_into(window: RecoveryTarget, info: RecoveryInfo) -> bool:
    """Show the recovered project in ``window`` as unsaved work, pointing at its original
    file (if it had one); then the recovery file's job passes to the window's autosave."""
    try:
        _info, project = read_recovery(info.path)
    except ProjectFileError as error:
        reason = error.message.translated(translate)
        window.dialogs.error(translate("", "Cannot restore the unsaved work"), reason)
        return False
    document = window.document
    document.replace_project(project, info.original)
    staged = _take_over_pictures(document, info) if info.original is None else None
    # Not clean: the recovered state is not in the project file until the user saves it.
    document.undo_stack.resetClean()
    # Written while the file on disk was as this hash says; if it changed since, the first
    # save asks before overwriting it.
    window.file_guard.set_base_hash(info.base_hash)
    if window.autosave.write_now() is None:
        return True  # could not take it over: the old recovery file stays as the safe copy
    discard_recovery(info.path)
    if staged is not None:
        discard_staging(staged)
    window.show_status(translate("", "Restored unsaved work: save it to keep it"))
    return True


def _take_over_pictures(document: ProjectDocument, info: RecoveryInfo) -> AssetsFolder | None:
    """An untitled project's pictures live beside its recovery file (store/assets/staging.py):
    copied into this window's staging folder (same ``untitled.assets/`` references), so the
    restored project shows them; the old staging folder, when there was one."""
    old = staging_assets(info.path.parent, info.session)
    if not old.files():
        return None
    texts = [text for _path, text in text_fields(document.project)]
    try:
        adopt_assets(old, document.assets(), texts)
    except AssetError:
        return None  # the old folder stays: nothing is lost
    return old


def offer_recovery(window: Target, new_window: Callable[[], Target]) -> list[Path | None]:
    """Ask about every orphaned recovery file; the first restored goes into ``window``, the
    others into new windows. Returns the original paths of what was restored."""
    folder = window.autosave.folder
    forget_stale_locks(folder)
    for staging in stale_staging(folder):  # pictures of crashed sessions nothing refers to
        discard_staging(staging)
    restored: list[Path | None] = []
    for info in orphaned_recovery(folder):
        choice = window.dialogs.ask_recovery(info)
        if choice is RecoveryChoice.RESTORE:
            target = new_window() if restored else window
            if restore_into(target, info):
                restored.append(info.original)
        elif choice is RecoveryChoice.DISCARD:
            discard_recovery(info.path)
            discard_staging(staging_assets(folder, info.session))
    return restored
