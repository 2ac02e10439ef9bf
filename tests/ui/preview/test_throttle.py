"""The preview's throttle: first request runs at once, requests during a run coalesce."""

from __future__ import annotations

from recapdesk.ui.preview.throttle import Throttle


class Recorder:
    def __init__(self) -> None:
        self.runs = 0
        self.throttle = Throttle(self.start)

    def start(self) -> None:
        self.runs += 1


def test_first_request_runs_immediately() -> None:
    recorder = Recorder()
    recorder.throttle.request()
    assert recorder.runs == 1
    assert recorder.throttle.busy


def test_requests_during_a_run_coalesce_into_one_more() -> None:
    recorder = Recorder()
    recorder.throttle.request()
    for _ in range(10):
        recorder.throttle.request()
    assert recorder.runs == 1
    recorder.throttle.finished()
    assert recorder.runs == 2
    recorder.throttle.finished()
    assert recorder.runs == 2
    assert not recorder.throttle.busy


def test_idle_request_after_finish_runs_at_once() -> None:
    recorder = Recorder()
    recorder.throttle.request()
    recorder.throttle.finished()
    recorder.throttle.request()
    assert recorder.runs == 2


def test_paused_requests_wait_for_resume() -> None:
    recorder = Recorder()
    recorder.throttle.paused = True
    recorder.throttle.request()
    recorder.throttle.request()
    assert recorder.runs == 0
    recorder.throttle.resume()
    assert recorder.runs == 1
