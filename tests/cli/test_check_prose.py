"""``recapdesk check`` lists what the prose still lacks: an ``xx`` written in a sentence, a
number used inside a sentence and not known yet, a field naming no number."""

from __future__ import annotations

from pathlib import Path

from recapdesk.model import Number
from recapdesk.store import save
from tests.support import example_project, run_cli


def test_check_lists_xx_in_a_sentence_and_fields_still_unknown(tmp_path: Path) -> None:
    project = example_project()
    project.background.numbers[2].key = "notes"
    project.background.numbers.append(Number(label="x", value=1, key="x"))
    project.groups[0].intro += "产生读书笔记{notes}，优秀笔记xx篇，{nothing}。"
    file = tmp_path / "p.recap.toml"
    save(project, file)
    result = run_cli("check", file)
    assert result.returncode == 1  # warnings only
    lines = result.stdout.splitlines()
    assert (
        f"{file}: groups[0].intro: warning: {{notes}} (读书笔记) is not known yet: the article"
        " shows it as a placeholder"
    ) in lines
    excerpt = "…{notes}，优秀笔记xx篇，{nothing}。"
    assert f"{file}: groups[0].intro: warning: 'xx' is a placeholder: {excerpt}" in lines
    assert any("{nothing}: no number has the key nothing" in line for line in lines)
    rendered = run_cli("render", file).stdout
    assert "产生读书笔记〔待补充〕篇，优秀笔记xx篇，{nothing}。" in rendered
