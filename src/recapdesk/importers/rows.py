"""Rows from spreadsheets: CSV, TSV and XLSX files -> the people of a recognition group (the
honorees, the committee, lecturers...: every field its columns show), or testimonials.

CSV encodings: Excel's "CSV UTF-8" starts with a byte-order mark; its plain "CSV" on a Chinese
Windows is written in the ANSI code page, GBK; "Unicode Text" is UTF-16 with a BOM and tabs.
So a BOM decides first, then strict UTF-8 (which almost never accepts GBK bytes by accident),
then GB18030, the superset of GBK that Windows' code page 936 files decode with. No statistical
detector is needed for these three, and none would be more certain; another legacy encoding can
be named with ``encoding=``.
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from recapdesk.importers.mapping import (
    AFFILIATION,
    RECORD_TYPES,
    Target,
    list_path,
)
from recapdesk.model import Project, SectionSlot, group_key
from recapdesk.model.groups import default_groups
from recapdesk.model.paths import get_at, set_at

MAX_ROWS = 100_000
MAX_FILE_BYTES = 32 * 1024 * 1024


class RowsError(Exception):
    """A file that cannot be read as rows; the message is for the user."""


@dataclass
class Sheet:
    """A spreadsheet's header row and data rows, every cell as text."""

    headers: list[str]
    rows: list[list[str]]
    source: str = ""  # what was read: "UTF-8 with BOM", "GBK/GB18030", "sheet 名单", ...
    skipped: int = 0  # rows left out because every cell was empty


@dataclass
class RowsImport:
    """The records made from a sheet and what became of its rows."""

    records: list[BaseModel]
    empty_rows: list[int] = field(default_factory=list)  # 1-based data rows that made nothing


# -- decoding -----------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV/TSV file and a name of its encoding (see the module's doc)."""
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as error:
            raise RowsError(f"cannot read the file as {encoding}: {error}") from None
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), name
            except UnicodeDecodeError:
                break
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "GBK/GB18030"
    except UnicodeDecodeError:
        raise RowsError(
            "the file is neither UTF-8 nor GBK; save it as “CSV UTF-8” or name its encoding"
        ) from None


# -- reading ------------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _sheet(cells: list[list[str]], source: str) -> Sheet:
    """Header = the first row with any text; rows after it, all-empty ones dropped."""
    start = next((i for i, row in enumerate(cells) if any(c.strip() for c in row)), None)
    if start is None:
        raise RowsError("the file has no rows")
    body = cells[start + 1 :]
    width = max(len(row) for row in cells[start:])
    headers = [h.strip() for h in cells[start]] + [""] * (width - len(cells[start]))
    for i, header in enumerate(headers):
        if not header:
            headers[i] = f"Column {i + 1}"
    rows = []
    skipped = 0
    for row in body:
        if not any(c.strip() for c in row):
            skipped += 1
            continue
        rows.append([c.strip() for c in row] + [""] * (width - len(row)))
        if len(rows) > MAX_ROWS:
            raise RowsError(f"more than {MAX_ROWS} rows; is this the right file?")
    # A trailing run of empty rows is layout, not data worth mentioning.
    return Sheet(headers, rows, source, skipped)


def _delimiter(text: str, suffix: str) -> str:
    if suffix in (".tsv", ".tab"):
        return "\t"
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return "\t" if suffix == ".txt" else ","


def parse_delimited(text: str, delimiter: str, source: str = "") -> Sheet:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        cells = [[_cell_text(cell) for cell in row] for row in reader]
    except csv.Error as error:
        raise RowsError(f"not a well-formed table: {error}") from None
    return _sheet(cells, source)


def read_xlsx(path: Path, sheet: str | None = None) -> Sheet:
    # openpyxl is imported here: CSV imports and the rest of recapdesk do not need it.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise RowsError(f"not an Excel workbook (.xlsx): {error}") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            names = ", ".join(book.sheetnames)
            raise RowsError(f"no sheet {sheet!r} (the workbook has: {names})")
        work = book[sheet] if sheet is not None else book.worksheets[0]
        cells = []
        for row in work.iter_rows(values_only=True):
            cells.append([_cell_text(value) for value in row])
            if len(cells) > MAX_ROWS + 1000:
                raise RowsError(f"more than {MAX_ROWS} rows; is this the right file?")
        title = work.title
    finally:
        book.close()
    return _sheet(cells, f"sheet “{title}”")


def read_rows(path: Path | str, *, encoding: str | None = None, sheet: str | None = None) -> Sheet:
    """The sheet in ``path`` (CSV, TSV or XLSX, by the file's suffix and content)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RowsError(f"the file is {size // (1024 * 1024)} MB; is this the right file?")
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(path, sheet)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RowsError("no such file") from None
    except IsADirectoryError:
        raise RowsError("this is a folder, not a spreadsheet") from None
    except OSError as error:
        raise RowsError(f"cannot read: {error.strerror or error}") from None
    if raw.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)  # an .xlsx saved under another name
    if suffix == ".xls" or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise RowsError("old Excel files (.xls) are not read; save as .xlsx or CSV UTF-8")
    text, source = decode(raw, encoding)
    if "\x00" in text:
        raise RowsError("this is a binary file, not a spreadsheet")
    return parse_delimited(text, _delimiter(text, suffix), source)


# -- records ------------------------------------------------------------------------------------


def _github_id(text: str) -> str:
    """``@id``, ``github.com/id`` and profile URLs come in as the bare id."""
    value = text.strip()
    for prefix in ("https://", "http://"):
        value = value.removeprefix(prefix)
    value = value.removeprefix("www.").removeprefix("github.com/")
    return value.strip("/").removeprefix("@").strip()


def make_records(sheet: Sheet, mapping: Sequence[str], target: Target) -> RowsImport:
    """A record per row that has text in a mapped column; other rows are reported."""
    record_type = RECORD_TYPES[target]
    records: list[BaseModel] = []
    empty: list[int] = []
    for number, row in enumerate(sheet.rows, start=1):
        values: dict[str, str] = {}
        for field_name, cell in zip(mapping, row, strict=False):
            if not field_name or not cell:
                continue
            if field_name == AFFILIATION:
                company, _, title = cell.partition(" ")
                values.setdefault("company", company.strip())
                values.setdefault("title", title.strip())
            elif field_name == "github":
                values["github"] = _github_id(cell)
            elif field_name in ("body", "citation"):  # Markdown or kept line breaks
                values[field_name] = cell
            else:
                values[field_name] = " ".join(cell.split())
        if any(values.values()):
            records.append(record_type(**values))
        else:
            empty.append(number)
    return RowsImport(records, empty)


def merged(
    project: Project,
    target: Target,
    records: Sequence[BaseModel],
    *,
    replace: bool,
    group_id: str | None = None,
) -> list[Any]:
    """The target's new list: the records after the current ones, or instead of them."""
    path = list_path(project, target, group_id)
    current = [] if replace else [r.model_copy(deep=True) for r in get_at(project, path)]
    return [*current, *records]


def apply_rows(
    project: Project,
    target: Target,
    records: Sequence[BaseModel],
    *,
    replace: bool,
    group_id: str | None = None,
) -> Project:
    """A copy of ``project`` with the rows imported (the command line's way) into the target
    or the recognition group ``group_id``."""
    result = project.model_copy(deep=True)
    items = merged(project, target, records, replace=replace, group_id=group_id)
    set_at(result, list_path(project, target, group_id), items)
    return result


def with_default_group(project: Project, group_id: str) -> Project | None:
    """A copy of ``project`` with a new project's empty group ``group_id`` (the honorees or
    the committee, which an imported article may not have) after its last group; None when
    ``group_id`` is neither or the project has it already."""
    made = [group for group in default_groups() if group.id == group_id]
    if not made or any(group.id == group_id for group in project.groups):
        return None
    data = project.model_dump(by_alias=True)
    keys = [slot.key for slot in project.order]
    groups = [i for i, key in enumerate(keys) if key.startswith(group_key(""))]
    at = groups[-1] + 1 if groups else (keys.index("background") + 1 if "background" in keys else 0)
    data["order"].insert(at, SectionSlot(key=group_key(group_id)).model_dump())
    data["groups"].append(made[0].model_dump())
    return Project.model_validate(data)
