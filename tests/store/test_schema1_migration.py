"""Every schema-1 project opens and renders the same Markdown as the schema-1 code made.

``tests/store/schema1/*.recap.toml`` are schema-1 files written by the schema-1 recapdesk, and
each ``.md`` beside one is the Markdown that version composed of it (made before schema 2, never
regenerated): the bundled example, its privacy switch, English with own headings, empty groups,
hostile text, a table without columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk.pipeline import ArticlePipeline
from recapdesk.store import load, migrations
from recapdesk.store.errors import ProjectFileError
from recapdesk.store.project_file import dumps, loads
from tests.support import EXAMPLE_PATH

SCHEMA1 = Path(__file__).parent / "schema1"
FILES = sorted(SCHEMA1.glob("*.recap.toml"))


def test_the_corpus_is_there() -> None:
    assert len(FILES) >= 6
    for path in FILES:
        assert path.read_text(encoding="utf-8").startswith("schema = 1\n")


@pytest.mark.parametrize("path", FILES, ids=[p.name.removesuffix(".recap.toml") for p in FILES])
def test_a_schema1_file_renders_the_markdown_it_rendered_before(path: Path) -> None:
    golden = path.with_name(path.name.removesuffix(".recap.toml") + ".md")
    project = load(path)
    assert ArticlePipeline(project).markdown() == golden.read_text(encoding="utf-8")


def test_saving_writes_schema_2_which_an_older_recapdesk_refuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = load(SCHEMA1 / "example.recap.toml")
    text = dumps(project)
    assert text.startswith("schema = 2\n")
    assert loads(text) == project
    # The schema-1 recapdesk: the same loader, reading schema 1 and older.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    with pytest.raises(ProjectFileError) as refused:
        loads(text, "phase1.recap.toml")
    assert "written by a newer recapdesk (schema 2); this version reads schema 1 and older" in (
        str(refused.value)
    )


def test_the_bundled_example_is_the_migrated_schema_1_example() -> None:
    migrated = load(SCHEMA1 / "example.recap.toml")
    # Schema 1 had no photos: the bundled example has one more picture than it could hold.
    example = load(EXAMPLE_PATH)
    assert dumps(example) == EXAMPLE_PATH.read_text(encoding="utf-8")
    assert len(example.photos.pictures) == 1
    migrated.photos.pictures = example.photos.pictures
    assert dumps(migrated) == EXAMPLE_PATH.read_text(encoding="utf-8")
    assert [group.id for group in migrated.groups] == ["honorees", "committee"]
    assert [slot.key for slot in migrated.order] == [
        "background",
        "group:honorees",
        "testimonials",
        "group:committee",
        "next_phase",
        "photos",  # a schema-1 file had none: its slot is added, empty, after the rest
    ]


def test_a_committee_without_members_stays_out_of_the_article_but_keeps_its_text() -> None:
    project = load(SCHEMA1 / "empty-groups.recap.toml")
    committee = project.group("committee")
    assert committee.intro == "An intro without members."
    assert [slot.visible for slot in project.order if slot.key == "group:committee"] == [False]
