"""The helper process (ui/helper.py): only large projects start it; small jobs run at once."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from tests.ui.conftest import MakeWindow
from tests.ui.languages import Speak

from recapdesk.compose.checks import check_article
from recapdesk.helper_jobs import check_json
from recapdesk.model import Testimonial as Person
from recapdesk.model.checks import Severity
from recapdesk.ui import helper
from recapdesk.ui.window import compliance_panel


def test_a_small_job_runs_in_a_thread_of_the_window_and_raises_its_own_error(
    qtbot: QtBot,
) -> None:
    # Not in the GUI thread: a check of 25-140 ms there held up the keystrokes typed meanwhile.
    where = helper.submit(lambda _json: threading.current_thread(), "{}", inline_below=100)
    qtbot.waitUntil(where.ready, timeout=5000)
    assert where.get() is not threading.main_thread()
    done = helper.submit(len, "{}", inline_below=100)
    qtbot.waitUntil(done.ready, timeout=5000)
    assert done.get() == 2
    failed = helper.submit(int, "not a number", inline_below=100)
    qtbot.waitUntil(failed.ready, timeout=5000)
    with pytest.raises(ValueError, match="not a number"):
        failed.get()


def test_a_large_job_runs_in_the_helper_with_the_same_result(qtbot: QtBot) -> None:
    large = "x" * 1000
    job = helper.submit(len, large, inline_below=100)
    qtbot.waitUntil(job.ready, timeout=30000)
    assert job.get() == 1000


def test_a_window_on_a_recap_of_ordinary_size_never_starts_a_helper(
    qtbot: QtBot,
    make_window: MakeWindow,
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[str] = []

    def refuse(method: str) -> None:
        started.append(method)
        raise AssertionError("a helper process was started")

    monkeypatch.setattr(helper, "_pool", None)
    monkeypatch.setattr(multiprocessing, "get_context", refuse)
    window = make_window()
    window.autosave.idle_ms = 50
    window.files.open_file(example_file)
    checked: list[int] = []
    window.compliance.findings_changed.connect(checked.append)
    with qtbot.waitSignal(window.autosave.written, timeout=10000):
        window.document.set_field(("article", "title"), "一期活动总结（修订）", typing=True)
    qtbot.waitUntil(lambda: bool(checked), timeout=5000)  # the check after the pause, too
    assert started == []
    assert len(window.document.project.model_dump_json()) < compliance_panel.INLINE_BELOW


def test_a_large_projects_checks_run_in_the_helper_and_list_both_kinds(
    speak: Speak,
    qtbot: QtBot,
    make_window: MakeWindow,
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    submitted: list[helper.Job[Any]] = []
    submit = helper.submit

    def spy(function: Callable[..., Any], *args: Any, **kwargs: Any) -> helper.Job[Any]:
        job = submit(function, *args, **kwargs)
        if function is check_json:
            submitted.append(job)
        return job

    monkeypatch.setattr(helper, "submit", spy)
    speak("en")
    window = make_window()
    window.files.open_file(example_file)
    people = [Person(name=f"学员{i}", body="" if i % 2 else "收获很大") for i in range(400)]
    window.document.set_list(("testimonials", "people"), people)
    window.document.set_field(("article", "title"), "题" * 70)  # and one for WeChat
    assert len(window.document.project.model_dump_json()) > compliance_panel.INLINE_BELOW
    panel = window.compliance
    qtbot.waitUntil(lambda: bool(submitted) and panel._job.job is None, timeout=60000)
    assert all(isinstance(job, AsyncResult) for job in submitted)  # none ran in this thread
    assert panel.content == check_article(window.document.project)
    assert len(panel.content) == 9 + 200  # the example's, less its two people, and the 200
    assert [(f.rule, f.field) for f in panel.wechat] == [("title-length", "article.title")]
    # and the draft API's 32 characters, a warning in the panel, computed in the helper too
    draft = [(f.rule, f.field, f.severity) for f in panel.draft]
    assert draft == [("draft-title-length", "article.title", Severity.WARNING)]
    assert panel.list.topLevelItemCount() == 211
    assert window.compliance_status.text() == "Checks: 1 error, 210 warnings"


def test_a_pending_job_is_handed_over_once_from_the_event_loop(qtbot: QtBot) -> None:
    owner = QObject()
    handed: list[int] = []
    pending: helper.Pending[int] = helper.Pending(owner, lambda job: handed.append(job.get()))
    pending.start(helper.submit(len, "{}", inline_below=100))
    assert handed == []  # not from inside start(): the caller is still setting up
    qtbot.waitUntil(lambda: handed == [2])
    assert pending.job is None
    qtbot.wait(3 * helper.Pending.POLL_MS)
    assert handed == [2]


def test_a_dropped_job_is_never_handed_over(qtbot: QtBot) -> None:
    owner = QObject()
    handed: list[int] = []
    pending: helper.Pending[int] = helper.Pending(owner, lambda job: handed.append(job.get()))
    pending.start(helper.submit(len, "{}", inline_below=100))
    pending.drop()
    qtbot.wait(3 * helper.Pending.POLL_MS)
    assert handed == []
