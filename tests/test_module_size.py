"""No module of recapdesk is over 350 lines: a module does one job, and a longer
one is split by job, not left to grow."""

from __future__ import annotations

from pathlib import Path

import recapdesk

LIMIT = 350
SOURCE = Path(recapdesk.__file__).parent


def test_no_module_is_over_the_limit() -> None:
    lengths = {
        path.relative_to(SOURCE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(SOURCE.rglob("*.py"))
    }
    assert lengths  # the source tree was found
    too_long = {name: lines for name, lines in lengths.items() if lines > LIMIT}
    assert too_long == {}, f"split these by job into modules of at most {LIMIT} lines"
