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

from recapdesk.compose.article import BodyCache
from recapdesk.model import Project
from recapdesk.render.article_html import render_article
from recapdesk.render.compliance import check_wechat
from recapdesk.render.plain_text import plain_text_of
from recapdesk.render.wechat import wechat_article
from recapdesk.render.wechat.dom import parse_body
from recapdesk.resources import example_path
from recapdesk.store import load
from recapdesk.ui.preview.chromium_flags import chromium_flags_environment


def copy_for_wechat(project: Project, bodies: BodyCache) -> tuple[str, str]:
    """What Copy for WeChat (ui/window/output_commands.py) puts on the clipboard (default
    settings: pangu by the article's language, footnotes on), computed the same way: one
    render and one parse for both, the sections' Markdown reused from ``bodies`` as from the
    preview's cache."""
    parsed = parse_body(render_article(project, bodies=bodies))
    return wechat_article(project, pangu=None, footnotes=True, fragment=parsed), plain_text_of(
        parsed
    )


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
    # As in the window, where the preview has composed every section before the user copies
    # (sample's warm-up call fills them): an unedited project's sections are not composed again.
    example_bodies, stress_bodies = BodyCache(), BodyCache()
    return [
        sample(
            Figure("Copy for WeChat, example", "ms", median_under=50),
            lambda: copy_for_wechat(example, example_bodies),
            runs,
        ),
        sample(
            Figure("Copy for WeChat, stress", "ms", median_under=500),
            lambda: copy_for_wechat(stress, stress_bodies),
            stress_runs,
        ),
        sample(Figure("compliance check, example", "ms"), lambda: check_wechat(example), runs),
        sample(Figure("compliance check, stress", "ms"), lambda: check_wechat(stress), stress_runs),
        window_figure(stress, stress_runs),
    ]


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
