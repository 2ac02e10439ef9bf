"""Golden files: the bundled example's Markdown and HTML, byte for byte, as the pipeline makes
them for the command line and the exports (in one go) and for the preview (in time-budgeted
steps), and as Python-Markdown renders the whole Markdown, which the pipeline must equal.

After an intended change to the output, regenerate with ``RECAPDESK_UPDATE_GOLDEN=1`` and review
the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from recapdesk.model import Project
from recapdesk.pipeline import ArticlePipeline
from recapdesk.render import render_fragment
from tests.support import EXAMPLE_NAME, check_golden, example_project

GOLDEN = Path(__file__).parent / "golden"


def _markdown(project: Project) -> str:
    return ArticlePipeline(project).markdown()


def _html_in_one_go(project: Project) -> str:
    return ArticlePipeline(project).fragment()


def _html_in_steps(project: Project) -> str:
    job = ArticlePipeline(project).render_job()
    while not job.done:
        job.step(0.0)  # a piece per step, as the preview's slices
    return "\n".join(block.html for block in job.result() if block.html)


def _html_whole(project: Project) -> str:
    return render_fragment(ArticlePipeline(project).markdown())


@pytest.mark.parametrize(
    ("suffix", "produce"),
    [
        ("md", _markdown),
        ("html", _html_in_one_go),
        ("html", _html_in_steps),
        ("html", _html_whole),
    ],
    ids=["markdown", "html-cli-and-exports", "html-preview", "html-whole-render"],
)
def test_example_output_matches_golden_file(suffix: str, produce: Callable[[Project], str]) -> None:
    golden = GOLDEN / f"{EXAMPLE_NAME}.{suffix}"
    check_golden(golden, produce(example_project()), "the example's output")
