"""Pictures into the project: Insert > Image…, a file dropped onto a Markdown body field or the
form, a picture pasted from the clipboard (a screenshot).

Each is copied into the project's assets folder (ProjectDocument.add_picture: ``NAME.assets/``,
or an untitled project's staging folder, adopted by the first save) and referenced relatively:
``![name](NAME.assets/x.jpg)`` at the cursor of the Markdown field, or a new picture of the
Photos section when that tab is shown (or nothing else is focused). The file is never moved
or changed; a picture that cannot be added is named with the reason.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit, QWidget

from recapdesk.model.paths import text_fields
from recapdesk.store.assets import (
    PICTURE_SUFFIXES,
    AssetError,
    AssetsFolder,
    RemovedAsset,
    remove_files,
    restore_files,
    unreferenced_files,
)
from recapdesk.ui.dialogs.dialogs import Dialogs
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.window.form_tabs import FormTab, FormTabs


def picture_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The picture files a drag carries (by suffix; the content is checked when added)."""
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in (*PICTURE_SUFFIXES, ".jpeg")]


class _RemoveFiles(QUndoCommand):
    """Unused pictures removed from the assets folder; undo restores them."""

    def __init__(self, assets: AssetsFolder, names: list[str]) -> None:
        super().__init__(translate("PictureCommands", "Remove picture file"))
        self._assets = assets
        self._names = names
        self._removed: list[RemovedAsset] = []

    def redo(self) -> None:
        self._removed = remove_files(self._assets, self._names)

    def undo(self) -> None:
        restore_files(self._assets, self._removed)


class _Signals(QObject):
    done = Signal(list, list)  # [(reference, file name)], [error messages]


class _Copy(QRunnable):
    """Pictures copied into the assets folder off the GUI thread (AssetsFolder is Qt-free
    and writes each file atomically)."""

    def __init__(self, assets: AssetsFolder, paths: list[Path]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._assets = assets
        self._paths = paths

    def run(self) -> None:
        added: list[tuple[str, str]] = []
        errors: list[str] = []
        for path in self._paths:
            try:
                added.append((self._assets.import_file(path), path.name))
            except AssetError as error:
                errors.append(str(error.message))
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.signals.done.emit(added, errors)


def _markdown(reference: str, name: str) -> str:
    alt = Path(name).stem.replace("[", "").replace("]", "")
    return f"![{alt}]({reference})"


class PictureCommands(QObject):
    """The window's picture commands, given the parts they act on."""

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        tabs: FormTabs,
        show_status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._tabs = tabs
        self._show_status = show_status
        self._watched: set[int] = set()
        self._jobs: set[_Signals] = set()  # kept alive until their results are placed

    # -- the commands --------------------------------------------------------------------------

    def insert_image(self) -> None:
        """Insert > Image…: pictures chosen in a file dialog."""
        target = self._focused_body()
        names, _ = QFileDialog.getOpenFileNames(
            self._tabs.widget,
            translate("PictureCommands", "Insert Image"),
            str(Path.home()),
            translate(
                "PictureCommands", "Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tiff *.svg)"
            ),
        )
        if names:
            self.add_files([Path(name) for name in names], target)

    def add_files(self, paths: list[Path], target: QPlainTextEdit | None = None) -> None:
        """Copy ``paths`` into the project and reference them in ``target`` (a Markdown field)
        or, without one, in the Photos section. The files are copied in Qt's thread pool (20
        camera photos are ~100 MB to read and write); the references follow, as one step."""
        assets = self._document.assets()  # here: an untitled project's staging is made once
        if target is None and not self._on_photos():
            target = self._focused_body()
        job = _Copy(assets, paths)
        signals = job.signals
        self._jobs.add(signals)

        def done(added: list[tuple[str, str]], errors: list[str]) -> None:
            self._jobs.discard(signals)
            for message in errors:
                self._dialogs.error(translate("PictureCommands", "Insert Image"), message)
            self._place(added, target, focus_known=True)

        signals.done.connect(done)
        QThreadPool.globalInstance().start(job)

    def wait(self) -> None:
        """Wait until every copy started has been placed (tests, benchmarks)."""
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()

    def add_bytes(self, data: bytes, target: QPlainTextEdit | None) -> None:
        """A pasted picture (PNG bytes)."""
        name = translate("PictureCommands", "screenshot") + ".png"
        try:
            reference = self._document.add_picture(data, name)
        except AssetError as error:
            self._dialogs.error(translate("PictureCommands", "Paste Image"), str(error.message))
            return
        self._place([(reference, name)], target)

    def offer_cleanup(self, reference: str) -> None:
        """A picture ``reference`` was removed: when nothing in the project uses its file any
        more, offer to remove the file from the assets folder, as an undoable step (undo puts
        it back). Only files inside the assets folder are ever removed."""
        assets = self._document.assets()
        names = [name for name in assets.files() if assets.reference(name) == reference]
        if not names:
            return
        texts = [text for _path, text in text_fields(self._document.project)]
        unused = [name for name in names if name in unreferenced_files(assets, texts)]
        if unused and self._dialogs.offer_asset_cleanup(unused, assets.name):
            self._document.undo_stack.push(_RemoveFiles(assets, unused))

    def export_markdown_with_images(self) -> None:
        """File > Export Markdown with Images…: ``article.md`` and the pictures it uses in the
        folder chosen (pipeline/markdown_folder.py)."""
        from recapdesk.pipeline.markdown_folder import write_markdown_folder

        title = translate("PictureCommands", "Export Markdown with Images")
        folder = QFileDialog.getExistingDirectory(self._tabs.widget, title, str(Path.home()))
        source = self._document.pictures_folder()
        if not folder:
            return
        markdown = self._document.pipeline.markdown()
        try:
            written = write_markdown_folder(
                markdown, source or Path(folder), Path(folder) / "article.md"
            )
        except OSError as error:
            self._dialogs.error(title, f"{folder}: {error.strerror or error}")
            return
        for reference, reason in written.missing.items():
            self._dialogs.warning(title, f"{reference}: {reason}")
        self._show_status(
            fill(
                translate("PictureCommands", "Exported %1 and %2 pictures"),
                str(written.markdown),
                str(len(written.pictures)),
            )
        )

    def _place(
        self,
        added: list[tuple[str, str]],
        target: QPlainTextEdit | None,
        *,
        focus_known: bool = False,
    ) -> None:
        if not added:
            return
        if target is None and not focus_known and not self._on_photos():
            target = self._focused_body()
        if target is not None:
            text = "\n\n".join(_markdown(reference, name) for reference, name in added)
            target.textCursor().insertText(text)
        else:
            from recapdesk.ui.forms.tabs.photos_tab import PhotosTab

            photos = self._tabs.show(FormTab.PHOTOS)
            if isinstance(photos, PhotosTab):
                photos.add_references([reference for reference, _name in added])
        self._show_status(
            fill(
                translate("PictureCommands", "%1 pictures added to %2"),
                str(len(added)),
                added[0][0],
            )
        )

    def _on_photos(self) -> bool:
        return self._tabs.widget.currentIndex() == FormTab.PHOTOS

    def _focused_body(self) -> QPlainTextEdit | None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPlainTextEdit) and self._tabs.widget.isAncestorOf(focused):
            return focused
        return None

    def connect_tab(self, index: int, tab: QWidget) -> None:
        """A form tab, as it is built: its Markdown fields take pictures; the Photos tab's
        Add button and the photos it or the Recognition tab remove are this object's."""
        self.watch_fields(tab)
        if index == FormTab.PHOTOS:
            from recapdesk.ui.forms.tabs.photos_tab import PhotosTab

            if isinstance(tab, PhotosTab):
                tab.add_button.clicked.connect(self.insert_image)
                tab.cleanup = self.offer_cleanup
        elif index == FormTab.RECOGNITION:
            from recapdesk.ui.forms.tabs.recognition_tab import RecognitionTab

            if isinstance(tab, RecognitionTab):
                tab.avatars.cleanup = self.offer_cleanup

    # -- drops and pastes onto the Markdown fields ---------------------------------------------

    def watch_fields(self, root: QWidget) -> None:
        """Take picture drops and pastes on every Markdown field under ``root``."""
        for edit in root.findChildren(QPlainTextEdit):
            if id(edit) not in self._watched and not edit.isReadOnly():
                self._watched.add(id(edit))
                edit.installEventFilter(self)
                edit.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        edit = watched if isinstance(watched, QPlainTextEdit) else watched.parent()
        if not isinstance(edit, QPlainTextEdit):
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if picture_files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = picture_files(event)
            if paths:
                event.acceptProposedAction()
                edit.setTextCursor(edit.cursorForPosition(event.position().toPoint()))
                self.add_files(paths, edit)
                return True
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and self._paste_image(edit)
        ):
            return True
        return False

    def _paste_image(self, edit: QPlainTextEdit) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage() or mime.hasText():
            return False
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            return False
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str
        self.add_bytes(bytes(buffer.data().data()), edit)
        return True
