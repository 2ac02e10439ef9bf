"""Opening and saving the stress project (1,000 honorees, 300 testimonials): the store alone
(file -> Project, Project -> file) and the same in the real window, where opening also fills
every form and saving also checks the file on disk, writes the backup and re-arms the watch.

The window's preview is not started: its first full render after an open is measured by
bench_window.py; open_file is timed until it returns with the forms filled.

    python benchmarks/bench_files.py [--quick] [--json]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from figures import Figure, bench_main, sample
from stress import save_with_pictures, stress_project

from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.resources import example_path
from recapdesk.store import load, save

STRESS_FILE = "stress.recap.toml"


def stress_file(folder: Path) -> Path:
    path = folder / STRESS_FILE
    save_with_pictures(stress_project(), path)
    return path


def store_figures(path: Path, runs: int) -> list[Figure]:
    project = load(path)
    target = path.with_name("saved.recap.toml")
    return [
        sample(
            Figure("open stress project (store.load)", "ms", median_under=200),
            lambda: load(path),
            runs,
        ),
        sample(
            Figure("save stress project (store.save)", "ms", median_under=200),
            lambda: save(project, target),
            runs,
        ),
    ]


def window_figures(path: Path, runs: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chromium_flags_environment()  # as the app starts QtWebEngine
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    import recapdesk.model  # noqa: F401  (see recapdesk/ui/__init__.py)
    from recapdesk.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = path.parent
    window = MainWindow(
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), data=folder / "data"
    )
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    example = example_path("k8s-source-study-phase1")

    def settle() -> None:
        # Timers the last step started (the compliance check, autosave) run outside the figure.
        for _ in range(3):
            app.processEvents()

    def open_example() -> None:
        # Each timed open starts from a small project, as opening a file normally does.
        window.files.open_file(example)
        settle()

    def open_stress() -> None:
        assert window.files.open_file(path)

    figures = [
        sample(
            Figure("open stress project in the window", "ms", median_under=200),
            open_stress,
            runs,
            before=open_example,
        )
    ]
    window.files.open_file(path)
    settle()
    edits = iter(range(1_000_000))

    def modify() -> None:
        settle()
        window.document.set_field(("article", "title"), f"Stress {next(edits)}")

    def save_window() -> None:
        assert window.files.save()

    figures.append(
        sample(
            Figure("save stress project in the window", "ms", median_under=200),
            save_window,
            runs,
            before=modify,
        )
    )
    window.document.undo_stack.setClean()
    window.close()
    # The window's web page must be gone before the process ends (else a crash at exit).
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()
    return figures


def figures(quick: bool = False) -> list[Figure]:
    runs = 3 if quick else 30
    with tempfile.TemporaryDirectory() as folder:
        path = stress_file(Path(folder))
        return store_figures(path, runs) + window_figures(path, runs)


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
