"""Picture references in a project's text: resolving one safely, finding the ones a text
makes, rewriting them when the assets folder changes name, and cleaning up pictures no longer
referenced (Qt-free).

A project file may come from anyone (a zip, a git clone), so a reference is data, not a path
to trust: it resolves only to a file inside the project's folder, after following symbolic
links, and never through a ``file:`` URL, a drive letter, a UNC path or ``..``. Clean-up
deletes only regular files directly inside the assets folder, and hands back their bytes so
that undo can bring them back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.store.assets.folder import AssetError, AssetsFolder, markdown_path, say
from recapdesk.store.atomic import atomic_write
from recapdesk.store.errors import cannot_write

# What may stand right before a reference in Markdown, HTML or TOML text: the start, a space,
# "(" of a link, a quote of an attribute or string, "<" of an autolink, "=" or "[".
_BEFORE = r"(?<![^\s(\"'<=\[])"
# A stored file name ends where Markdown, HTML or TOML syntax starts again.
_FILE_NAME = r"([^\s/\\()\[\]\"'<>|]+)"
_WEB_SCHEMES = frozenset({"http", "https"})


def is_remote(reference: str) -> bool:
    """A web address (``https://...`` or ``//host/...``): WeChat fetches it itself."""
    stripped = reference.strip()
    return stripped.startswith("//") or urlsplit(stripped).scheme.lower() in _WEB_SCHEMES


def is_data_uri(reference: str) -> bool:
    return reference.strip()[:5].lower() == "data:"


_NOT_A_REFERENCE = QT_TRANSLATE_NOOP("Assets", "%1 is not a picture reference")
_URL = QT_TRANSLATE_NOOP("Assets", "%1 is a URL, not a picture inside the project's folder")
_ABSOLUTE = QT_TRANSLATE_NOOP(
    "Assets", "%1 is an absolute path; pictures must be inside the project's folder"
)
_OUTSIDE = QT_TRANSLATE_NOOP("Assets", "%1 points outside the project's folder")


def resolve_reference(project_folder: Path, reference: str) -> Path:
    """The file a relative picture reference points at, inside ``project_folder``.

    Raises :class:`AssetError` (the reason in words) for anything a hostile project file could
    use to read elsewhere: a ``file:`` or other URL, an absolute path, a drive letter or UNC
    path, and a path that leaves the folder (``..``, or a symbolic link pointing out).
    """
    text = reference.strip().replace("\\", "/")
    if not text or any(ord(char) < 32 for char in text):
        raise AssetError(say(_NOT_A_REFERENCE, repr(reference)))
    parts = urlsplit(text)
    # "C:/x" parses as scheme "c": a drive letter is an absolute path, not a URL.
    if len(parts.scheme) > 1:
        raise AssetError(say(_URL, reference))
    if parts.scheme or parts.netloc or text.startswith("/"):
        raise AssetError(say(_ABSOLUTE, reference))
    relative = unquote(parts.path)
    if not relative or "\x00" in relative or relative.replace("\\", "/").startswith("/"):
        raise AssetError(say(_NOT_A_REFERENCE, repr(reference)))
    folder = Path(project_folder).resolve()
    # resolve() follows every symbolic link and "..", as opening the file would.
    target = (folder / relative).resolve()
    if target == folder or not target.is_relative_to(folder):
        raise AssetError(say(_OUTSIDE, reference))
    return target


def _reference_pattern(assets: AssetsFolder) -> re.Pattern[str]:
    """Matches ``[./]NAME.assets/FILE`` in a text, the folder name written as it is or
    percent-encoded; group 1 is the file name as written."""
    names = {re.escape(assets.name), re.escape(markdown_path(assets.name))}
    return re.compile(rf"{_BEFORE}(?:\./)?(?:{'|'.join(sorted(names))})/{_FILE_NAME}")


def referenced_files(assets: AssetsFolder, texts: Iterable[str]) -> set[str]:
    """The file names in ``assets`` that the ``texts`` (every text field of the project:
    Markdown bodies, picture fields) refer to. A text that only seems to refer to one (the
    name inside a longer path) counts too: when in doubt, a picture is kept."""
    pattern = _reference_pattern(assets)
    found: set[str] = set()
    for text in texts:
        found.update(unquote(match[1]) for match in pattern.finditer(text))
    return found


def unreferenced_files(assets: AssetsFolder, texts: Iterable[str]) -> list[str]:
    """The stored pictures no text refers to any more: what "clean up" offers to remove."""
    used = referenced_files(assets, texts)
    return [name for name in assets.files() if name not in used]


def rewrite_references(text: str, old: AssetsFolder, new: AssetsFolder) -> str:
    """``text`` with every reference into ``old`` pointing at the same file in ``new`` (after
    :func:`~recapdesk.store.assets.staging.adopt_assets` copied them there)."""
    if old.name == new.name:
        return text
    return _reference_pattern(old).sub(lambda match: new.reference(unquote(match[1])), text)


@dataclass(frozen=True)
class RemovedAsset:
    """A picture clean-up removed, with its bytes: undo writes it back."""

    name: str
    data: bytes


def _plain_name(name: str) -> bool:
    """A file name without any folder part (on any system)."""
    return bool(name) and name not in (".", "..") and not any(sep in name for sep in "/\\\x00")


def _inside(assets: AssetsFolder, name: str) -> Path | None:
    """The regular file ``name`` directly inside the assets folder, else None."""
    if not _plain_name(name):
        return None
    path = assets.path / name
    if path.is_symlink() or not path.is_file():
        return None
    return path


def remove_files(assets: AssetsFolder, names: Iterable[str]) -> list[RemovedAsset]:
    """Delete the stored pictures ``names`` (as :func:`unreferenced_files` lists them).

    Only a regular file directly inside the assets folder is ever deleted: a name with a path
    in it, a symbolic link or a folder is skipped. Returns what was removed, for undo."""
    removed = []
    for name in names:
        path = _inside(assets, name)
        if path is None:
            continue
        try:
            data = path.read_bytes()
            path.unlink()
        except OSError:
            continue  # left in place: a picture kept is never a loss
        removed.append(RemovedAsset(name, data))
    return removed


def restore_files(assets: AssetsFolder, removed: Iterable[RemovedAsset]) -> None:
    """Write pictures back that :func:`remove_files` removed (undo of a clean-up)."""
    for asset in removed:
        if not _plain_name(asset.name):
            continue
        try:
            assets.path.mkdir(parents=True, exist_ok=True)
            atomic_write(assets.path / asset.name, asset.data)
        except OSError as error:
            raise AssetError(cannot_write(error)) from None
