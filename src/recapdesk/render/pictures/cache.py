"""Prepared pictures kept by content: the second Copy for WeChat of an unchanged project does
no image work (Qt-free).

A result is keyed by the SHA-256 of the source picture's bytes and the processing parameters
(:meth:`Limits.key`, which carries a version raised whenever the processing changes), never by
a file name: a picture replaced under the same name is processed again, and the same picture
in two projects is processed once. Results live in memory (least recently used dropped first,
bounded in bytes) and on disk under the user's cache folder, one file per result put in
place by a rename (never seen half-written), so a new session starts warm. A file read again
with the same size, modification time and inode is not even hashed again.

The disk cache is only a cache: an entry that cannot be written, read or parsed is simply
computed again. Problems (undecodable pictures) are kept in memory only.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from recapdesk.cache_files import cache_root, replace_unsynced
from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.render.pictures.prepare import prepare_picture
from recapdesk.render.pictures.result import (
    WECHAT,
    Limits,
    PictureProblem,
    PictureResult,
    PreparedPicture,
    say,
)

Process = Callable[[bytes, str, Limits], PictureResult]
MEMORY_BYTES = 96 * 1024 * 1024
"""About 100 prepared photos: a large project's pictures stay in memory while it is open."""
ENTRY_SUFFIX = ".picture"
_MAGIC = b"RDPIC1"
_MIMES = frozenset({"image/jpeg", "image/png", "image/gif"})
_UNREADABLE_FILE = QT_TRANSLATE_NOOP("Pictures", "this picture cannot be read: %1")
_MISSING_FILE = QT_TRANSLATE_NOOP(
    "Pictures", "the picture file %1 is missing: add the picture again, or correct its path"
)


def default_cache_folder() -> Path:
    """Where prepared pictures are kept between sessions: ``pictures`` in recapdesk's cache
    folder (``~/.cache/recapdesk/recapdesk`` on Linux; ``RECAPDESK_CACHE_DIR`` overrides it)."""
    return cache_root() / "pictures"


def _encode_entry(picture: PreparedPicture) -> bytes:
    header = f"{picture.mime} {picture.width} {picture.height} {len(picture.data)}\n"
    return _MAGIC + b" " + header.encode("ascii") + picture.data


def _decode_entry(raw: bytes) -> PreparedPicture | None:
    head, newline, data = raw.partition(b"\n")
    fields = head.split(b" ")
    if not newline or len(fields) != 5 or fields[0] != _MAGIC:
        return None
    mime = fields[1].decode("ascii", "replace")
    try:
        width, height, length = (int(field) for field in fields[2:])
    except ValueError:
        return None
    if mime not in _MIMES or length != len(data) or width <= 0 or height <= 0:
        return None
    return PreparedPicture(data, mime, width, height)


class PictureCache:
    """Prepared pictures by content hash, in memory and (with ``folder``) on disk.

    ``process`` is what makes a result on a miss (:func:`prepare_picture`; a test passes a
    counting wrapper). Safe to use from several threads at once."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        process: Process = prepare_picture,
        memory_bytes: int = MEMORY_BYTES,
    ) -> None:
        self.folder = Path(folder) if folder is not None else None
        self._process = process
        self._memory_bytes = memory_bytes
        self._memory: OrderedDict[str, PictureResult] = OrderedDict()
        self._memory_used = 0
        self._hashes: dict[tuple[str, int, int, int], str] = {}
        self._lock = threading.Lock()

    def prepare(self, data: bytes, source: str = "", limits: Limits = WECHAT) -> PictureResult:
        """``data`` ready for WeChat, from the cache when it was prepared before."""
        return self._prepare(hashlib.sha256(data).hexdigest(), lambda: data, source, limits)

    def prepare_file(self, path: Path, source: str = "", limits: Limits = WECHAT) -> PictureResult:
        """The picture file ``path`` ready for WeChat (``source``: how the article names it,
        for a problem; the file name by default). A file that cannot be read is a problem."""
        path = Path(path)
        source = source or path.name
        try:
            stat = path.stat()
            identity = (str(path), stat.st_size, stat.st_mtime_ns, stat.st_ino)
            with self._lock:
                digest = self._hashes.get(identity)
            data = b"" if digest is not None else path.read_bytes()
        except FileNotFoundError:
            return PictureProblem(source, say(_MISSING_FILE, source))
        except OSError as error:
            reason = error.strerror or str(error)
            return PictureProblem(source, say(_UNREADABLE_FILE, reason))
        if digest is None:
            digest = hashlib.sha256(data).hexdigest()
            with self._lock:
                self._hashes[identity] = digest
        return self._prepare(digest, lambda: data or path.read_bytes(), source, limits)

    def prepare_files(
        self, paths: Sequence[Path], limits: Limits = WECHAT, workers: int = 2
    ) -> list[PictureResult]:
        """Many picture files at once, in the order given. Pillow releases the GIL while it
        decodes, resizes and encodes, so ``workers`` threads use that many cores."""
        if workers <= 1 or len(paths) <= 1:
            return [self.prepare_file(path, limits=limits) for path in paths]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda path: self.prepare_file(path, limits=limits), paths))

    def _prepare(
        self, digest: str, load: Callable[[], bytes], source: str, limits: Limits
    ) -> PictureResult:
        key = hashlib.sha256(f"{digest}:{limits.key()}".encode("ascii")).hexdigest()
        found = self._remembered(key)
        if found is None:
            found = self._read_disk(key)
            if found is not None:
                self._remember(key, found)
        if found is None:
            found = self._process(load(), source, limits)
            self._remember(key, found)
            if isinstance(found, PreparedPicture):
                self._write_disk(key, found)
        if isinstance(found, PictureProblem) and found.source != source:
            return PictureProblem(source, found.reason)  # the same bytes, named elsewhere
        return found

    def _remembered(self, key: str) -> PictureResult | None:
        with self._lock:
            found = self._memory.get(key)
            if found is not None:
                self._memory.move_to_end(key)
            return found

    def _remember(self, key: str, result: PictureResult) -> None:
        size = len(result.data) if isinstance(result, PreparedPicture) else 0
        with self._lock:
            if key in self._memory:
                return
            self._memory[key] = result
            self._memory_used += size
            while self._memory_used > self._memory_bytes and len(self._memory) > 1:
                _old_key, old = self._memory.popitem(last=False)
                self._memory_used -= len(old.data) if isinstance(old, PreparedPicture) else 0

    def _entry_path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key[2:]}{ENTRY_SUFFIX}" if self.folder else None

    def _read_disk(self, key: str) -> PreparedPicture | None:
        path = self._entry_path(key)
        if path is None:
            return None
        try:
            return _decode_entry(path.read_bytes())
        except OSError:
            return None

    def _write_disk(self, key: str, picture: PreparedPicture) -> None:
        path = self._entry_path(key)
        if path is None:
            return
        with contextlib.suppress(OSError):  # a full or read-only disk: only slower next time
            path.parent.mkdir(parents=True, exist_ok=True)
            replace_unsynced(path, _encode_entry(picture))

    def prune(self, max_bytes: int) -> None:
        """Remove the least recently written entries on disk until they take at most
        ``max_bytes``. Only this cache's own entry files are ever removed."""
        if self.folder is None:
            return
        entries = []
        for path in self.folder.glob(f"??/*{ENTRY_SUFFIX}"):
            with contextlib.suppress(OSError):
                if path.is_file() and not path.is_symlink():
                    stat = path.stat()
                    entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _mtime, size, _path in entries)
        for _mtime, size, path in sorted(entries):
            if total <= max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
