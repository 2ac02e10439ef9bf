"""The editor window: form tabs on the left, the live preview on the right, file commands.

Built in two steps, to be on screen before the editor's modules are loaded (most of a start-up):
the frame (title, size, background) needs Qt only; ``build()`` fills it. ``ui/app.py`` shows the
first window's frame, then builds it; every other window is built at once. So this module
imports only Qt at the top, and the editor's modules where they are first used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter, QTabWidget, QWidget

from recapdesk.ui.i18n import fill

if TYPE_CHECKING:
    from recapdesk.settings import Settings
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument
    from recapdesk.ui.preview.preview import PreviewPane
    from recapdesk.ui.preview.preview_page import ArticleView
    from recapdesk.ui.safety.autosave import Autosaver
    from recapdesk.ui.safety.file_watch import FileGuard
    from recapdesk.ui.window.actions import WindowActions
    from recapdesk.ui.window.compliance_panel import CompliancePanel, ComplianceStatus
    from recapdesk.ui.window.export_commands import ExportCommands
    from recapdesk.ui.window.file_commands import FileCommands
    from recapdesk.ui.window.form_tabs import FormTabs
    from recapdesk.ui.window.import_commands import ImportCommands
    from recapdesk.ui.window.output_commands import OutputCommands
    from recapdesk.ui.window.picture_downloads import PictureDownloads
    from recapdesk.ui.window.preference_commands import PreferenceCommands
    from recapdesk.ui.window.publish_commands import PublishCommands
    from recapdesk.ui.window.recent_files import RecentFiles

STATUS_TIMEOUT_MS = 4000


class MainWindow(QMainWindow):
    # Made by build(): the document and everything that shows or keeps it.
    document: ProjectDocument
    dialogs: Dialogs
    recent: RecentFiles
    tabs: QTabWidget
    form_tabs: FormTabs
    preview: PreviewPane
    splitter: QSplitter
    window_actions: WindowActions
    compliance: CompliancePanel
    compliance_status: ComplianceStatus
    file_guard: FileGuard
    autosave: Autosaver
    # The window's commands, each given the few parts it acts on.
    files: FileCommands
    imports: ImportCommands
    outputs: OutputCommands
    exports: ExportCommands
    preferences: PreferenceCommands
    publishing: PublishCommands
    downloads: PictureDownloads

    def __init__(
        self,
        settings: QSettings,
        document: ProjectDocument | None = None,
        dialogs: Dialogs | None = None,
        data: Path | None = None,
        *,
        build: bool = True,
    ) -> None:
        """``data``: the folder for recovery files and project locks (default: the
        platform's application data folder). ``build=False`` makes only the frame, to be
        shown while ``build()`` is still to come."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.built = False
        self.setWindowTitle("recapdesk")
        geometry = self.settings.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        # The layout to come, empty until build(): the forms' side and the preview's.
        self.article_view: ArticleView | None = None  # made early by start_preview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.forms_placeholder = QWidget(self.splitter)  # a splitter's child is in it
        self.preview_placeholder = QWidget(self.splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._restore_splitter()
        self.setCentralWidget(self.splitter)
        if build:
            self.build(document, dialogs, data)

    def start_preview(self, project: Path | None = None) -> None:
        """Start loading the preview's page before ``build()``, shown in the frame: the page
        last shown for ``project`` (the file about to be opened) if it is as it was then."""
        from recapdesk.ui.preview.preview_page import PreviewFrame

        frame = PreviewFrame(project)
        self.article_view = frame.view
        self.splitter.replaceWidget(1, frame)
        self.preview_placeholder.deleteLater()
        self.preview_placeholder = frame  # replaced in its turn by the preview pane

    def build(
        self,
        document: ProjectDocument | None = None,
        dialogs: Dialogs | None = None,
        data: Path | None = None,
    ) -> None:
        """Load the editor's modules and fill the frame: tabs, preview, menus, docks."""
        from recapdesk.ui.dialogs.dialogs import Dialogs
        from recapdesk.ui.dialogs.preferences import load_settings
        from recapdesk.ui.document import ProjectDocument
        from recapdesk.ui.preview.preview import PreviewPane
        from recapdesk.ui.safety.autosave import Autosaver, data_folder
        from recapdesk.ui.safety.file_watch import FileGuard
        from recapdesk.ui.window import window_parts as parts
        from recapdesk.ui.window.actions import WindowActions
        from recapdesk.ui.window.compliance_panel import CompliancePanel, ComplianceStatus
        from recapdesk.ui.window.export_commands import ExportCommands
        from recapdesk.ui.window.file_commands import FileCommands
        from recapdesk.ui.window.import_commands import ImportCommands
        from recapdesk.ui.window.output_commands import OutputCommands
        from recapdesk.ui.window.picture_downloads import PictureDownloads
        from recapdesk.ui.window.preference_commands import PreferenceCommands
        from recapdesk.ui.window.publish_commands import PublishCommands
        from recapdesk.ui.window.recent_files import RecentFiles
        from recapdesk.ui.window.start_view import ViewMemory
        from recapdesk.ui.window.unfinished_notice import with_unfinished_notice

        self.setUpdatesEnabled(False)  # shown laid out: the loaded page would paint it early
        self.document = document or ProjectDocument(parent=self)
        self.dialogs = dialogs or Dialogs(self)
        self.recent = RecentFiles(self.settings)

        self.form_tabs = parts.build_form_tabs(self, self.document, self.dialogs, self.show_status)
        self.tabs = self.form_tabs.widget
        sizes = self.splitter.sizes()  # as restored: kept across the swap below
        self.preview = PreviewPane(self.document, self, self.article_view)
        self.splitter.replaceWidget(0, self.tabs)  # the frame's empty sides
        self.splitter.replaceWidget(1, self.preview)
        self.forms_placeholder.deleteLater()
        self.preview_placeholder.deleteLater()
        self.splitter.setSizes(sizes)
        data = data if data is not None else data_folder()
        self.file_guard = FileGuard(
            self.document, self.dialogs, data / "locks", self.display_name, self
        )
        self.autosave = Autosaver(self.document, data / "recovery", self.file_guard.base_hash, self)
        self.autosave.failed.connect(self._autosave_failed)
        self.files = FileCommands(
            self.document,
            self.dialogs,
            self.settings,
            recent=self.recent,
            guard=self.file_guard,
            autosave=self.autosave,
            display_name=self.display_name,
            show_status=self.show_status,
            recent_changed=self.rebuild_recent,
            import_markdown=lambda path: self.imports.import_markdown(path),
        )
        self.imports = ImportCommands(
            self.document, self.dialogs, self.form_tabs, self.files.maybe_save, self.show_status
        )
        self.outputs = OutputCommands(
            self.document,
            self.dialogs,
            self.settings,
            self.preview.toolbar.pangu_spacing,
            self.show_status,
            unfinished=lambda shown: with_unfinished_notice(
                shown, self.compliance, self.document.project
            ),
        )
        self.exports = ExportCommands(
            self.document,
            self.dialogs,
            self.settings,
            self,
            last_folder=self.files.last_folder,
            show_status=self.show_status,
            unfinished=lambda shown: with_unfinished_notice(
                shown, self.compliance, self.document.project
            ),
        )
        self.preferences = PreferenceCommands(self, self.settings, self.dialogs, self.show_status)
        self.publishing = PublishCommands(
            self.document,
            self.dialogs,
            self,
            self.show_status,
            select_field=self.select_field,
            save=self.files.save,
        )
        self.window_actions = WindowActions(
            self,
            tabs=self.tabs,
            preview=self.preview,
            undo_stack=self.document.undo_stack,
            dialogs=self.dialogs,
            files=self.files,
            imports=self.imports,
            outputs=self.outputs,
            exports=self.exports,
            preferences=self.preferences,
            publishing=self.publishing,
        )
        self.pictures = parts.picture_commands(
            self, self.document, self.dialogs, self.form_tabs, self.show_status, self.window_actions
        )
        self.statusBar().setObjectName("statusBar")
        self.compliance = CompliancePanel(self.document, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.compliance)
        self.resizeDocks([self.compliance], [190], Qt.Orientation.Vertical)
        self.compliance_status = ComplianceStatus(self.compliance, self)
        self.statusBar().addPermanentWidget(self.compliance_status)
        self.compliance.field_activated.connect(self.select_field)
        self.downloads = PictureDownloads(self.document, self.dialogs, self, self.show_status)
        self.compliance.download_requested.connect(self.downloads.download)
        ViewMemory(self.document, self.preview, self.compliance, self.file_guard.base_hash, self)
        self.setAcceptDrops(True)

        self.tabs.currentChanged.connect(self._scroll_preview_to_tab)
        parts.follow_sections(self.form_tabs, self.preview.scroll_to)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self._update_title()
        self.rebuild_recent()
        self.apply_preferences(load_settings(self.settings))
        self.built = True
        parts.show_added_parts(self)  # laid out once, as it will show: the view is resized once
        if (layout := self.layout()) is not None:
            layout.activate()
        self.preview.release_view_size()
        self.setUpdatesEnabled(True)

    # -- window state ------------------------------------------------------------------------

    def display_name(self) -> str:
        path = self.document.path
        return path.name if path else self.tr("Untitled")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name()}[*] — recapdesk")
        self.setWindowModified(self.document.modified)

    def _restore_splitter(self) -> None:
        splitter = self.settings.value("window/splitter")
        if not isinstance(splitter, QByteArray) or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([560, 720])

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def rebuild_recent(self) -> None:
        self.window_actions.rebuild_recent(self.recent.paths())

    def _scroll_preview_to_tab(self, index: int) -> None:
        tab = self.form_tabs.tab(index)
        selection = getattr(tab, "section_key_for_selection", None)
        if selection is not None:  # the Article and Recognition tabs: the section selected
            self.preview.scroll_to(selection())
            return
        keys = getattr(tab, "section_keys", ())
        if keys:
            self.preview.scroll_to(keys[0])

    def focus_title(self) -> None:
        """Put the cursor in the title field: where a new recap starts."""
        title = self.form_tabs.show(0).findChild(QLineEdit, "article_title")
        if title is not None:
            title.setFocus()

    def select_field(self, path_text: str) -> bool:
        """Show and focus the widget that edits ``path_text`` (``honorees.people[2].name``)."""
        from recapdesk.model.paths import parse_path
        from recapdesk.ui.preview.preview_toolbar import COLOR_PATH, THEME_PATH

        path = parse_path(path_text)
        if path[:2] in (THEME_PATH, COLOR_PATH):
            self.preview.toolbar.theme_box.setFocus()
            return True
        return self.form_tabs.select_field(path)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def apply_preferences(self, settings: Settings, before: Settings | None = None) -> None:
        """Follow the preferences: all (``before`` None), or those changed since ``before``."""
        from recapdesk.ui.window.preference_commands import apply_settings

        apply_settings(self.autosave, self.preview.toolbar, settings, before)

    def _autosave_failed(self, reason: str) -> None:
        # Not a dialog: it would come back every few seconds. The next edit tries again.
        self.show_status(fill(self.tr("Autosave failed: %1"), reason))

    # -- unsaved changes -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.built:  # closed while starting: there is nothing to save or release
            event.accept()
        elif self.files.maybe_save():
            self._save_layout()
            self.publishing.shutdown()  # its worker stops after the request under way
            self.downloads.shutdown()
            self.autosave.finish()  # a clean close: nothing is left to recover
            self.document.close_staging()  # nor an untitled project's pictures to keep
            self.file_guard.release()
            event.accept()
        else:
            event.ignore()

    # -- drag and drop a project file ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        from recapdesk.ui.window.picture_commands import picture_files

        urls = event.mimeData().urls()
        if (urls and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".toml")) or (
            self.built and picture_files(event)
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        from recapdesk.ui.window.picture_commands import picture_files

        urls = event.mimeData().urls()
        pictures = picture_files(event) if self.built else []
        if pictures:  # onto the form: the Photos section gets them
            event.acceptProposedAction()
            self.pictures.add_files(pictures)
        elif urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.files.open_file(Path(urls[0].toLocalFile()))
