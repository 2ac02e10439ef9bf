"""The window's file commands: new, open, open the example, save, save as.

Functions of the window rather than its methods, like output_commands.py: they load the
store, which the window's frame does not need (start-up: see main_window.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recapdesk.resources import example_path
from recapdesk.store import SUFFIX, ProjectFileError, load
from recapdesk.store.file_names import project_file_name
from recapdesk.ui.dialogs import project_filter
from recapdesk.ui.preferences import new_project as blank_project

if TYPE_CHECKING:
    from recapdesk.ui.main_window import MainWindow

EXAMPLE = "k8s-source-study-phase1"
# The texts keep the window's context, where they are translated (pyside6-lupdate reads
# ``translate("Context", "text")`` calls).
translate = QCoreApplication.translate


def new_project(window: MainWindow) -> None:
    if window.maybe_save():
        window.document.replace_project(blank_project(window.settings), None)
        window.show_status(translate("MainWindow", "New project"))


LAST_FOLDER = "files/lastFolder"


def last_folder(window: MainWindow) -> Path:
    """The folder a project was last opened from or saved to; the home folder at first."""
    value = window.settings.value(LAST_FOLDER)
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(window: MainWindow, path: Path) -> None:
    window.settings.setValue(LAST_FOLDER, str(path.resolve().parent))


def open_dialog(window: MainWindow) -> None:
    path_now = window.document.path
    folder = str(path_now.parent if path_now else last_folder(window))
    path = window.dialogs.open_path(folder)
    if path is not None:
        open_file(window, path)


def open_file(window: MainWindow, path: Path) -> bool:
    if not window.maybe_save():
        return False
    try:
        project = load(path)
    except ProjectFileError as error:
        window.dialogs.error(
            translate("MainWindow", "Cannot open the project"), error.message.translated(translate)
        )
        return False
    window.document.replace_project(project, Path(path))
    window.recent.add(Path(path))
    window.settings.setValue("lastProject", str(Path(path).resolve()))
    remember_folder(window, Path(path))
    window.rebuild_recent()
    window.show_status(translate("MainWindow", "Opened %1").replace("%1", str(path)))
    return True


def open_example(window: MainWindow) -> None:
    """The bundled example as an untitled copy: saving asks where, never over the bundle."""
    if window.maybe_save():
        window.document.replace_project(load(example_path(EXAMPLE)), None)
        window.show_status(
            translate("MainWindow", "Opened the example (save it to keep your changes)")
        )


def save(window: MainWindow) -> bool:
    if window.document.path is None:
        return save_as(window)
    return save_to(window, window.document.path)


def save_as(window: MainWindow) -> bool:
    # A new project: its title as the file name, in the folder used last (not "recap" at home).
    title = window.document.project.article.title
    suggested = str(window.document.path or last_folder(window) / project_file_name(title))
    path = window.dialogs.save_path(
        suggested, translate("MainWindow", "Save Project"), project_filter()
    )
    if path is None:
        return False
    if not path.name.endswith(".toml"):
        path = path.with_name(path.name + SUFFIX)
    return save_to(window, path)


def save_to(window: MainWindow, path: Path) -> bool:
    if not window.file_guard.may_write(path):
        return False
    try:
        window.document.save_to(path)
    except ProjectFileError as error:
        window.dialogs.error(
            translate("MainWindow", "Cannot save the project"),
            f"{error.message.translated(translate)}\n\n{kept_after_failure(window)}",
        )
        return False
    window.file_guard.track(path)
    window.recent.add(path)
    window.settings.setValue("lastProject", str(path.resolve()))
    remember_folder(window, path)
    window.rebuild_recent()
    window.show_status(translate("MainWindow", "Saved %1").replace("%1", str(path)))
    return True


def kept_after_failure(window: MainWindow) -> str:
    """Where the unsaved changes are after a failed save: said only once it is true."""
    if window.autosave.write_now() is not None:
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
