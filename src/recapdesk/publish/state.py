"""What a publish leaves behind so that running it again is safe (Qt-free).

Per account (AppID): the URL of every picture uploaded to the article-image server and the
media_id of every cover uploaded as a permanent image, by the SHA-256 of the bytes sent. Per
project file: the media_id of its draft in each account. A rerun after a failure, a
cancellation or a ``kill -9`` reuses the uploads and updates the draft instead of adding a
second one.

It lives in the user's data folder, never in the project file, and holds no secret (AppIDs,
picture URLs and media ids are not secrets). Each change is written atomically
(store/atomic.py) before the next request is sent. A damaged file counts as empty: the worst
that costs is uploading the pictures again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recapdesk.store.atomic import atomic_write

STATE_ENV = "RECAPDESK_PUBLISH_STATE"
VERSION = 1

log = logging.getLogger("recapdesk.publish")


def default_state_folder(environ: Mapping[str, str] | None = None) -> Path:
    """``$RECAPDESK_PUBLISH_STATE``, else recapdesk's folder in the user's data location:
    ``$XDG_DATA_HOME/recapdesk/publish`` (~/.local/share) on Linux, Application Support on
    macOS, %LOCALAPPDATA% on Windows. The window may pass its own (QStandardPaths)."""
    environ = os.environ if environ is None else environ
    if environ.get(STATE_ENV):
        return Path(environ[STATE_ENV])
    home = Path.home()
    if sys.platform == "win32":
        base = Path(environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "recapdesk" / "publish"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("%s: ignored (%s); pictures may be uploaded again", path, error)
        return {}
    return data if isinstance(data, dict) and data.get("version") == VERSION else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"))


def _strings(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str) and v}


_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass
class Cover:
    media_id: str
    url: str = ""


@dataclass
class AccountState:
    """An account's uploads, by content hash."""

    path: Path
    images: dict[str, str] = field(default_factory=dict)
    covers: dict[str, Cover] = field(default_factory=dict)

    def save(self) -> None:
        covers = {key: {"media_id": c.media_id, "url": c.url} for key, c in self.covers.items()}
        _write(self.path, {"version": VERSION, "images": self.images, "covers": covers})


@dataclass
class ProjectState:
    """A project file's drafts: media_id by AppID."""

    path: Path
    project: str
    drafts: dict[str, str] = field(default_factory=dict)

    def save(self) -> None:
        _write(self.path, {"version": VERSION, "project": self.project, "drafts": self.drafts})


class PublishState:
    """The state folder: one file per account, one per project file."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_state_folder()

    def account(self, appid: str) -> AccountState:
        path = self.folder / "accounts" / f"{_SAFE_NAME.sub('_', appid)}.json"
        data = _read(path)
        covers: dict[str, Cover] = {}
        raw_covers = data.get("covers")
        if isinstance(raw_covers, dict):
            for key, value in raw_covers.items():
                if isinstance(value, dict) and isinstance(value.get("media_id"), str):
                    covers[str(key)] = Cover(value["media_id"], str(value.get("url", "")))
        return AccountState(path, _strings(data.get("images")), covers)

    def project(self, project_path: Path) -> ProjectState:
        # By the project file's absolute path: moving the file starts a new draft, which is
        # safer than two copies of a project silently sharing one.
        resolved = str(Path(project_path).resolve())
        key = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:32]
        path = self.folder / "projects" / f"{key}.json"
        return ProjectState(path, resolved, _strings(_read(path).get("drafts")))
