"""``export --to pdf``: every honoree in the text, headings as bookmarks, clickable links,
page numbers, CJK fonts embedded (offscreen Chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from recapdesk.exports import ExportError
from recapdesk.exports import fonts as fonts_module
from recapdesk.exports.pdf import OUTLINE_PREFIX, PageSize, export_pdf
from recapdesk.model import Project
from tests.exports.conftest import honoree_names, pdf_text


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))  # type: ignore[attr-defined]

    walk(reader.outline)  # type: ignore[arg-type]
    return titles


@pytest.fixture(scope="module")
def a4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from recapdesk.store import load
    from tests.support import EXAMPLE_PATH

    output = tmp_path_factory.mktemp("pdf") / "recap.pdf"
    assert export_pdf(load(EXAMPLE_PATH), output, folder=EXAMPLE_PATH.parent) == [output]
    return output


def test_every_honoree_and_committee_member_is_in_the_text(a4: Path, example: Project) -> None:
    text = "\n".join(pdf_text(a4))
    names = honoree_names(example) + [m.name for m in example.groups[1].people if m.name]
    assert len(names) >= 4
    for name in names:
        assert name in text, name


def test_headings_are_bookmarks_on_their_pages(a4: Path) -> None:
    reader = PdfReader(a4)
    titles = _outline_titles(reader)
    assert titles[0] == "kubernetes源码研习社 一期活动总结"
    assert {"一、活动背景", "二、个人表彰和感言", "三、感恩"} <= set(titles)
    pages = pdf_text(a4)

    def page_of(item: object) -> int:
        return reader.get_destination_page_number(item)  # type: ignore[arg-type]

    flat = [
        item for entry in reader.outline for item in (entry if isinstance(entry, list) else [entry])
    ]
    for item in flat:
        title = str(item.title)  # type: ignore[union-attr]
        assert title.replace(" ", "") in pages[page_of(item)].replace(" ", ""), title
    assert page_of(flat[-1]) > 0  # the last heading is not on the first page


def test_links_are_clickable_and_the_helper_links_are_gone(a4: Path) -> None:
    reader = PdfReader(a4)
    uris, internal = [], []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            assert annotation["/Subtype"] == "/Link"
            if "/A" in annotation:
                uris.append(annotation["/A"]["/URI"])
            else:
                internal.append(str(annotation["/Dest"]))
    assert "https://github.com/gasxia" in uris
    assert "https://cloudnative.to/" in uris
    assert len(internal) == 4  # the table of contents: three sections and the photos
    assert not any(OUTLINE_PREFIX in dest for dest in internal)


def test_pages_are_numbered_and_fonts_embedded(a4: Path) -> None:
    pages = pdf_text(a4)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in text
    reader = PdfReader(a4)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            described = descendant[0].get_object() if descendant else font
            descriptor = described.get("/FontDescriptor")
            # Type 3 fonts (Chromium's CJK glyphs) carry their glyphs in the font itself.
            assert font["/Subtype"] == "/Type3" or any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )


def test_phone_pages_are_phone_sized(example: Project, folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "phone.pdf"
    export_pdf(example, output, folder=folder, size=PageSize.PHONE)
    reader = PdfReader(output)
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 100
    assert round(float(box.height) / 72 * 25.4) == 178
    assert len(reader.pages) >= 8  # the small page holds less: more pages than on A4


def test_without_a_cjk_font_the_export_says_what_to_install(
    example: Project, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts_module, "cjk_fonts", list)
    with pytest.raises(ExportError, match="fonts-noto-cjk"):
        export_pdf(example, tmp_path / "recap.pdf", folder=folder)
    assert list(tmp_path.iterdir()) == []


def test_fontconfig_finds_the_installed_cjk_font() -> None:
    found = fonts_module.cjk_fonts()
    assert found is None or any("CJK" in family for family in found)


def test_text_reads_as_written_not_as_radicals(a4: Path) -> None:
    text = "\n".join(pdf_text(a4))
    assert "一期活动总结" in text and "⼀" not in text  # U+2F00, the radical of 一
    assert not any(0x2E80 <= ord(char) < 0x2FE0 for char in text)
