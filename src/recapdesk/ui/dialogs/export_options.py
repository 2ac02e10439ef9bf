"""What File > Export asks before a long image, PDF, cards or certificates, and where the
answers are kept between uses (QSettings, under ``export/``).

The options mirror ``recapdesk export``'s (exports/command.py), so the window and the command
line make the same files from the same choices. Values read back from the settings file are
checked one by one: a hand-edited or older file gives the default for what is wrong, never a
failed export.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QSettings

from recapdesk.exports.command import BUNDLED_DESIGNS, CARD_SIZES

# The long image's parts: below 2,000 px a phone shows a sliver; above 60,000 px WeChat and
# most chat apps refuse or shrink the picture (the command line takes any value).
MIN_PART_HEIGHT, MAX_PART_HEIGHT, DEFAULT_PART_HEIGHT = 2_000, 60_000, 10_000


class ExportKind(StrEnum):
    """The kinds of File > Export that lay the article out (``--to`` of the command line)."""

    LONG_IMAGE = "png"
    PDF = "pdf"
    REVIEW_PAGE = "html"
    CARDS = "card"
    CERTIFICATES = "certificates"


class PdfPage(StrEnum):
    A4 = "a4"
    PHONE = "phone"


class CertificateFiles(StrEnum):
    """One choice in the dialog for the command line's ``--format`` and ``--per-person``."""

    ONE_PDF = "one-pdf"
    PDF_EACH = "pdf-each"
    PNG_EACH = "png-each"


@dataclass(frozen=True)
class LongImageOptions:
    max_height: int = DEFAULT_PART_HEIGHT


@dataclass(frozen=True)
class PdfOptions:
    page: PdfPage = PdfPage.A4


@dataclass(frozen=True)
class CardOptions:
    size: str = CARD_SIZES[0]
    program: str = ""  # "": the article's title
    qr_url: str = ""


@dataclass(frozen=True)
class CertificateOptions:
    design: str = BUNDLED_DESIGNS[0]  # a bundled design's name, or "" for ``template_file``
    template_file: str = ""
    files: CertificateFiles = CertificateFiles.ONE_PDF
    program: str = ""
    signer: str = ""
    # Not kept between uses: a certificate dated like the last batch is a mistake nobody
    # notices. "" prints today's date.
    date: str = ""

    @property
    def template(self) -> str:
        """What ``export_certificates`` takes: a bundled name or a file's path."""
        return self.design or self.template_file

    @property
    def suffix(self) -> str:
        return ".png" if self.files is CertificateFiles.PNG_EACH else ".pdf"


ExportOptions = LongImageOptions | PdfOptions | CardOptions | CertificateOptions

_GROUP = "export"


def _text(store: QSettings, key: str, default: str = "") -> str:
    value = store.value(f"{_GROUP}/{key}", default)
    return value if isinstance(value, str) else default


def _choice(store: QSettings, key: str, choices: tuple[str, ...], default: str) -> str:
    value = _text(store, key, default)
    return value if value in choices else default


def load_options(store: QSettings, kind: ExportKind) -> ExportOptions | None:
    """The options last chosen for ``kind`` (defaults at first); None: the kind has none."""
    if kind is ExportKind.LONG_IMAGE:
        try:
            height = int(_text(store, "png/maxHeight", str(DEFAULT_PART_HEIGHT)))
        except ValueError:
            height = DEFAULT_PART_HEIGHT
        if not MIN_PART_HEIGHT <= height <= MAX_PART_HEIGHT:
            height = DEFAULT_PART_HEIGHT
        return LongImageOptions(height)
    if kind is ExportKind.PDF:
        pages = tuple(PdfPage)
        return PdfOptions(PdfPage(_choice(store, "pdf/page", pages, PdfPage.A4)))
    if kind is ExportKind.CARDS:
        return CardOptions(
            size=_choice(store, "card/size", CARD_SIZES, CARD_SIZES[0]),
            program=_text(store, "program"),
            qr_url=_text(store, "card/qrUrl"),
        )
    if kind is ExportKind.CERTIFICATES:
        designs = (*BUNDLED_DESIGNS, "")
        files = tuple(CertificateFiles)
        return CertificateOptions(
            design=_choice(store, "certificates/design", designs, BUNDLED_DESIGNS[0]),
            template_file=_text(store, "certificates/templateFile"),
            files=CertificateFiles(
                _choice(store, "certificates/files", files, CertificateFiles.ONE_PDF)
            ),
            program=_text(store, "program"),
            signer=_text(store, "certificates/signer"),
        )
    return None


def save_options(store: QSettings, options: ExportOptions) -> None:
    """Keep ``options`` for the next export of their kind. The program's name is one value for
    the cards and the certificates: the same community is named on both."""
    values: dict[str, str]
    if isinstance(options, LongImageOptions):
        values = {"png/maxHeight": str(options.max_height)}
    elif isinstance(options, PdfOptions):
        values = {"pdf/page": options.page.value}
    elif isinstance(options, CardOptions):
        values = {"card/size": options.size, "program": options.program}
        values["card/qrUrl"] = options.qr_url
    else:
        values = {
            "certificates/design": options.design,
            "certificates/templateFile": options.template_file,
            "certificates/files": options.files.value,
            "program": options.program,
            "certificates/signer": options.signer,
        }
    for key, value in values.items():
        store.setValue(f"{_GROUP}/{key}", value)
