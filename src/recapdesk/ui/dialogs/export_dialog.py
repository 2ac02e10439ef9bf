"""File > Export's small options dialog, one form per kind that has options: the long image's
part height, the PDF's page, the cards' size, program and QR code, the certificates' design,
files, program, signer and date. The values in and out are export_options.py's dataclasses.

A field left empty means the export's own default, which the field shows greyed (the article's
title as the program, today as the date), so the dialog never has to copy a default that may
change with the project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recapdesk.exports.command import BUNDLED_DESIGNS, CARD_SIZES
from recapdesk.ui.dialogs.export_options import (
    MAX_PART_HEIGHT,
    MIN_PART_HEIGHT,
    CardOptions,
    CertificateFiles,
    CertificateOptions,
    ExportOptions,
    LongImageOptions,
    PdfOptions,
    PdfPage,
)


def _combo(parent: QWidget, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    """A choice box of (shown text, value) whose current item is ``current``'s."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _line(parent: QWidget, name: str, text: str, placeholder: str) -> QLineEdit:
    line = QLineEdit(text, parent)
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    line.setClearButtonEnabled(True)
    return line


class ExportOptionsDialog(QDialog):
    def __init__(
        self,
        options: ExportOptions,
        title: str,
        *,
        program: str = "",
        today: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``options``: what was chosen last time; ``title``: the export's; ``program`` and
        ``today``: what an empty program or date field gives (the article's title, today's
        date in the article's language)."""
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(title)
        self._kind = type(options)
        self._form = QFormLayout()
        self._ok: QPushButton | None = None
        if isinstance(options, LongImageOptions):
            self._build_long_image(options)
        elif isinstance(options, PdfOptions):
            self._build_pdf(options)
        elif isinstance(options, CardOptions):
            self._build_cards(options, program)
        else:
            self._build_certificates(options, program, today)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("exportOptionsOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._update_ok()

    # -- the forms -----------------------------------------------------------------------------

    def _build_long_image(self, options: LongImageOptions) -> None:
        self.max_height = QSpinBox(self)
        self.max_height.setObjectName("exportMaxHeight")
        self.max_height.setRange(MIN_PART_HEIGHT, MAX_PART_HEIGHT)
        self.max_height.setSingleStep(1000)
        self.max_height.setSuffix(" px")
        self.max_height.setValue(options.max_height)
        self._form.addRow(self.tr("&Longest part:"), self.max_height)
        self._note(
            self.tr(
                "The image is 1500 px wide, as a phone shows the article. A taller article "
                "comes in numbered parts, cut between lines: chat apps shrink very tall images."
            )
        )

    def _build_pdf(self, options: PdfOptions) -> None:
        pages = [
            (self.tr("A4, to print or to read on a computer"), PdfPage.A4.value),
            (self.tr("Phone-sized, to read on a phone"), PdfPage.PHONE.value),
        ]
        self.page = _combo(self, "exportPdfPage", pages, options.page.value)
        self._form.addRow(self.tr("&Pages:"), self.page)

    def _build_cards(self, options: CardOptions, program: str) -> None:
        sizes = [
            (self.tr("1080 × 1920 (9:16, a phone's whole screen)"), CARD_SIZES[0]),
            (self.tr("1080 × 1350 (4:5, shown uncropped in a chat)"), CARD_SIZES[1]),
        ]
        self.card_size = _combo(self, "exportCardSize", sizes, options.size)
        self._form.addRow(self.tr("&Size:"), self.card_size)
        self.program = _line(self, "exportProgram", options.program, program)
        self._form.addRow(self.tr("&Program:"), self.program)
        self.qr_url = _line(
            self, "exportQrUrl", options.qr_url, self.tr("optional: the article's web address")
        )
        self._form.addRow(self.tr("&QR code links to:"), self.qr_url)
        self._note(self.tr("One card per group: the honorees under their award, the committee."))

    def _build_certificates(self, options: CertificateOptions, program: str, today: str) -> None:
        names = {"classic": self.tr("Classic"), "modern": self.tr("Modern")}
        designs = [(names.get(name, name), name) for name in BUNDLED_DESIGNS]
        designs.append((self.tr("My own design (an HTML file)"), ""))
        self.design = _combo(self, "exportDesign", designs, options.design)
        self._form.addRow(self.tr("&Design:"), self.design)
        self.template_file = _line(
            self, "exportTemplateFile", options.template_file, self.tr("an HTML file")
        )
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("exportBrowseTemplate")
        self.browse.clicked.connect(self._browse_template)
        row = QHBoxLayout()
        row.addWidget(self.template_file, 1)
        row.addWidget(self.browse)
        # A row of two widgets: its label needs its buddy named (else "&" shows as written).
        label = QLabel(self.tr("&Template file:"), self)
        label.setBuddy(self.template_file)
        self._form.addRow(label, row)
        files = [
            (self.tr("One PDF, a page per person"), CertificateFiles.ONE_PDF.value),
            (self.tr("A PDF file per person"), CertificateFiles.PDF_EACH.value),
            (self.tr("A PNG image per person"), CertificateFiles.PNG_EACH.value),
        ]
        self.files = _combo(self, "exportCertificateFiles", files, options.files.value)
        self._form.addRow(self.tr("&Files:"), self.files)
        self.program = _line(self, "exportProgram", options.program, program)
        self._form.addRow(self.tr("&Program:"), self.program)
        self.signer = _line(self, "exportSigner", options.signer, self.tr("optional"))
        self._form.addRow(self.tr("S&igned by:"), self.signer)
        self.date = _line(self, "exportDate", options.date, today)
        self._form.addRow(self.tr("D&ate:"), self.date)
        self.design.currentIndexChanged.connect(self._update_ok)
        self.template_file.textChanged.connect(self._update_ok)

    def _note(self, text: str) -> None:
        note = QLabel(text, self)
        note.setObjectName("exportNote")
        note.setWordWrap(True)
        self._form.addRow(note)

    # -- the certificates' own design ----------------------------------------------------------

    def _custom_design(self) -> bool:
        return self._kind is CertificateOptions and self.design.currentData() == ""

    def _update_ok(self) -> None:
        custom = self._custom_design()
        if self._kind is CertificateOptions:
            self.template_file.setEnabled(custom)
            self.browse.setEnabled(custom)
        if self._ok is not None:
            # Own design chosen: OK once the file is there (the export reads it at once).
            self._ok.setEnabled(not custom or self.template_path().is_file())

    def template_path(self) -> Path:
        return Path(self.template_file.text().strip()).expanduser()

    def _browse_template(self) -> None:
        start = self.template_file.text().strip() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate Design"),
            start,
            self.tr("Certificate designs (*.html *.htm);;All files (*)"),
        )
        if name:
            self.template_file.setText(name)

    # -- the answer ----------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        """The options as the dialog shows them now."""
        if self._kind is LongImageOptions:
            return LongImageOptions(self.max_height.value())
        if self._kind is PdfOptions:
            return PdfOptions(PdfPage(self.page.currentData()))
        if self._kind is CardOptions:
            return CardOptions(
                size=str(self.card_size.currentData()),
                program=self.program.text().strip(),
                qr_url=self.qr_url.text().strip(),
            )
        custom = self._custom_design()
        return CertificateOptions(
            design=str(self.design.currentData()),
            template_file=str(self.template_path()) if custom else self.template_file.text(),
            files=CertificateFiles(self.files.currentData()),
            program=self.program.text().strip(),
            signer=self.signer.text().strip(),
            date=self.date.text().strip(),
        )
