"""Fixtures of the publish tests: the mock WeChat API, a project with pictures, and the
environment that points recapdesk at both (nothing here reaches beyond 127.0.0.1)."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from recapdesk.store import save
from tests.publish.mock_wechat import APPID, SECRET, MockWeChat, running_mock
from tests.support import example_project


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real PNG file of one colour (no Pillow needed)."""
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_like(size: int = 2000) -> bytes:
    """Bytes that start and end as a JPEG file does: all the type checks look at."""
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + (b"\x00" * size)
        + b"\xff\xd9"
    )


def real_jpeg(width: int = 80, height: int = 60) -> bytes:
    """A JPEG file Pillow reads (``recapdesk publish`` prepares its pictures with it)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 20, 200)).save(out, "JPEG")
    return out.getvalue()


def colours(data: bytes) -> tuple[tuple[int, int], set[tuple[int, ...]]]:
    """The size of the picture ``data`` and the colours of its pixels (Pillow decodes it)."""
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
        return rgb.size, {tuple(c) for _n, c in rgb.getcolors(rgb.width * rgb.height) or []}


PICTURES = {
    "group.png": png(60, 30, (200, 20, 20)),
    "notes.png": png(30, 30, (20, 200, 20)),
    "poster.jpg": real_jpeg(),
}


def _prepared(data: bytes) -> bytes:
    from recapdesk.render.pictures import PreparedPicture, prepare_picture

    result = prepare_picture(data)
    assert isinstance(result, PreparedPicture)
    return result.data


PREPARED = {name: _prepared(data) for name, data in PICTURES.items()}
"""What ``recapdesk publish`` uploads: each picture as render/pictures prepares it."""


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """The example with three pictures beside it, in the next phase's text."""
    folder = tmp_path / "recap"
    assets = folder / "phase1.assets"
    assets.mkdir(parents=True)
    for name, data in PICTURES.items():
        (assets / name).write_bytes(data)
    project = example_project()
    project.photos.pictures = []  # the example's photo stays beside the example: these three
    project.next_phase.text += "".join(f"\n\n![{name}](phase1.assets/{name})" for name in PICTURES)
    project.article.author = "云原生社区"
    project.article.digest = "一期活动总结：表彰、心得与二期预告"
    project.article.source_url = "https://github.com/cloudnativeto/sig-kubernetes"
    project.article.open_comments = True
    path = folder / "phase1.recap.toml"
    save(project, path)
    return path


@pytest.fixture
def mock() -> Iterator[MockWeChat]:
    with running_mock() as server:
        yield server


@pytest.fixture
def state_folder(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def wechat_env(
    monkeypatch: pytest.MonkeyPatch, mock: MockWeChat, state_folder: Path
) -> dict[str, str]:
    """The environment of a publish against the mock, set in this process too."""
    env = {
        "RECAPDESK_WECHAT_API_BASE": mock.base_url,
        "RECAPDESK_WECHAT_APPID": APPID,
        "RECAPDESK_WECHAT_APPSECRET": SECRET,
        "RECAPDESK_PUBLISH_STATE": str(state_folder),
        # The keyring must never be asked in a test: the environment has both values.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env
