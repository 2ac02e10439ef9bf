"""The Recognition tab's avatars: the people table's photo column as thumbnails, *Fetch
avatars* for the selected group, and *Choose photo…* / *Remove photo* for the current person.

*Fetch avatars* asks GitHub (store/avatars.py; ``RECAPDESK_GITHUB_URL`` names a stand-in) for
the picture of everyone in the group who has a valid GitHub id and no photo yet, a few at a
time in worker threads, so typing never waits. A progress bar counts them and *Cancel* stops
at once: the requests under way end on their own and their results go nowhere. When it ends,
or is cancelled, what was fetched is given to the people still without a photo (found by
GitHub id, wherever they are by then) as one undo step, and the ones that failed are listed
with why. A person who has a photo is never asked for again, and each id once per run.

*Choose photo…* copies a picture file into the assets folder under its content-addressed name
(ProjectDocument.add_picture, as every picture of the project) and sets it as the current
person's photo; *Remove photo* clears it (the initials show again) and offers to remove the
file when nothing else uses it. One undo step each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recapdesk.model import Person
from recapdesk.model.paths import FieldPath
from recapdesk.store.assets import AssetError, resolve_reference
from recapdesk.store.avatars import Fetched, wants_avatar, with_avatars
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.forms.palette import problem_text_style
from recapdesk.ui.forms.record_table import RecordTableModel
from recapdesk.ui.forms.tabs.avatar_fetch import FetchJob, fetch_report
from recapdesk.ui.forms.widgets.thumbnails import ThumbnailLoader
from recapdesk.ui.i18n import translate

THUMBNAIL = 28  # px: a photo in a row of the people table

ChoosePicture = Callable[[str], Path | None]
"""``choose(folder)``: a picture file the user picked, or None (the window's Dialogs)."""


class AvatarControls(QWidget):
    """The buttons, progress and problems under the people table of the selected group."""

    def __init__(
        self,
        document: ProjectDocument,
        model: RecordTableModel,
        group_path: Callable[[], FieldPath | None],
        current_row: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        """``group_path()``: the selected group's path (``("groups", 2)``), or None;
        ``current_row()``: the person the photo buttons act on, -1 for none."""
        super().__init__(parent)
        self.setObjectName("groupAvatars")
        self.document = document
        self.model = model
        self._group_path = group_path
        self._current_row = current_row
        self.choose_picture: ChoosePicture = _ask_with_qt  # the window's file dialog
        self.cleanup: Callable[[str], None] | None = None  # offers to remove an unused file
        self._job: FetchJob | None = None
        self._alive: set[FetchJob] = set()  # kept until their thread has ended
        self._job_group = ""  # the id of the group the job fetches for
        self._names: dict[str, str] = {}  # GitHub id -> a name to say it by, for the problems
        self._fetched: dict[str, str] = {}  # GitHub id -> reference
        self._failed: list[Fetched] = []

        self.thumbnails = ThumbnailLoader(self, size=THUMBNAIL * 2)
        self.thumbnails.ready.connect(lambda _path: model.refresh_column("photo"))

        self.fetch_button = self._button(
            "groupFetchAvatars", translate("RecognitionTab", "Fetch avatars")
        )
        self.fetch_button.setToolTip(
            translate(
                "RecognitionTab",
                "The GitHub avatar of everyone with a GitHub id and no photo yet, into the "
                "project's assets folder",
            )
        )
        self.fetch_button.clicked.connect(self.fetch)
        self.choose_button = self._button(
            "groupChoosePhoto", translate("RecognitionTab", "Choose photo…")
        )
        self.choose_button.setToolTip(
            translate("RecognitionTab", "A picture file as the selected person's photo")
        )
        self.choose_button.clicked.connect(self.choose_photo)
        self.remove_button = self._button(
            "groupRemovePhoto", translate("RecognitionTab", "Remove photo")
        )
        self.remove_button.setToolTip(
            translate("RecognitionTab", "The selected person is shown by their initials again")
        )
        self.remove_button.clicked.connect(self.remove_photo)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("groupAvatarProgress")
        self.progress.setAccessibleName(translate("RecognitionTab", "Avatars fetched"))
        self.progress.setFormat(translate("RecognitionTab", "Fetching avatars: %v of %m"))
        self.progress.hide()
        self.cancel_button = self._button(
            "groupCancelAvatars", translate("RecognitionTab", "Cancel")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()

        self.report = self._label("groupAvatarReport")  # how it went
        self.problems = self._label("groupAvatarProblems")  # who was not fetched, and why
        self.problems.setStyleSheet(problem_text_style())

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.fetch_button, self.choose_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(running)
        layout.addWidget(self.report)
        layout.addWidget(self.problems)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        return button

    def buttons(self) -> list[QWidget]:
        """The controls in keyboard order."""
        return [self.fetch_button, self.choose_button, self.remove_button, self.cancel_button]

    # -- the photo column ------------------------------------------------------------------------

    def thumbnail(self, reference: object) -> QPixmap | None:
        """The photo column's picture of ``reference`` (made off the GUI thread; None until
        it is there, then the column is shown again)."""
        folder = self.document.pictures_folder()
        if not isinstance(reference, str) or not reference or folder is None:
            return None
        try:
            path = resolve_reference(folder, reference)
        except AssetError:
            return None
        image = self.thumbnails.request(path)
        if image is None or image.isNull():
            return None
        pixmap = QPixmap.fromImage(image)
        return pixmap.scaled(
            THUMBNAIL,
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    # -- following the selection -------------------------------------------------------------

    def follow(self) -> None:
        """Enable what applies to the selected group and person."""
        group = self._group_path() is not None
        row = self._row()
        self.fetch_button.setEnabled(group and self._job is None)
        self.choose_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0 and bool(self._person(row).photo))

    def _people_path(self) -> FieldPath | None:
        path = self._group_path()
        return None if path is None else (*path, "people")

    def _people(self) -> list[Person]:
        path = self._people_path()
        return list(self.document.value(path)) if path is not None else []

    def _row(self) -> int:
        row = self._current_row()
        return row if 0 <= row < len(self._people()) else -1

    def _person(self, row: int) -> Person:
        return self._people()[row]

    def _say(self, text: str, problems: str = "") -> None:
        for label, shown in ((self.report, text), (self.problems, problems)):
            label.setText(shown)
            label.setVisible(bool(shown))

    # -- Choose photo… and Remove photo ------------------------------------------------------

    def choose_photo(self) -> None:
        row, path = self._row(), self._people_path()
        if row < 0 or path is None:
            return
        folder = self.document.path.parent if self.document.path else Path.home()
        chosen = self.choose_picture(str(folder))
        if chosen is None:
            return
        try:
            reference = self.document.add_picture(chosen)
        except AssetError as error:
            self._say("", error.message.translated(translate))
            return
        self.document.set_field((*path, row, "photo"), reference)
        self._say("")
        self.follow()

    def remove_photo(self) -> None:
        row, path = self._row(), self._people_path()
        if row < 0 or path is None:
            return
        old = self._person(row).photo
        if not old:
            return
        stack = self.document.undo_stack
        stack.beginMacro(
            translate("RecognitionTab", "Remove photo")
        )  # with its file, when that is removed too
        try:
            self.document.set_field((*path, row, "photo"), "")
            if self.cleanup is not None:
                self.cleanup(old)
        finally:
            stack.endMacro()
        self.follow()

    # -- Fetch avatars -----------------------------------------------------------------------

    def fetch(self) -> None:
        """Start fetching the selected group's missing avatars (see the module's doc)."""
        path = self._group_path()
        if path is None or self._job is not None:
            return
        group = self.document.value(path)
        wanting = [person for person in group.people if wants_avatar(person)]
        if not wanting:
            self._say(translate("RecognitionTab", "Everyone with a GitHub id has a photo already."))
            return
        self._names = {}
        for person in wanting:
            self._names.setdefault(person.github.strip(), person.name.strip())
        ids = list(self._names)
        self._fetched, self._failed = {}, []
        self._job_group = group.id
        job = FetchJob(self.document.assets(), ids)
        job.signals.each.connect(self._arrived)
        job.signals.done.connect(self._finished)
        self._job = job
        self._alive.add(job)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self._say("")
        self.follow()
        job.thread.start()

    def running(self) -> bool:
        return self._job is not None

    def wait(self, seconds: float = 30) -> None:
        """Wait for every fetch started to end, and its results to be placed (tests)."""
        for job in list(self._alive):
            job.thread.join(seconds)
        QCoreApplication.processEvents()

    def _arrived(self, job: FetchJob, fetched: Fetched) -> None:
        if job is not self._job:
            return  # cancelled: its late results go nowhere
        if fetched.reference:
            self._fetched[fetched.github_id] = fetched.reference
        else:
            self._failed.append(fetched)
        self.progress.setValue(self.progress.value() + 1)

    def _finished(self, job: FetchJob) -> None:
        self._alive.discard(job)
        if job is self._job:
            self._end(cancelled=False)

    def cancel(self) -> None:
        """Stop fetching now; what was fetched so far is kept (one undo step)."""
        if self._job is not None:
            self._job.cancelled.set()
            self._end(cancelled=True)

    def _end(self, cancelled: bool) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._apply()
        self._report(cancelled)
        self.follow()

    def _apply(self) -> None:
        """The avatars fetched, given to those of the group who still have no photo, as one
        undo step; the group is found by its id (it may have moved), and is gone if deleted."""
        groups = self.document.project.groups
        index = next((i for i, g in enumerate(groups) if g.id == self._job_group), None)
        if index is None or not self._fetched:
            return
        path: FieldPath = ("groups", index, "people")
        people = with_avatars(list(self.document.value(path)), self._fetched)
        if people is not None:
            self.document.set_list(path, people, translate("RecognitionTab", "Fetch avatars"))

    def _report(self, cancelled: bool) -> None:
        self._say(*fetch_report(len(self._fetched), self._failed, self._names, cancelled))


def _ask_with_qt(folder: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        None,
        translate("RecognitionTab", "Choose a Photo"),
        folder,
        translate("RecognitionTab", "Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"),
    )
    return Path(name) if name else None
