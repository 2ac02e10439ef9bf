"""Golden files: the bundled example's Markdown and HTML, byte for byte.

After an intended change to the output, regenerate with ``RECAPDESK_UPDATE_GOLDEN=1`` and review
the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from recapdesk.compose import compose
from recapdesk.model import Project
from recapdesk.render import render_fragment
from tests.support import EXAMPLE_NAME, check_golden, example_project

GOLDEN = Path(__file__).parent / "golden"


def _markdown(project: Project) -> str:
    return compose(project)


def _html(project: Project) -> str:
    return render_fragment(compose(project))


@pytest.mark.parametrize(("suffix", "produce"), [("md", _markdown), ("html", _html)])
def test_example_output_matches_golden_file(suffix: str, produce: Callable[[Project], str]) -> None:
    golden = GOLDEN / f"{EXAMPLE_NAME}.{suffix}"
    check_golden(golden, produce(example_project()), "the example's output")
