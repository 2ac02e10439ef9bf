"""Golden files: the bundled example's Markdown and HTML, byte for byte.

After an intended change to the output, regenerate with ``RECAPDESK_UPDATE_GOLDEN=1`` and review
the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from recapdesk.compose import compose
from recapdesk.model import Project
from recapdesk.render import render_fragment
from tests.support import EXAMPLE_NAME, example_project

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("RECAPDESK_UPDATE_GOLDEN") == "1"


def _markdown(project: Project) -> str:
    return compose(project)


def _html(project: Project) -> str:
    return render_fragment(compose(project))


@pytest.mark.parametrize(("suffix", "produce"), [("md", _markdown), ("html", _html)])
def test_example_output_matches_golden_file(suffix: str, produce: Callable[[Project], str]) -> None:
    golden = GOLDEN / f"{EXAMPLE_NAME}.{suffix}"
    actual = produce(example_project())
    if UPDATE:
        golden.write_bytes(actual.encode("utf-8"))
        pytest.skip(f"rewrote {golden.name}; review its diff")
    expected = golden.read_bytes().decode("utf-8")
    if actual != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                f"{golden.name} (golden)",
                f"{golden.name} (now)",
                lineterm="",
            )
        )
        pytest.fail(
            f"the example's output changed; if intended, rerun with "
            f"RECAPDESK_UPDATE_GOLDEN=1 and review:\n{diff}",
            pytrace=False,
        )
