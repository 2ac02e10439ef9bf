"""``export --to certificates``: exactly one per honoree, escaped, from a design that can be
swapped (offscreen Chromium)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from recapdesk.exports import ExportError
from recapdesk.exports.certificates import (
    Format,
    default_date,
    export_certificates,
    fill,
    template_names,
)
from recapdesk.exports.command import BUNDLED_DESIGNS
from recapdesk.model import Language, Privacy, Project
from tests.exports.conftest import honoree_names, image, many_honorees, pdf_text


def test_the_bundled_designs() -> None:
    assert tuple(template_names()) == BUNDLED_DESIGNS


def test_values_are_escaped_and_unknown_placeholders_stay() -> None:
    filled = fill("<p>{{name}} {{ award }} {{nope}}</p>", {"name": "<b>x</b>", "award": "A&B"})
    assert filled == "<p>&lt;b&gt;x&lt;/b&gt; A&amp;B {{nope}}</p>"


def test_default_dates_in_the_article_language() -> None:
    day = datetime.date(2026, 3, 7)
    assert default_date(Language.ZH, day) == "2026年3月7日"
    assert default_date(Language.EN, day) == "March 7, 2026"


@pytest.mark.parametrize("design", BUNDLED_DESIGNS)
def test_one_pdf_page_per_honoree_with_each_name(
    design: str, example: Project, tmp_path: Path
) -> None:
    project = many_honorees(example, 30)
    project.groups[0].people[3].name = "<b>x</b>"
    output = tmp_path / "certificates.pdf"
    written = export_certificates(
        project, output, template=design, signer="云原生社区", date="2026年12月6日"
    )
    assert written == [output]
    pages = pdf_text(output)
    assert len(pages) == 30
    for name, text in zip(honoree_names(project), pages, strict=True):
        assert name in text
        assert "Kubernetes源码之星" in text and "2026年12月6日" in text and "云原生社区" in text
    assert "<b>x</b>" in pages[3]  # printed literally, not as bold x


def test_one_file_per_person(example: Project, tmp_path: Path) -> None:
    project = many_honorees(example, 4)
    written = export_certificates(project, tmp_path / "cert.pdf", per_person=True)
    assert written == [tmp_path / f"cert-{n}.pdf" for n in range(1, 5)]
    for path, name in zip(written, honoree_names(project), strict=True):
        assert len(PdfReader(path).pages) == 1
        assert name in pdf_text(path)[0]


def test_png_certificates(example: Project, tmp_path: Path) -> None:
    project = many_honorees(example, 3)
    written = export_certificates(project, tmp_path / "cert.png", format=Format.PNG)
    assert written == [tmp_path / f"cert-{n}.png" for n in range(1, 4)]
    pictures = [image(path) for path in written]
    # A4 landscape at 96 CSS px per inch, zoom 2.
    assert all(picture.size == (2246, 1588) for picture in pictures)
    assert pictures[0].tobytes() != pictures[1].tobytes()  # each its own name


def test_privacy_prints_github_ids(example: Project, tmp_path: Path) -> None:
    example.groups[0].privacy = Privacy.GITHUB
    export_certificates(example, tmp_path / "cert.pdf")
    (text,) = pdf_text(tmp_path / "cert.pdf")
    assert "gasxia" in text and "金润森" not in text


def test_an_organizers_own_design(example: Project, tmp_path: Path) -> None:
    design = tmp_path / "mine.html"
    design.write_text(
        "<html><head><style>@page { size: 148mm 105mm; margin: 0; } body { margin: 0; }"
        "</style></head>"
        "<body><div style='height: 100vh; break-after: page'>Thanks, {{name}}!</div></body>"
        "</html>",
        encoding="utf-8",
    )
    project = many_honorees(example, 2)
    export_certificates(project, tmp_path / "cert.pdf", template=str(design))
    reader = PdfReader(tmp_path / "cert.pdf")
    assert len(reader.pages) == 2
    assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 148
    second = pdf_text(tmp_path / "cert.pdf")[1]
    assert second.startswith("Thanks, ") and honoree_names(project)[1] in second


def test_a_design_that_takes_two_pages_is_refused(example: Project, tmp_path: Path) -> None:
    design = tmp_path / "tall.html"
    design.write_text(
        "<html><body><div style='height: 250vh'>{{name}}</div></body></html>", encoding="utf-8"
    )
    with pytest.raises(ExportError, match="pages for 1 people"):
        export_certificates(example, tmp_path / "cert.pdf", template=str(design))
    assert list(tmp_path.iterdir()) == [design]


def test_a_missing_design_names_the_bundled_ones(example: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="classic, modern"):
        export_certificates(example, tmp_path / "cert.pdf", template="fancy")


def test_no_honorees_no_certificates(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no honorees"):
        export_certificates(Project(), tmp_path / "cert.pdf")
