"""The window's file commands: new, open, open the example, save, save as, and the question
about unsaved changes that comes before dropping a project.

Loaded with the store when the window is built, not by the window's frame (start-up: see
main_window.py). The commands get the few objects they act on, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from recapdesk.resources import example_path
from recapdesk.store import SUFFIX, NotAProjectError, ProjectFileError, load
from recapdesk.store.assets import AssetError
from recapdesk.store.file_names import project_file_name
from recapdesk.templates import CONTEXT as TEMPLATES_CONTEXT
from recapdesk.templates import article_language_for, find_template, load_template
from recapdesk.ui.dialogs.dialogs import UnsavedChoice
from recapdesk.ui.dialogs.file_dialogs import project_filter
from recapdesk.ui.dialogs.preferences import new_project as blank_project
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.translations import ui_language

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument
    from recapdesk.ui.safety.autosave import Autosaver
    from recapdesk.ui.safety.file_watch import FileGuard
    from recapdesk.ui.window.recent_files import RecentFiles

EXAMPLE = "k8s-source-study-phase1"
LAST_FOLDER = "files/lastFolder"


class FileCommands:
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: QSettings,
        *,
        recent: RecentFiles,
        guard: FileGuard,
        autosave: Autosaver,
        display_name: Callable[[], str],
        show_status: Callable[[str], None],
        recent_changed: Callable[[], None],
        import_markdown: Callable[[Path], bool] = lambda _path: False,
    ) -> None:
        """``guard`` asks before a save overwrites someone else's changes; ``autosave``
        keeps a copy when a save fails; ``recent_changed`` rebuilds File > Open Recent;
        ``import_markdown`` imports a Markdown recap opened as if it were a project."""
        self._document = document
        self._dialogs = dialogs
        self._settings = settings
        self._recent = recent
        self._guard = guard
        self._autosave = autosave
        self._display_name = display_name
        self._show_status = show_status
        self._recent_changed = recent_changed
        self._import_markdown = import_markdown

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded or unchanged)."""
        if not self._document.modified:
            return True
        choice = self._dialogs.ask_unsaved(self._display_name())
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def new_project(self) -> None:
        if self.maybe_save():
            self._document.replace_project(blank_project(self._settings), None)
            self._show_status(translate("MainWindow", "New project"))

    def new_from_template(self) -> None:
        """A template chosen in the gallery, as a new untitled project: saving asks where."""
        language = article_language_for(ui_language(self._settings))
        choice = self._dialogs.choose_template(language)
        if choice is None or not self.maybe_save():
            return
        self._document.replace_project(load_template(choice.name, choice.language), None)
        title = translate(TEMPLATES_CONTEXT, find_template(choice.name).title)
        self._show_status(
            fill(translate("MainWindow", "New project from the template “%1”"), title)
        )

    def open_dialog(self) -> None:
        path = self._dialogs.open_path(self._folder())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        # Absolute from here on (a file given as src/x.recap.toml): the recovery file, the
        # lock and the preview's pictures name it wherever recapdesk starts next.
        path = Path(path).absolute()
        try:
            project = load(path)
        except ProjectFileError as error:
            if isinstance(error, NotAProjectError) and error.markdown:
                return self._import_instead(path)
            self._dialogs.error(
                translate("MainWindow", "Cannot open the project"),
                error.message.translated(translate),
            )
            return False
        self._document.replace_project(project, path)
        self._remember(path)
        self._show_status(fill(translate("MainWindow", "Opened %1"), path))
        return True

    def _import_instead(self, path: Path) -> bool:
        """A Markdown recap opened as a project: offer what File > Import Markdown does."""
        if not self._dialogs.offer_markdown_import(path.name):
            return False
        return self._import_markdown(path)

    def open_example(self) -> None:
        """The bundled example as an untitled copy: saving asks where, never over the bundle."""
        if not self.maybe_save():
            return
        try:
            # Its pictures too, into the staging folder: the first save copies them beside it.
            self._document.open_copy(example_path(EXAMPLE))
        except (ProjectFileError, AssetError) as error:
            self._dialogs.error(
                translate("MainWindow", "Cannot open the project"),
                error.message.translated(translate),
            )
        else:
            self._show_status(
                translate("MainWindow", "Opened the example (save it to keep your changes)")
            )

    def save(self) -> bool:
        if self._document.path is None:
            return self.save_as()
        return self.save_to(self._document.path)

    def save_as(self) -> bool:
        # A new project: its title as the file name, in the folder used last (not "recap" at home).
        title = self._document.project.article.title
        suggested = str(self._document.path or self.last_folder() / project_file_name(title))
        path = self._dialogs.save_path(
            suggested, translate("MainWindow", "Save Project"), project_filter()
        )
        if path is None:
            return False
        if not path.name.endswith(".toml"):
            path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        path = Path(path).absolute()
        if not self._guard.may_write(path):
            return False
        try:
            self._document.save_to(path)
        except ProjectFileError as error:
            self._dialogs.error(
                translate("MainWindow", "Cannot save the project"),
                f"{error.message.translated(translate)}\n\n{self._kept_after_failure()}",
            )
            return False
        self._guard.track(path)
        self._remember(path)
        self._show_status(fill(translate("MainWindow", "Saved %1"), path))
        return True

    def last_folder(self) -> Path:
        """The folder a project was last opened from or saved to; the home folder at first."""
        value = self._settings.value(LAST_FOLDER)
        folder = Path(value) if isinstance(value, str) and value else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def _folder(self) -> str:
        return str(self._document.path.parent if self._document.path else self.last_folder())

    def _remember(self, path: Path) -> None:
        self._recent.add(path)
        self._settings.setValue("lastProject", str(path.resolve()))
        self._settings.setValue(LAST_FOLDER, str(path.resolve().parent))
        self._recent_changed()

    def _kept_after_failure(self) -> str:
        """Where the unsaved changes are after a failed save: said only once it is true."""
        if self._autosave.write_now() is not None:
            return translate(
                "MainWindow",
                "Your changes are still here, and a copy is in the recovery file. Free some "
                "space or fix the folder's permissions, or use Save As to save elsewhere.",
            )
        return translate(
            "MainWindow",
            "Your changes are still here, but no recovery file could be written either: keep "
            "this window open and use Save As to save them on another disk.",
        )
