"""Work the window hands to its helper process (ui/helper.py): the checks panel's checks (the
content checks and the WeChat compliance check) and the text of a recovery file. Qt-free: the
helper imports this module, and only what it needs.

Both take the project as JSON: pydantic writes that in a few milliseconds on the window's side
(a deep copy of a large project costs tens, and the TOML or the check cost hundreds to
thousands), and a process of its own keeps the window's GIL free while they run.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

from recapdesk.compose.checks import check_article
from recapdesk.model import Project
from recapdesk.model.checks import Severity
from recapdesk.pipeline import ArticlePipeline
from recapdesk.pipeline.picture_checks import check_wechat_pictures
from recapdesk.publish.limits import check_draft
from recapdesk.render.findings import Checks
from recapdesk.store.recovery import recovery_text


def check_both(pipeline: ArticlePipeline, folder: Path | None = None) -> Checks:
    """The checks of the pipeline's project: its content, WeChat's rules and the draft API's
    limits on the pipeline's check input, the project's pictures read from ``folder`` (the
    project file's; None: untitled)."""
    # One job for all, though the content checks take under a millisecond: a large project's
    # are still out of the window's thread, and the lists are always of the same version.
    project = pipeline.project
    html = pipeline.check_input()
    # An empty title is the content checks' "the article has no title" already: not twice.
    draft = [
        replace(f, severity=Severity.WARNING)
        for f in check_draft(project, html)
        if f.rule != "draft-title-empty"
    ]
    return Checks(check_article(project), check_wechat_pictures(project, html, folder), draft)


# One pipeline per thread that runs checks (the helper process's one, the window's worker
# thread), kept from one check to the next: the project comes anew each time, but most of its
# sections' HTML is the same, and the block renderer keeps it by Markdown text: a large
# project's check then costs half, and an autosave queued behind it in the helper waits less.
_warm = threading.local()


def check_json(project_json: str, folder: str = "") -> Checks:
    """:func:`check_both` of a project sent as JSON, with this thread's own pipeline (the
    window's cannot cross into the helper process or another thread); the pictures read from
    ``folder`` (the project file's; empty: untitled)."""
    project = Project.model_validate_json(project_json)
    pipeline: ArticlePipeline | None = getattr(_warm, "pipeline", None)
    if pipeline is None:
        pipeline = _warm.pipeline = ArticlePipeline(project)
    else:
        pipeline.edited(project, ())  # anything may have changed: every section composed anew
    return check_both(pipeline, Path(folder) if folder else None)


def lower_priority() -> None:
    """The helper process's start: below the window's priority, where the system has one."""
    if hasattr(os, "nice"):
        os.nice(10)


def recovery_text_json(project_json: str, original: str, base_hash: str, pid: int) -> str:
    """The recovery file's text for the project of the window in process ``pid``."""
    project = Project.model_validate_json(project_json)
    original_path = Path(original) if original else None
    return recovery_text(project, original_path, base_hash=base_hash, pid=pid)
