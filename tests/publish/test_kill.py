"""A publish killed half-way (kill -9 after its first picture upload) and run again: the
uploaded picture is reused and there is one draft, never two."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.publish.conftest import PREPARED
from tests.publish.mock_wechat import MockWeChat

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def start(project_file: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "recapdesk", "publish", str(project_file)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def test_kill_9_after_the_first_upload_then_a_rerun_reuses_it_and_adds_one_draft(
    project_file: Path, mock: MockWeChat, wechat_env: dict[str, str]
) -> None:
    mock.hold_path = "/cgi-bin/media/uploadimg"  # the second upload waits for the kill
    process = start(project_file, wechat_env)
    try:
        assert mock.held.wait(60), "the publish never reached its second upload"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert len(mock.uploads) == 1
    first = mock.uploads[0].sha256
    mock.abandon_held = True
    mock.release.set()
    mock.hold_path = ""

    rerun = start(project_file, wechat_env)
    out, err = rerun.communicate(timeout=60)
    assert (rerun.returncode, out) == (0, "DRAFT-1\n"), err
    sent = [u.sha256 for u in mock.uploads]
    assert sent.count(first) == 1  # reused, not uploaded again
    assert sorted(set(sent)) == sorted(hashlib.sha256(d).hexdigest() for d in PREPARED.values())
    assert (mock.adds, len(mock.drafts)) == (1, 1)

    third = start(project_file, wechat_env)
    out, err = third.communicate(timeout=60)
    assert (third.returncode, out) == (0, "DRAFT-1\n"), err
    assert (mock.adds, mock.updates) == (1, 1)
    assert mock.problems == []
