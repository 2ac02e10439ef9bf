"""The Article tab's "WeChat draft" group: what only File > Publish to WeChat Drafts… sends
(cover, digest, author, original-article link, comments), bound to the model like every other
field (one undo step per edit). The Markdown and HTML never show these fields.

The cover is a path relative to the project file, so the project folder can be moved or zipped
and still publishes: a picture chosen inside the project's folder is referred to where it is,
one chosen elsewhere is copied into ``NAME.assets/`` first (the publish core refuses to read
outside the project's folder). WeChat shows the cover at 2.35:1: choosing a picture opens the
crop dialog (the window's Dialogs.crop_cover), and *Crop…* opens it again; OK stores
``article.cover_crop`` in the same undo step as the picture. Without a crop, the publish core
uses the picture's centre.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from recapdesk.model.paths import FieldPath
from recapdesk.store.assets import AssetError, AssetsFolder, markdown_path
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.binding import Binder
from recapdesk.ui.i18n import fill, translate

ChoosePicture = Callable[[str], Path | None]
"""``choose(folder)``: a picture file the user picked, or None (the window's Dialogs)."""

CropCover = Callable[[Path, list[int] | None], list[int] | None]
"""``crop(picture, crop)``: the 2.35:1 crop the user chose, ``[x, y, w, h]``, or None when
cancelled (the window's Dialogs.crop_cover)."""

COVER_PATH: FieldPath = ("article", "cover")
CROP_PATH: FieldPath = ("article", "cover_crop")
OPEN_PATH: FieldPath = ("article", "open_comments")
FANS_PATH: FieldPath = ("article", "fans_only_comments")

# The comment box: off, open to all readers, open to followers only (two fields of the model).
COMMENTS_OFF, COMMENTS_ALL, COMMENTS_FANS = 0, 1, 2

PICTURE_FILTER = "*.jpg *.jpeg *.png *.gif *.bmp"


def _ask_with_qt(folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(None, "", folder, PICTURE_FILTER)
    return Path(name) if name else None


class WeChatDraftFields(QGroupBox):
    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        choose_picture: ChoosePicture | None = None,
        show_status: Callable[[str], None] | None = None,
        crop_cover: CropCover | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("WeChat draft"))
        self.setObjectName("wechatDraftFields")
        self.document = document
        self._choose = choose_picture or _ask_with_qt
        self._show_status = show_status or (lambda _text: None)
        self._crop = crop_cover

        self.cover = self._line("article_cover", self.tr("Cover picture"))
        self.cover.setPlaceholderText(self.tr("Empty: the article's first picture"))
        self.browse = QToolButton(self)
        self.browse.setObjectName("article_cover_browse")
        self.browse.setText("…")
        self.browse.setAccessibleName(self.tr("Choose the cover picture"))
        tip = self.tr(
            "JPEG, PNG, GIF or BMP beside the project, at most 10 MB; WeChat shows it at "
            "2.35:1 (900×383 pixels looks right)"
        )
        self.browse.setToolTip(tip)
        self.cover.setToolTip(tip)
        self.browse.clicked.connect(self.choose_cover)
        self.crop = QToolButton(self)
        self.crop.setObjectName("article_cover_crop")
        self.crop.setText(self.tr("Crop…"))
        self.crop.setAccessibleName(self.tr("Crop the cover to 2.35:1"))
        self.crop.setToolTip(
            self.tr(
                "Choose the part of the cover WeChat shows (2.35:1); without a crop of yours, "
                "the centre of the picture"
            )
        )
        self.crop.clicked.connect(self.crop_current_cover)
        self.crop.setVisible(crop_cover is not None)
        self.digest = self._line("article_digest", self.tr("Digest"))
        self.digest.setPlaceholderText(
            self.tr("The summary under the title, at most 128 characters")
        )
        self.author = self._line("article_author", self.tr("Author shown by WeChat"))
        self.author.setPlaceholderText(self.tr("At most 16 characters"))
        self.source_url = self._line("article_source_url", self.tr("Original link"))
        self.source_url.setToolTip(
            self.tr("The article's GitHub or blog address, behind 阅读原文 (Read the original)")
        )
        self.comments = QComboBox(self)
        self.comments.setObjectName("article_comments")
        self.comments.setAccessibleName(self.tr("Comment box"))
        self.comments.addItem(self.tr("Closed"), COMMENTS_OFF)
        self.comments.addItem(self.tr("Open to every reader"), COMMENTS_ALL)
        self.comments.addItem(self.tr("Open to followers only"), COMMENTS_FANS)

        cover_row = QHBoxLayout()
        cover_row.setContentsMargins(0, 0, 0, 0)
        cover_row.addWidget(self.cover, 1)
        cover_row.addWidget(self.browse)
        cover_row.addWidget(self.crop)
        form = QFormLayout(self)
        # "Cover" has no letter of its own: every letter of the word is taken in this tab; the
        # "…" button and Tab reach it.
        form.addRow(QLabel(self.tr("Cover:"), self), cover_row)
        form.addRow(self._label(self.tr("Dige&st:"), self.digest), self.digest)
        form.addRow(self._label(self.tr("Author shown b&y WeChat:"), self.author), self.author)
        form.addRow(self._label(self.tr("Original lin&k:"), self.source_url), self.source_url)
        form.addRow(self._label(self.tr("Comment bo&x:"), self.comments), self.comments)

        self.binder = Binder(document, self)
        self.binder.line(self.cover, COVER_PATH)
        self.binder.line(self.digest, ("article", "digest"))
        self.binder.line(self.author, ("article", "author"))
        self.binder.line(self.source_url, ("article", "source_url"))
        self.comments.currentIndexChanged.connect(self._comments_chosen)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._show_comments)
        self._show_comments()

    def chain(self) -> list[QWidget]:
        """The fields in the order Tab walks them."""
        chain: list[QWidget] = [self.cover, self.browse]
        if self._crop is not None:
            chain.append(self.crop)
        return [*chain, self.digest, self.author, self.source_url, self.comments]

    def widget_for(self, name: str | int) -> QWidget | None:
        """The widget that edits ``article.<name>``, or None when it is not one of these."""
        widgets: dict[str | int, QWidget] = {
            "cover": self.cover,
            "cover_crop": self.crop if self._crop is not None else self.cover,
            "digest": self.digest,
            "author": self.author,
            "source_url": self.source_url,
            "open_comments": self.comments,
            "fans_only_comments": self.comments,
        }
        return widgets.get(name)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        widget = QLineEdit(self)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- the cover ----------------------------------------------------------------------------

    def choose_cover(self) -> None:
        project_file = self.document.path
        if project_file is None:
            self._show_status(
                self.tr("Save the project first: the cover is kept beside the project file")
            )
            return
        chosen = self._choose(str(project_file.parent))
        if chosen is None:
            return
        try:
            reference = cover_reference(project_file, chosen)
        except AssetError as error:
            self._show_status(
                fill(self.tr("The cover was not added: %1"), error.message.translated(translate))
            )
            return
        crop = self._crop(chosen, None) if self._crop is not None else None
        stack = self.document.undo_stack
        # The picture and its crop: one choice, one undo step.
        stack.beginMacro(self.tr("Cover"))
        self.document.set_field(COVER_PATH, reference)
        self.document.set_field(CROP_PATH, crop)
        stack.endMacro()

    def crop_current_cover(self) -> None:
        """Crop the cover chosen: the crop dialog on it, and OK stores the crop (one step)."""
        project_file = self.document.path
        reference = self.document.project.article.cover.strip()
        if self._crop is None:
            return
        if project_file is None or not reference:
            self._show_status(
                self.tr(
                    "Choose a cover first; without one, the centre of the article's first "
                    "picture is used"
                )
            )
            return
        picture = project_file.parent / unquote(reference)
        if not picture.is_file():
            self._show_status(fill(self.tr("The cover %1 is not there"), reference))
            return
        crop = self._crop(picture, self.document.project.article.cover_crop)
        if crop is not None:
            self.document.set_field(CROP_PATH, crop)

    # -- the comment box: two booleans of the model in one choice ------------------------------

    def _comments_chosen(self, index: int) -> None:
        choice = self.comments.itemData(index)
        wanted = (choice != COMMENTS_OFF, choice == COMMENTS_FANS)
        article = self.document.project.article
        if (article.open_comments, article.fans_only_comments) == wanted:
            return
        stack = self.document.undo_stack
        # One choice, one undo step, though it may set both fields.
        stack.beginMacro(self.tr("Comment box"))
        self.document.set_field(OPEN_PATH, wanted[0])
        self.document.set_field(FANS_PATH, wanted[1])
        stack.endMacro()

    def _show_comments(self) -> None:
        article = self.document.project.article
        if not article.open_comments:
            choice = COMMENTS_OFF
        else:
            choice = COMMENTS_FANS if article.fans_only_comments else COMMENTS_ALL
        with QSignalBlocker(self.comments):
            self.comments.setCurrentIndex(self.comments.findData(choice))

    def _on_changed(self, changed: FieldPath) -> None:
        for path in (OPEN_PATH, FANS_PATH):
            if path[: len(changed)] == changed:
                self._show_comments()
                return


def cover_reference(project_file: Path, chosen: Path) -> str:
    """How the project refers to the picture ``chosen``: its path relative to the project's
    folder when it is inside it, else the reference of its copy in ``NAME.assets/``."""
    folder = project_file.parent.resolve()
    resolved = chosen.resolve()
    if resolved.is_relative_to(folder):
        return markdown_path(Path(os.path.relpath(resolved, folder)).as_posix())
    return AssetsFolder(project_file).import_file(chosen)
