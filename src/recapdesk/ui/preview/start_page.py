"""The page the preview starts from: the article as the window last showed a project, the
preview's whole document as it was on screen (theme, width, pictures), kept in the cache
folder beside the remembered view (start_view.py).

The window loads it instead of the empty shell page when it opens the same file again, as
soon as its frame is painted and before the editor's modules are imported: Chromium lays the
article out and draws it on another core while Python builds the forms. Standard library
only, for that reason.

An entry names the recapdesk version and the sha256 of the project file it shows: it is only
ever loaded for that very content (else the empty shell page is). The page is the preview's
own document, with its policy that runs no script and loads no frame; the web view runs none
of its scripts either.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from recapdesk import __version__, cache_files

_MAGIC = "recapdesk-start-page-2"
_HEADER_BYTES = 256


@dataclass(frozen=True)
class StartPage:
    """A page to start the preview from: its file, and the project content it shows."""

    file: Path
    project: Path
    content_hash: str
    height: int  # of the preview pane it was shown in (0: not known)


def entry_name(path: Path) -> str:
    """The name the cache gives a project file's entries (its resolved path, hashed)."""
    return hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _page_file(path: Path) -> Path:
    return cache_files.cache_root() / "start" / f"{entry_name(path)}.html"


def _header(content_hash: str) -> str:
    return f"<!-- {_MAGIC} {__version__} {content_hash} "


def find_start_page(project: Path) -> StartPage | None:
    """The page remembered for ``project`` as it is on disk now; None if there is none."""
    digest = cache_files.content_hash(project)
    if digest is None:
        return None
    page = _page_file(project)
    try:
        with page.open("rb") as handle:
            head = handle.read(_HEADER_BYTES)
    except OSError:
        return None
    header = _header(digest).encode("ascii")
    if not head.startswith(header):
        return None
    height = head[len(header) :].split(b" ", 1)[0]
    return StartPage(page, project.resolve(), digest, int(height) if height.isdigit() else 0)


def save_start_page(project: Path, content_hash: str, document_html: str, height: int) -> None:
    """Remember ``document_html`` (the preview's ``<html>`` element, in a pane ``height``
    pixels high) as the page of ``project`` with content ``content_hash``; quietly does
    nothing when the cache folder cannot be written."""
    page = _page_file(project)
    header = f"{_header(content_hash)}{max(height, 0)} -->\n<!DOCTYPE html>\n"
    with contextlib.suppress(OSError):
        page.parent.mkdir(parents=True, exist_ok=True)
        cache_files.replace_unsynced(page, (header + document_html).encode("utf-8"))
