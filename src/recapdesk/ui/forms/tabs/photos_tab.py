"""The Photos tab: the section's heading and intro, and its pictures: a list with thumbnails
(made off the GUI thread: widgets/thumbnails.py), reordered by drag and drop or Move up/down,
and the current picture's caption, alt text, width and row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from recapdesk.model import BuiltinSection
from recapdesk.model.paths import FieldPath
from recapdesk.model.photos import FULL, HALF, Photo
from recapdesk.store.assets import AssetError, resolve_reference
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.widgets.form_parts import SectionForm
from recapdesk.ui.forms.widgets.thumbnails import THUMBNAIL, ThumbnailLoader

PICTURES: FieldPath = ("photos", "pictures")
PIXELS = "pixels"


class PhotosTab(SectionForm):
    section_keys: tuple[str, ...] = ("photos",)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, "photosTab", parent)
        self.thumbnails = ThumbnailLoader(self)
        # Called with a removed picture's reference inside the removal's undo step: the window
        # offers to remove the file when nothing uses it any more (PictureCommands).
        self.cleanup: Callable[[str], None] | None = None
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self._rows_of: dict[str, list[int]] = {}  # file path -> rows showing it
        form = self.new_form()
        self.add_heading(form, BuiltinSection.PHOTOS)
        self.add_markdown(form, self.tr("&Intro:"), ("photos", "intro"), "photos_intro")

        self.picture_list = QListWidget(self.body)
        self.picture_list.setObjectName("photosList")
        self.picture_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.picture_list.setMinimumHeight(THUMBNAIL * 4)
        self.picture_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.picture_list.model().rowsMoved.connect(self._dragged)
        self.picture_list.currentRowChanged.connect(lambda _row: self._show_current())
        form.addRow(self.label_for(self.tr("&Pictures:"), self.picture_list))
        form.addRow(self.picture_list)
        self.register(PICTURES, self.picture_list)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add pictures…"), self.body)
        self.add_button.setObjectName("photosAdd")
        self.up_button = QPushButton(self.tr("Move up"), self.body)
        self.down_button = QPushButton(self.tr("Move down"), self.body)
        self.remove_button = QPushButton(self.tr("Remove"), self.body)
        self.up_button.setObjectName("photosUp")
        self.down_button.setObjectName("photosDown")
        self.remove_button.setObjectName("photosRemove")
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
            self.chain(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)

        self.caption = QLineEdit(self.body)
        self.caption.setObjectName("photo_caption")
        form.addRow(self.label_for(self.tr("&Caption:"), self.caption), self.caption)
        self.binder.line(self.caption, lambda: self._field("caption"))
        self.chain(self.caption)
        self.alt = QLineEdit(self.body)
        self.alt.setObjectName("photo_alt")
        self.alt.setPlaceholderText(self.tr("What the picture shows, for screen readers"))
        form.addRow(self.label_for(self.tr("Alt te&xt:"), self.alt), self.alt)
        self.binder.line(self.alt, lambda: self._field("alt"))
        self.chain(self.alt)

        self.width_box = QComboBox(self.body)
        self.width_box.setObjectName("photo_width")
        self.width_box.addItem(self.tr("Full width"), FULL)
        self.width_box.addItem(self.tr("Half width"), HALF)
        self.width_box.addItem(self.tr("Pixels"), PIXELS)
        self.pixels = QSpinBox(self.body)
        self.pixels.setObjectName("photo_pixels")
        self.pixels.setRange(1, 9999)
        self.pixels.setSuffix(" px")
        self.pixels.setAccessibleName(self.tr("Width in pixels"))
        self.pixels.lineEdit().setAccessibleName(self.tr("Width in pixels"))
        width_row = QHBoxLayout()
        width_row.addWidget(self.width_box, 1)
        width_row.addWidget(self.pixels)
        form.addRow(self.label_for(self.tr("Wi&dth:"), self.width_box), width_row)
        self.width_box.activated.connect(lambda _index: self._set_width())
        self.pixels.editingFinished.connect(self._set_width)
        self.chain(self.width_box)
        self.chain(self.pixels)

        self.row_box = QSpinBox(self.body)
        self.row_box.setObjectName("photo_row")
        self.row_box.setRange(0, 999)
        self.row_box.setSpecialValueText(self.tr("own row"))
        self.row_box.setToolTip(
            self.tr("Pictures next to each other with the same row number stand side by side")
        )
        form.addRow(self.label_for(self.tr("Side by side &row:"), self.row_box), self.row_box)
        self.row_box.lineEdit().setAccessibleName(self.row_box.accessibleName())
        self.row_box.valueChanged.connect(self._set_row)
        self.chain(self.row_box)

        self.watch([PICTURES], self._fill)
        self.finish()

    # -- the list ---------------------------------------------------------------------------

    def _pictures(self) -> list[Photo]:
        return list(self.document.project.photos.pictures)

    def _path_of(self, photo: Photo) -> Path | None:
        folder = self.document.pictures_folder()
        if folder is None or not photo.src:
            return None
        try:
            return resolve_reference(folder, photo.src)
        except AssetError:
            return None

    def _fill(self) -> None:
        pictures = self._pictures()
        row = self.picture_list.currentRow()
        self.picture_list.blockSignals(True)
        self.picture_list.clear()
        for photo in pictures:
            item = QListWidgetItem(photo.caption or photo.alt or photo.src)
            item.setToolTip(photo.src)
            self.picture_list.addItem(item)
        if pictures:
            self.picture_list.setCurrentRow(min(max(row, 0), len(pictures) - 1))
        self.picture_list.blockSignals(False)
        self._refresh_icons()
        self._show_current()

    def _refresh_icons(self) -> None:
        self._rows_of = {}
        for index, photo in enumerate(self._pictures()):
            path = self._path_of(photo)
            if path is not None:
                self._rows_of.setdefault(str(path), []).append(index)
                self._show_icon(index, path)

    def _show_icon(self, row: int, path: Path) -> None:
        item = self.picture_list.item(row)
        image = self.thumbnails.request(path)
        if item is not None and image is not None and not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _thumbnail_ready(self, path: str) -> None:
        for row in self._rows_of.get(path, []):
            self._show_icon(row, Path(path))

    def _field(self, name: str) -> FieldPath | None:
        row = self.picture_list.currentRow()
        if not 0 <= row < len(self.document.project.photos.pictures):
            return None
        return (*PICTURES, row, name)

    def _show_current(self) -> None:
        self.binder.refresh()
        path = self._field("width")
        for widget in (self.caption, self.alt, self.width_box, self.pixels, self.row_box):
            widget.setEnabled(path is not None)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(path is not None)
        if path is None:
            return
        photo = self._pictures()[self.picture_list.currentRow()]
        self.width_box.setCurrentIndex(
            self.width_box.findData(photo.width if photo.width in (FULL, HALF) else PIXELS)
        )
        self.pixels.setEnabled(photo.width not in (FULL, HALF))
        if photo.width.isdigit():
            self.pixels.setValue(int(photo.width))
        self.row_box.blockSignals(True)
        self.row_box.setValue(photo.row)
        self.row_box.blockSignals(False)

    # -- edits -------------------------------------------------------------------------------

    def _set_width(self) -> None:
        path = self._field("width")
        if path is None:
            return
        choice = self.width_box.currentData()
        value = str(self.pixels.value()) if choice == PIXELS else str(choice)
        self.pixels.setEnabled(choice == PIXELS)
        self.document.set_field(path, value)

    def _set_row(self, value: int) -> None:
        path = self._field("row")
        if path is not None:
            self.document.set_field(path, value)

    def _move(self, step: int) -> None:
        pictures = self._pictures()
        row = self.picture_list.currentRow()
        target = row + step
        if not (0 <= row < len(pictures) and 0 <= target < len(pictures)):
            return
        pictures[row], pictures[target] = pictures[target], pictures[row]
        self.document.set_list(PICTURES, pictures, self.tr("Move picture"))
        self.picture_list.setCurrentRow(target)

    def _dragged(self) -> None:
        by_text = [self.picture_list.item(i).toolTip() for i in range(self.picture_list.count())]
        pictures = self._pictures()
        order: list[Photo] = []
        for src in by_text:
            match = next((p for p in pictures if p.src == src and p not in order), None)
            if match is not None:
                order.append(match)
        if len(order) == len(pictures):
            self.document.set_list(PICTURES, order, self.tr("Move picture"))

    def _remove(self) -> None:
        pictures = self._pictures()
        row = self.picture_list.currentRow()
        if not 0 <= row < len(pictures):
            return
        src = pictures[row].src
        del pictures[row]
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Remove picture"))  # with its file, when that is removed too
        try:
            self.document.set_list(PICTURES, pictures, self.tr("Remove picture"))
            if self.cleanup is not None:
                self.cleanup(src)
        finally:
            stack.endMacro()

    def add_references(self, references: list[str]) -> None:
        """Add pictures already stored in the assets folder, as one undo step."""
        pictures = self._pictures() + [Photo(src=reference) for reference in references]
        self.document.set_list(PICTURES, pictures, self.tr("Add pictures"))
        self.picture_list.setCurrentRow(len(pictures) - 1)


__all__ = ["PhotosTab"]
