"""Golden files: the WeChat copy of the bundled example in each theme, byte for byte.

After an intended change to the output, regenerate with ``RECAPDESK_UPDATE_GOLDEN=1`` and review
the diff of ``tests/render/wechat/golden/`` before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recapdesk.pipeline import ArticlePipeline
from recapdesk.render.themes import theme_names
from tests.support import EXAMPLE_NAME, check_golden, example_project

GOLDEN = Path(__file__).parent / "golden"


def test_there_are_at_least_three_themes() -> None:
    assert {"default", "cloud-native", "classic"} <= set(theme_names())


@pytest.mark.parametrize("theme", theme_names())
def test_wechat_copy_of_the_example_matches_golden_file(theme: str) -> None:
    project = example_project()
    project.article.theme = theme
    actual = ArticlePipeline(project).wechat_html().replace("><", ">\n<") + "\n"
    golden = GOLDEN / f"{EXAMPLE_NAME}.{theme}.wechat.html"
    check_golden(golden, actual, "the WeChat copy of the example")
