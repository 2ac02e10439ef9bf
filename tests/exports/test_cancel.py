"""Cancel from the progress callback, as the window's Cancel button does between steps:
the export stops with Cancelled and no file is left, new or temporary (offscreen Chromium)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from recapdesk.exports import CancelFlag, Cancelled, Progress
from recapdesk.exports.cards import export_cards
from recapdesk.exports.certificates import export_certificates
from recapdesk.exports.pdf import export_pdf
from recapdesk.model import Project
from tests.exports.conftest import many_honorees

Export = Callable[[Project, Path, Progress, CancelFlag], list[Path]]

EXPORTS: dict[str, Export] = {
    "pdf": lambda project, folder, progress, cancel: export_pdf(
        project, folder / "recap.pdf", folder=folder, progress=progress, cancel=cancel
    ),
    "card": lambda project, folder, progress, cancel: export_cards(
        project, folder / "card.png", progress=progress, cancel=cancel
    ),
    "certificates": lambda project, folder, progress, cancel: export_certificates(
        project, folder / "c.pdf", per_person=True, progress=progress, cancel=cancel
    ),
}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_cancel_after_the_first_step_leaves_no_file(
    kind: str, example: Project, tmp_path: Path
) -> None:
    cancel = CancelFlag()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.cancel()

    with pytest.raises(Cancelled):
        EXPORTS[kind](many_honorees(example, 5), tmp_path, progress, cancel)
    assert seen and seen[0][0] == 1 and seen[0][1] > 1
    assert list(tmp_path.iterdir()) == []


def test_an_export_runs_to_the_end_and_counts_every_step(example: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    written = export_certificates(
        many_honorees(example, 5),
        tmp_path / "c.pdf",
        per_person=True,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert len(written) == 5
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
