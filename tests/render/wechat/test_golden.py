"""Golden files: the WeChat copy of the bundled example in each theme, byte for byte.

After an intended change to the output, regenerate with ``RECAPDESK_UPDATE_GOLDEN=1`` and review
the diff of ``tests/render/wechat/golden/`` before committing it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from recapdesk.render.themes import theme_names
from recapdesk.render.wechat import wechat_article
from tests.support import EXAMPLE_NAME, example_project

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("RECAPDESK_UPDATE_GOLDEN") == "1"


def test_there_are_at_least_three_themes() -> None:
    assert {"default", "cloud-native", "classic"} <= set(theme_names())


@pytest.mark.parametrize("theme", theme_names())
def test_wechat_copy_of_the_example_matches_golden_file(theme: str) -> None:
    project = example_project()
    project.article.theme = theme
    actual = wechat_article(project).replace("><", ">\n<") + "\n"
    golden = GOLDEN / f"{EXAMPLE_NAME}.{theme}.wechat.html"
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
            "the WeChat copy of the example changed; if intended, rerun with "
            f"RECAPDESK_UPDATE_GOLDEN=1 and review:\n{diff}",
            pytrace=False,
        )
