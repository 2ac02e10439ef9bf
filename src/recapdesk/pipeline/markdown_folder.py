"""Markdown with images: the article's Markdown and the pictures it uses, as one folder for
GitHub or a blog (Qt-free).

``article.md`` is the pipeline's Markdown as it is (pictures referenced relatively,
``NAME.assets/x.jpg``), and each local picture it references is copied beside it under the
same relative path, so the folder shows the same on GitHub wherever it is put. Web pictures
stay web addresses. Nothing is read from outside the project's folder (resolve_reference).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from recapdesk.store.assets import AssetError, is_data_uri, is_remote, resolve_reference
from recapdesk.store.atomic import atomic_write

_MARKDOWN_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\\n])*\]\(\s*<?([^\s)>]+)")
_HTML_IMAGE = re.compile(r"""<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)""", re.IGNORECASE)


def local_references(markdown: str) -> list[str]:
    """The local picture references of ``markdown``, in order, once each."""
    found: list[str] = []
    for match in [*_MARKDOWN_IMAGE.finditer(markdown), *_HTML_IMAGE.finditer(markdown)]:
        reference = match[1]
        if not (is_remote(reference) or is_data_uri(reference)) and reference not in found:
            found.append(reference)
    return found


@dataclass
class WrittenFolder:
    """What :func:`write_markdown_folder` wrote, and the pictures it could not copy."""

    markdown: Path
    pictures: list[Path] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)  # reference -> why


def write_markdown_folder(markdown: str, project_folder: Path, target: Path) -> WrittenFolder:
    """Write ``markdown`` to ``target`` (``DIR/article.md``) and copy the pictures it
    references from ``project_folder`` into ``DIR`` under the same relative paths."""
    out_dir = target.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    written = WrittenFolder(target)
    root = Path(project_folder).resolve()
    for reference in local_references(markdown):
        try:
            source = resolve_reference(root, reference)
        except AssetError as error:
            written.missing[reference] = str(error.message)
            continue
        copy = out_dir / source.relative_to(root)
        try:
            if copy.resolve() != source:
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, copy)
            written.pictures.append(copy)
        except OSError as error:
            written.missing[reference] = error.strerror or str(error)
    atomic_write(target, markdown.encode("utf-8"))
    return written
