"""The command line's ``export`` command (this module is Qt-free; the kinds that lay the page
out in Chromium load Qt when they run, and only then).

    recapdesk export PROJECT --to png|pdf|html|card|certificates -o PATH [options]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recapdesk.i18n import QT_TRANSLATE_NOOP, as_written

EXIT_OK, EXIT_ERRORS = 0, 2
KINDS = ("png", "pdf", "html", "card", "certificates")
CARD_SIZES = ("1080x1920", "1080x1350")
BUNDLED_DESIGNS = ("classic", "modern")  # resources/certificates/*.html (a test keeps these)

EPILOG_LINES = QT_TRANSLATE_NOOP(
    "Cli",
    "  recapdesk export phase1.recap.toml --to png -o phase1.png     the article as a long image\n"
    "  recapdesk export phase1.recap.toml --to certificates -o certificates.pdf --signer 组委会\n",
)


def add_command(commands: Any, translate: Callable[[str, str], str] = as_written) -> None:
    """Add ``export`` to the ``recapdesk`` argument parser."""
    export = commands.add_parser(
        "export",
        help=translate(
            "Cli", "write a long image, PDF, review page, honor-roll cards or certificates"
        ),
    )
    export.add_argument("project", type=Path, help=translate("Cli", "a .recap.toml project file"))
    export.add_argument(
        "--to",
        choices=KINDS,
        required=True,
        help=translate(
            "Cli",
            "png: the article as a long image; pdf: the article as a PDF; html: one "
            "self-contained page to review; card: an honor-roll card per group; "
            "certificates: one per honoree",
        ),
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("Cli", "the file to write")
    )
    export.add_argument(
        "--max-height",
        type=int,
        default=10_000,
        metavar="PX",
        help=translate("Cli", "png: split into numbered parts taller than this (default 10000)"),
    )
    export.add_argument(
        "--page",
        choices=("a4", "phone"),
        default="a4",
        help=translate("Cli", "pdf: A4 or phone-sized pages (default a4)"),
    )
    export.add_argument(
        "--card-size",
        choices=CARD_SIZES,
        default=CARD_SIZES[0],
        help=translate("Cli", "card: the size in pixels (default 1080x1920)"),
    )
    export.add_argument(
        "--qr-url", default="", help=translate("Cli", "card: a QR code linking to this address")
    )
    export.add_argument(
        "--program",
        default="",
        help=translate("Cli", "card, certificates: the community or program (default: the title)"),
    )
    export.add_argument(
        "--certificate-template",
        default="classic",
        metavar="NAME_OR_FILE",
        help=translate(
            "Cli", "certificates: a bundled design (classic, modern) or your own HTML file"
        ),
    )
    export.add_argument(
        "--format",
        choices=("pdf", "png"),
        default="pdf",
        help=translate("Cli", "certificates: PDF (default) or PNG images"),
    )
    export.add_argument(
        "--per-person",
        action="store_true",
        help=translate("Cli", "certificates: one PDF file per person instead of one PDF"),
    )
    export.add_argument(
        "--signer", default="", help=translate("Cli", "certificates: who signs them")
    )
    export.add_argument(
        "--date", default="", help=translate("Cli", "certificates: the date (default: today)")
    )


def _print_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def export(args: argparse.Namespace) -> int:
    """Run ``recapdesk export``; the exit code."""
    from recapdesk.exports.base import ExportError
    from recapdesk.store import load

    project = load(args.project)
    folder = args.project.parent
    try:
        written = _run(args, project, folder)
    except ExportError as error:
        print(f"recapdesk: {args.output}: {error.message}", file=sys.stderr)
        return EXIT_ERRORS
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _run(args: argparse.Namespace, project: Any, folder: Path) -> list[Path]:
    progress = _print_progress
    if args.to == "html":
        from recapdesk.exports.review import export_html

        return export_html(project, args.output, folder=folder, progress=progress)
    if args.to == "png":
        from recapdesk.exports.long_image import export_long_image

        return export_long_image(
            project, args.output, folder=folder, max_height=args.max_height, progress=progress
        )
    if args.to == "pdf":
        from recapdesk.exports.pdf import PageSize, export_pdf

        return export_pdf(
            project, args.output, folder=folder, size=PageSize(args.page), progress=progress
        )
    if args.to == "card":
        from recapdesk.exports.cards import SIZES, export_cards

        return export_cards(
            project,
            args.output,
            size=SIZES[args.card_size],
            program=args.program,
            qr_url=args.qr_url,
            progress=progress,
        )
    from recapdesk.exports.certificates import Format, export_certificates

    return export_certificates(
        project,
        args.output,
        template=args.certificate_template,
        format=Format(args.format),
        per_person=args.per_person,
        signer=args.signer,
        date=args.date,
        program=args.program,
        progress=progress,
    )


def _export_handler(args: argparse.Namespace) -> int:
    return export(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"export": _export_handler}
