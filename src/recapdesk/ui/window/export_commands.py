"""File > Export's kinds that lay the article out: long image, PDF, review page, honor-roll
cards and certificates (Markdown and HTML are output_commands.py's).

Each asks its options (remembered, dialogs/export_options.py), then where to save, then runs
the export on the GUI thread, where QtWebEngine's objects must live: the export spins a local
event loop while Chromium works, so the window repaints and the progress dialog's Cancel is
heard. The export modules load Qt and Chromium, so they are imported when one runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from recapdesk.exports import CancelFlag, Cancelled, ExportError, Progress
from recapdesk.model import Project
from recapdesk.store import SUFFIX
from recapdesk.store.file_names import project_file_name
from recapdesk.ui.dialogs.export_options import (
    CardOptions,
    CertificateFiles,
    CertificateOptions,
    ExportKind,
    ExportOptions,
    LongImageOptions,
    PdfOptions,
    load_options,
    save_options,
)
from recapdesk.ui.dialogs.export_progress import ExportProgress
from recapdesk.ui.i18n import fill, translate

if TYPE_CHECKING:
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument

LAST_EXPORT_FOLDER = "export/lastFolder"
_NAMES_SHOWN = 3  # of many files written, the status bar names this many


def kind_title(kind: ExportKind) -> str:
    """The title of the export's options, save and progress dialogs."""
    titles = {
        ExportKind.LONG_IMAGE: translate("ExportCommands", "Export Long Image"),
        ExportKind.PDF: translate("ExportCommands", "Export PDF"),
        ExportKind.REVIEW_PAGE: translate("ExportCommands", "Export Review Page"),
        ExportKind.CARDS: translate("ExportCommands", "Export Honor-Roll Cards"),
        ExportKind.CERTIFICATES: translate("ExportCommands", "Export Certificates"),
    }
    return titles[kind]


# After the project's name in a suggested file name: the review page is not Export HTML's
# page, and the cards and certificates are not the article.
_NAME_ENDS = {
    ExportKind.REVIEW_PAGE: "-review",
    ExportKind.CARDS: "-card",
    ExportKind.CERTIFICATES: "-certificates",
}


def suffix_of(kind: ExportKind, options: ExportOptions | None) -> str:
    if isinstance(options, CertificateOptions):
        return options.suffix
    return {ExportKind.PDF: ".pdf", ExportKind.REVIEW_PAGE: ".html"}.get(kind, ".png")


def file_filter(suffix: str) -> str:
    if suffix == ".pdf":
        return translate("ExportCommands", "PDF documents (*.pdf)")
    if suffix == ".html":
        return translate("ExportCommands", "HTML (*.html)")
    return translate("ExportCommands", "PNG images (*.png)")


class ExportCommands:
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        settings: QSettings,
        parent: QWidget,
        *,
        last_folder: Callable[[], Path],
        show_status: Callable[[str], None],
        unfinished: Callable[[str], str] = lambda shown: shown,
    ) -> None:
        """``parent``: the window the progress dialog blocks; ``last_folder``: where a project
        was last opened or saved (FileCommands.last_folder), the first export's folder;
        ``unfinished``: the status message with what the checks say is not finished yet."""
        self._document = document
        self._dialogs = dialogs
        self._settings = settings
        self._parent = parent
        self._last_folder = last_folder
        self._show_status = show_status
        self._unfinished = unfinished
        self.progress: ExportProgress | None = None  # while an export runs

    @property
    def busy(self) -> bool:
        return self.progress is not None

    def export(self, kind: ExportKind) -> None:
        """File > Export > ``kind``: options, file, progress, and what was written."""
        if self.busy:  # a second export from another event inside this one's loop
            return
        title = kind_title(kind)
        options = load_options(self._settings, kind)
        if options is not None:
            project = self._document.project
            options = self._dialogs.export_options(
                options, title, _program(project), _today(project)
            )
            if options is None:
                return
            save_options(self._settings, options)
        suffix = suffix_of(kind, options)
        suggested = self.suggested_path(kind, options)
        path = self._dialogs.save_path(str(suggested), title, file_filter(suffix))
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._settings.setValue(LAST_EXPORT_FOLDER, str(path.parent))
        self._run(kind, options, path, title)

    def suggested_path(self, kind: ExportKind, options: ExportOptions | None) -> Path:
        """The project's file name (or, untitled, its title) in the folder of the last export
        (else of the last project opened or saved), with the kind's ending and suffix."""
        path = self._document.path
        if path is not None:
            stem = path.name.removesuffix(SUFFIX).removesuffix(".toml")
        else:
            stem = project_file_name(self._document.project.article.title).removesuffix(SUFFIX)
        value = self._settings.value(LAST_EXPORT_FOLDER)
        folder = Path(value) if isinstance(value, str) and value else None
        if folder is None or not folder.is_dir():
            folder = self._last_folder()
        return folder / f"{stem}{_NAME_ENDS.get(kind, '')}{suffix_of(kind, options)}"

    # -- running one ---------------------------------------------------------------------------

    def _run(self, kind: ExportKind, options: ExportOptions | None, path: Path, title: str) -> None:
        cancel = CancelFlag()
        progress = self.progress = ExportProgress(title, cancel, self._parent)
        progress.show()
        try:
            written = self._make(kind, options, path, progress.report, cancel)
        except Cancelled:
            self._show_status(translate("ExportCommands", "Export cancelled: no file was written"))
            return
        except ExportError as error:
            self._show_status(translate("ExportCommands", "Export failed"))
            reason = error.message.translated(translate)
            self._dialogs.error(title, fill(translate("ExportCommands", "%1: %2"), path, reason))
            return
        finally:
            progress.hide()
            progress.deleteLater()
            self.progress = None
        self._show_status(self._unfinished(_written_text(written)))

    def _make(
        self,
        kind: ExportKind,
        options: ExportOptions | None,
        path: Path,
        progress: Progress,
        cancel: CancelFlag,
    ) -> list[Path]:
        # The project as the window has it, unchanged meanwhile: the progress dialog blocks
        # the window's input until the export returns.
        project = self._document.project
        document_path = self._document.path
        folder = document_path.parent if document_path is not None else self._last_folder()

        def page(_project: Project) -> str:
            # The preview's pipeline and its caches: the article as the preview shows it.
            return self._document.pipeline.page()

        if kind is ExportKind.REVIEW_PAGE:
            from recapdesk.exports.review import export_html

            return export_html(
                project, path, folder=folder, page=page, progress=progress, cancel=cancel
            )
        if isinstance(options, LongImageOptions):
            from recapdesk.exports.long_image import export_long_image

            return export_long_image(
                project,
                path,
                folder=folder,
                max_height=options.max_height,
                page=page,
                progress=progress,
                cancel=cancel,
            )
        if isinstance(options, PdfOptions):
            from recapdesk.exports.pdf import PageSize, export_pdf

            size = PageSize(options.page.value)
            return export_pdf(
                project, path, folder=folder, size=size, page=page, progress=progress, cancel=cancel
            )
        if isinstance(options, CardOptions):
            from recapdesk.exports.cards import SIZES, export_cards

            return export_cards(
                project,
                path,
                size=SIZES[options.size],
                program=options.program,
                qr_url=options.qr_url,
                progress=progress,
                cancel=cancel,
            )
        assert isinstance(options, CertificateOptions)
        from recapdesk.exports.certificates import Format, export_certificates

        png = options.files is CertificateFiles.PNG_EACH
        return export_certificates(
            project,
            path,
            template=options.template,
            format=Format.PNG if png else Format.PDF,
            per_person=options.files is CertificateFiles.PDF_EACH,
            signer=options.signer,
            date=options.date,
            program=options.program,
            progress=progress,
            cancel=cancel,
        )


def _program(project: Project) -> str:
    from recapdesk.exports.groups import program_name

    return program_name(project)


def _today(project: Project) -> str:
    from recapdesk.exports.certificates import default_date

    return default_date(project.article.language)


def _written_text(written: list[Path]) -> str:
    if len(written) == 1:
        return fill(translate("MainWindow", "Exported %1"), written[0])
    names = ", ".join(path.name for path in written[:_NAMES_SHOWN])
    if len(written) > _NAMES_SHOWN:
        names += ", …"
    return fill(
        translate("ExportCommands", "Exported %1 files to %2: %3"),
        len(written),
        written[0].parent,
        names,
    )
