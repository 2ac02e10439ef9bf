"""Shared by the export tests: the bundled example, a project of many honorees, and reading
back what an export wrote (pictures with Pillow, PDFs with pypdf)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from recapdesk.model import Person, Project
from recapdesk.store import load
from tests.support import EXAMPLE_PATH

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"


@pytest.fixture
def example() -> Project:
    return load(EXAMPLE_PATH)


@pytest.fixture
def folder() -> Path:
    """The example's folder (its pictures would be there)."""
    return EXAMPLE_PATH.parent


def many_honorees(project: Project, count: int) -> Project:
    """``project`` with ``count`` different three-character honorees."""
    names = [
        SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 3 + 1) % len(GIVEN)]
        for i in range(count)
    ]
    project.groups[0].people = [
        Person(name=name, github=f"honoree-{i}") for i, name in enumerate(names)
    ]
    return project


def honoree_names(project: Project) -> list[str]:
    return [p.name for p in project.groups[0].people if p.name.strip()]


def pdf_text(path_or_data: Path | bytes) -> list[str]:
    """Each page's text as a reader copies it (not normalized: a radical ⻩ in place of 黄
    is a defect, exports/pdf_text.py)."""
    data = path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages]


def image(path: Path) -> Image.Image:
    with Image.open(path) as picture:
        return picture.convert("RGB").copy()


def png_bytes(color: str = "#ff0000", size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()
