"""Test-session setup shared by every test: Qt runs offscreen, WebEngine can start as root."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _chromium_flags() -> str:
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    # No GPU here anyway; without this, Chromium's GPU thread keeps logging its fallback to
    # software through Qt's message handler, from a thread, while pytest-qt swaps handlers
    # between tests, which crashed the test process (SIGSEGV in Chrome_InProcGpuThread).
    wanted = ["--disable-gpu"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")  # Chromium refuses its sandbox as root (CI runs as root)
    return " ".join(flags + [flag for flag in wanted if flag not in flags])


os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = _chromium_flags()


@pytest.fixture(scope="session", autouse=True)
def _delete_windows_before_exit() -> Iterator[None]:
    """Leave Qt in a state that survives interpreter shutdown.

    Windows tests left open are deleted while Qt is still whole, and Qt's own message handler
    is put back: QtWebEngine's GPU thread may still log a warning while Python shuts down,
    and a Python handler (pytest-qt's) that is already gone by then crashes the process
    after the last test (seen: SIGSEGV in Chrome_InProcGpuThread -> QMessageLogger)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(None)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
