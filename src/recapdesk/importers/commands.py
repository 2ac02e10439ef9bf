"""The command line's ``import`` and ``import-rows`` commands (Qt-free)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.importers.mapping import (
    FIELDS,
    IGNORE,
    MappingError,
    Target,
    apply_overrides,
    group_fields,
    guess_mapping,
    list_path,
    target_of,
)
from recapdesk.importers.markdown_recap import import_markdown
from recapdesk.importers.pictures import bring_pictures
from recapdesk.importers.rows import (
    RowsError,
    apply_rows,
    decode,
    make_records,
    read_rows,
    with_default_group,
)
from recapdesk.model.paths import get_at
from recapdesk.store import SUFFIX, load, save
from recapdesk.store.assets import AssetsFolder

EXIT_OK, EXIT_ERRORS = 0, 2

# The help texts are English, marked for translation in the "Cli" context: ``--help`` shows
# them in the UI language (headless.py passes ``translate``).
EPILOG_LINES = QT_TRANSLATE_NOOP(
    "Cli",
    "  recapdesk import recap.md -o phase1.recap.toml      a hand-written recap as a new project\n"
    "  recapdesk import-rows phase1.recap.toml list.xlsx --into honorees\n"
    "  recapdesk import-rows phase1.recap.toml list.csv --into honorees"
    " --map 昵称=name --replace\n",
)


def _as_written(context: str, text: str) -> str:
    return text


def add_commands(commands: Any, translate: Callable[[str, str], str] = _as_written) -> None:
    """Add ``import`` and ``import-rows`` to the ``recapdesk`` argument parser."""
    markdown = commands.add_parser(
        "import", help=translate("Cli", "turn a hand-written Markdown recap into a project file")
    )
    markdown.add_argument("article", type=Path, help=translate("Cli", "a Markdown recap (.md)"))
    markdown.add_argument(
        "-o",
        "--output",
        type=Path,
        help=translate("Cli", "the project file to write (default: ARTICLE%1)").replace(
            "%1", SUFFIX
        ),
    )
    markdown.add_argument(
        "--force", action="store_true", help=translate("Cli", "overwrite an existing file")
    )

    rows = commands.add_parser(
        "import-rows",
        help=translate("Cli", "add honorees, committee members or testimonials from a spreadsheet"),
    )
    rows.add_argument(
        "project", type=Path, help=translate("Cli", "the .recap.toml project file to change")
    )
    rows.add_argument(
        "file", type=Path, help=translate("Cli", "a .csv, .tsv or .xlsx file, a header row first")
    )
    rows.add_argument(
        "--into",
        required=True,
        metavar="GROUP|testimonials",
        help=translate(
            "Cli",
            "a recognition group's id (the example's: honorees, committee) or testimonials",
        ),
    )
    rows.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=translate(
            "Cli",
            "read COLUMN (a header or a 1-based number) into FIELD, or skip it (FIELD=skip); "
            "columns are otherwise matched by their headers",
        ),
    )
    rows.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace the rows there (default: add)"),
    )
    rows.add_argument("--encoding", help=translate("Cli", "the CSV's encoding if not UTF-8 or GBK"))
    rows.add_argument(
        "--sheet", help=translate("Cli", "the worksheet of an .xlsx (default: the first)")
    )


def _error(message: str) -> int:
    print(f"recapdesk: {message}", file=sys.stderr)
    return EXIT_ERRORS


def run_import(args: argparse.Namespace) -> int:
    article: Path = args.article
    output: Path = args.output or article.with_name(article.stem + SUFFIX)
    if output.exists() and not args.force:
        return _error(f"{output}: already exists (use --force to overwrite)")
    try:
        text, _ = decode(article.read_bytes())
    except RowsError as error:
        return _error(f"{article}: {error}")
    result = import_markdown(text)  # its HTML pictures, too, become Markdown ones
    # Pictures beside the article are copied into the project's assets folder.
    brought = bring_pictures(result.project, article.parent, AssetsFolder(output))
    save(result.project, output)
    print(f"imported {article} -> {output}: {result.report.summary()}")
    if brought:
        print(f"  {len(brought)} pictures copied into {AssetsFolder(output).name}/")
    for line in result.report.details():
        print(f"  {line}")
    return EXIT_OK


def run_import_rows(args: argparse.Namespace) -> int:
    target = target_of(args.into)
    project = load(args.project)
    group_id = None if target is Target.TESTIMONIALS else args.into
    created = with_default_group(project, group_id) if group_id is not None else None
    if created is not None:  # honorees or committee into an article imported without them
        project = created
        print(f"created the recognition group {group_id!r} in {args.project}")
    groups = [group.id for group in project.groups]
    if group_id is not None and group_id not in groups:
        return _error(
            f"{args.project}: no recognition group {args.into!r}; its groups: "
            + (", ".join(groups) or "none")
            + " (or testimonials)"
        )
    # A group takes the fields of the columns it shows (a group of lecturers: city, citation).
    fields = None if group_id is None else group_fields(project.group(group_id))
    try:
        sheet = read_rows(args.file, encoding=args.encoding, sheet=args.sheet)
        guessed = guess_mapping(sheet.headers, target, fields)
        mapping = apply_overrides(sheet.headers, guessed, args.map, target, fields)
    except (RowsError, MappingError) as error:
        return _error(f"{args.file}: {error}")
    if not any(mapping):
        fields_named = ", ".join(fields or FIELDS[target])
        return _error(
            f"{args.file}: no column matches a field of {args.into} ({fields_named}); "
            "name them with --map COLUMN=FIELD"
        )
    made = make_records(sheet, mapping, target)
    before = len(get_at(project, list_path(project, target, group_id)))
    changed = apply_rows(project, target, made.records, replace=args.replace, group_id=group_id)
    save(changed, args.project)
    after = len(get_at(changed, list_path(changed, target, group_id)))
    how = "replacing" if args.replace else "after"
    source = f" ({sheet.source})" if sheet.source else ""
    print(
        f"imported {len(made.records)} {args.into} from {args.file}{source} into "
        f"{args.project}, {how} {before}: {after} now"
    )
    columns = ", ".join(
        f"{header} → {field or '(skipped)'}"
        for header, field in zip(sheet.headers, mapping, strict=True)
        if field != IGNORE or header
    )
    print(f"  columns: {columns}")
    if made.empty_rows:
        rows = ", ".join(str(n) for n in made.empty_rows[:10])
        more = "…" if len(made.empty_rows) > 10 else ""
        print(f"  rows with nothing in the imported columns, left out: {rows}{more}")
    return EXIT_OK


HANDLERS = {"import": run_import, "import-rows": run_import_rows}
