"""A real X session for end-to-end tests: Xvfb, and the X tools that drive and read it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Generous: these wait for a whole app to start on a 2-core machine that may be busy.
START_TIMEOUT = 60.0


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@contextmanager
def xvfb(tools: tuple[str, ...], first_display: int) -> Iterator[str]:
    """Start Xvfb on a free-looking display number; skip (fail on CI) without the tools."""
    missing = [tool for tool in ("Xvfb", *tools) if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (scripts/install-system-deps.sh)")
        pytest.skip(f"needs {', '.join(missing)}")
    number = first_display + os.getpid() % 100
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def run_x(display: str, *command: str) -> str:
    """Run an X client (xdotool, xclip) on ``display``; its standard output."""
    env = {**os.environ, "DISPLAY": display}
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=20, check=False
    ).stdout


@contextmanager
def app_on(
    display: str, project: Path, extra_env: dict[str, str] | None = None, *, kill: bool = False
) -> Iterator[subprocess.Popen[bytes]]:
    """The real app (``python -m recapdesk PROJECT``) on ``display``; ended afterwards,
    with SIGTERM, or with SIGKILL (``kill``): no chance to clean up. Its standard error goes
    to :func:`app_log` of ``project``, for a test's message when the app did not do its part."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **(extra_env or {})}
    with app_log(project).open("wb") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "recapdesk", str(project)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            yield app
        finally:
            app.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            app.wait(30)


def app_log(project: Path) -> Path:
    """Where :func:`app_on` keeps the standard error of the app it started on ``project``."""
    return project.with_name(f"{project.name}.stderr.log")
