"""Copy for WeChat on the bundled example and on the stress project (1,000 honorees, 300
testimonials), and the compliance check of the panel.

"Copy for WeChat" is what the window's command computes before the clipboard: the WeChat HTML
(render with the section cache warm as in the window, css-inline, the post-processing passes)
and the article's plain text. Putting both on the clipboard is measured separately, in the
real window ("in the window" figure), because it needs a QApplication.

    python benchmarks/bench_wechat.py [--quick] [--json]
"""

from __future__ import annotations

import os
import sys

from figures import Figure, bench_main, sample
from stress import stress_project

from recapdesk.chromium_flags import chromium_flags_environment
from recapdesk.model import Project
from recapdesk.pipeline import ArticlePipeline, WechatCopy
from recapdesk.render.compliance import check_wechat
from recapdesk.resources import example_path
from recapdesk.store import load


def copy_for_wechat(pipeline: ArticlePipeline) -> WechatCopy:
    """What ui/window/output_commands.py puts on the clipboard (default settings: pangu
    by the article's language, footnotes on), from the project's pipeline as in the window."""
    return pipeline.wechat_copy(pangu=None, footnotes=True)


def window_figure(project: Project, runs: int) -> Figure:
    """The window's command itself on the stress project: the same work plus the clipboard."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chromium_flags_environment()  # as the app starts QtWebEngine
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    import recapdesk.model  # noqa: F401  (see recapdesk/ui/__init__.py)
    from recapdesk.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat),
            data=Path(folder) / "data",
        )
        window.document.replace_project(project, None)
        figure = sample(
            Figure("Copy for WeChat in the window (clipboard included), stress", "ms"),
            window.outputs.copy_for_wechat,
            runs,
        )
        # The offscreen clipboard's data must go while Qt is whole (see tests/ui/conftest.py),
        # and the window's web page before the process ends.
        QGuiApplication.clipboard().clear()
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    return figure


def figures(quick: bool = False) -> list[Figure]:
    runs = 3 if quick else 50
    example = load(example_path("k8s-source-study-phase1"))
    stress = stress_project()
    stress_runs = 3 if quick else 15
    # As in the window, where the preview has rendered every section before the user copies
    # (sample's warm-up call does): an unedited project's sections are not rendered again.
    example_pipeline, stress_pipeline = ArticlePipeline(example), ArticlePipeline(stress)
    return [
        sample(
            Figure("Copy for WeChat, example", "ms", median_under=50),
            lambda: copy_for_wechat(example_pipeline),
            runs,
        ),
        sample(
            Figure("Copy for WeChat, stress", "ms", median_under=500),
            lambda: copy_for_wechat(stress_pipeline),
            stress_runs,
        ),
        sample(
            Figure("compliance check, example", "ms"),
            lambda: check_wechat(example, example_pipeline.check_input()),
            runs,
        ),
        sample(
            Figure("compliance check, stress", "ms"),
            lambda: check_wechat(stress, stress_pipeline.check_input()),
            stress_runs,
        ),
        window_figure(stress, stress_runs),
    ]


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
