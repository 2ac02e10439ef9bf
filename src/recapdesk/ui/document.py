"""The open project: the Project, its file path, its undo stack, its article pipeline, and
change signals.

Widgets never change the Project directly: they call :meth:`ProjectDocument.set_field` or
:meth:`ProjectDocument.set_list`, which push undo commands; the commands call back
:meth:`apply_set`/:meth:`apply_list`, which change the model and emit :attr:`changed` with the
path, so every view of that field (the form, the preview) follows, on edit, undo and redo alike.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from recapdesk.model import Project
from recapdesk.model.paths import FieldPath, get_at, set_at, text_fields
from recapdesk.pipeline import ArticlePipeline
from recapdesk.store import dumps, load, save
from recapdesk.store.assets import (
    AssetsFolder,
    carry_pictures,
    discard_staging,
    staging_assets,
    tidy_staging,
)
from recapdesk.ui.commands import ListEditCommand, SetFieldCommand, SnapshotCommand, describe


class ProjectDocument(QObject):
    changed = Signal(tuple)  # the FieldPath that changed; () when anything may have changed
    reset = Signal()  # the whole project was replaced (open, new, reload)
    path_changed = Signal()

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project if project is not None else Project()
        self.path: Path | None = None
        # An untitled project's pictures, until its first save (see assets()).
        self.staging: AssetsFolder | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        # The only producer of the article (preview, exports, copies, checks): made anew for
        # another project, told of every edit here, before any view hears of it.
        self.pipeline = ArticlePipeline(self.project)
        self.changed.connect(self._tell_pipeline)

    def _tell_pipeline(self, path: FieldPath) -> None:
        self.pipeline.edited(self.project, path)

    # -- editing (through the undo stack) -------------------------------------------------

    def value(self, path: FieldPath) -> Any:
        return get_at(self.project, path)

    def set_field(
        self,
        path: FieldPath,
        value: Any,
        *,
        typing: bool | None = None,
        typing_in: FieldPath | None = None,
    ) -> None:
        """Change one field as an undoable step; raises ValidationError for a bad value.

        Consecutive edits of a field being typed into merge into one step; text fields are,
        and ``typing=True`` says so for a field typed as text but stored otherwise (a list of
        outline lines). ``typing_in`` names the part of ``value`` typed into when the field is
        set whole (one heading of a list that may have to grow to hold it): typing then merges
        only within that part, so each of several fields stored together is its own step."""
        if self.value(path) == value:
            return
        self._validate(path, value)
        command = SetFieldCommand(self, path, value, describe(path))
        if typing is not None:
            command.merge_typing = typing
        if typing_in is not None:
            command.merge_path = typing_in
        self.undo_stack.push(command)

    def set_list(self, path: FieldPath, items: list[Any], text: str = "") -> None:
        """Replace the list at ``path`` (rows added, removed, moved, pasted) as one step."""
        if list(self.value(path)) == items:
            return
        self.undo_stack.push(ListEditCommand(self, path, items, text or describe(path)))

    def set_project(self, project: Project, text: str) -> None:
        """A structural edit (free sections added or removed with the section order) as one
        step: the whole Project is swapped, so order and sections never disagree."""
        if project == self.project:
            return
        self.undo_stack.push(SnapshotCommand(self, project, text))

    def _validate(self, path: FieldPath, value: Any) -> None:
        """Raise ValidationError if ``value`` may not go to ``path``; the model is untouched.

        Only the field's own record is copied (shallowly) and assigned to: copying the whole
        project would cost milliseconds per keystroke on a large one."""
        parent = get_at(self.project, path[:-1])
        last = path[-1]
        if isinstance(parent, BaseModel) and isinstance(last, str):
            setattr(parent.model_copy(), last, value)
        else:  # a list item: validate it as the list's field would
            trial = self.project.model_copy(deep=True)
            set_at(trial, path, value)

    # -- called by the commands --------------------------------------------------------------

    def apply_set(self, path: FieldPath, value: Any) -> None:
        set_at(self.project, path, value)
        self.changed.emit(path)

    def apply_list(self, path: FieldPath, items: list[Any]) -> None:
        parent = get_at(self.project, path[:-1])
        setattr(parent, str(path[-1]), items)
        self.changed.emit(path)

    def apply_snapshot(self, project: Project) -> None:
        self.project = project
        self.changed.emit(())

    # -- files ----------------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def replace_project(self, project: Project, path: Path | None) -> None:
        """Show another project (open, new); the undo history starts over, and with it the
        pictures of the staging folder that the new project does not use."""
        self.project = project
        self.pipeline = ArticlePipeline(project)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = path
        if self.staging is not None and self.staging.files():
            # A saved project's references resolve beside its file: none into the staging.
            texts = [text for _path, text in text_fields(project)] if path is None else []
            tidy_staging(self.staging, texts)
        self.path_changed.emit()
        self.reset.emit()

    def open(self, path: Path) -> None:
        """Load ``path``; raises ProjectFileError and leaves the current project as it was."""
        self.replace_project(load(path), path)

    def open_copy(self, path: Path) -> None:
        """Show ``path`` as an untitled project (the bundled example: saving asks where, never
        over it), its pictures copied into the staging folder so that they show. Raises
        ProjectFileError (or AssetError) and leaves the current project as it was."""
        project = load(path)
        carry_pictures(project, AssetsFolder(path), self.staging_folder())
        self.replace_project(project, None)

    def close_staging(self) -> None:
        """The window closes normally: an untitled project's pictures go with it (after a
        crash they stay with the recovery file, store/assets/staging.py)."""
        if self.staging is not None:
            discard_staging(self.staging)

    def save_to(self, path: Path) -> None:
        """Save atomically; raises ProjectFileError with the old file intact on failure."""
        staged = self.staging if self.path is None else None
        self._adopt_staged_pictures(path)
        save(self.project, path)
        if staged is not None and staged.files():
            discard_staging(staged)  # the folder stays the window's, for a next untitled one
        if path != self.path:
            self.path = path
            self.path_changed.emit()
        self.undo_stack.setClean()

    def text(self) -> str:
        return dumps(self.project)

    def pictures_folder(self) -> Path | None:
        """The folder the project's picture references are relative to: the project file's,
        or an untitled project's staging folder once it holds pictures; else None. Absolute:
        the preview's page makes file: URLs of it (a file opened as ``src/x.recap.toml``)."""
        if self.path is not None:
            return self.path.parent.absolute()
        if self.staging is not None and self.staging.files():
            return self.staging.project_folder
        return None

    def assets(self) -> AssetsFolder:
        """Where pictures added now are stored: ``NAME.assets/`` beside the project file, or
        for an untitled project its staging folder (store/assets/staging.py), adopted by the
        first save."""
        if self.path is not None:
            return AssetsFolder(self.path)
        return self.staging_folder()

    def staging_folder(self) -> AssetsFolder:
        """The staging folder of this window's untitled projects, made when first needed;
        also where a project about to be shown untitled (example, import) puts its pictures
        while a saved project is still open."""
        if self.staging is None:
            root = Path(tempfile.gettempdir()) / "recapdesk-staging"
            self.staging = staging_assets(root, uuid.uuid4().hex)
        return self.staging

    def add_picture(self, source: Path | bytes, name: str = "") -> str:
        """Copy a picture file (or a pasted picture's bytes) into :meth:`assets`; its
        reference. Raises AssetError saying why it cannot be."""
        assets = self.assets()
        if isinstance(source, bytes):
            return assets.import_bytes(source, name)
        return assets.import_file(source)

    def _adopt_staged_pictures(self, path: Path) -> None:
        """The first save of an untitled project: its pictures copied beside the new file and
        its references rewritten, before the file is written (staging.py's order)."""
        staging = self.staging
        if self.path is not None or staging is None or not staging.files():
            return
        if carry_pictures(self.project, staging, AssetsFolder(path)):
            self.changed.emit(())


__all__ = ["ProjectDocument", "ValidationError"]
