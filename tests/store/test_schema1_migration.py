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
from recapdesk.store import load

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
