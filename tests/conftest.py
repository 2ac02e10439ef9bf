"""Test-session setup shared by every test: Qt runs offscreen, WebEngine can start as root."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from recapdesk.ui.chromium_flags import chromium_flags_environment

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The app's own flags, for the windows the tests make without create_application. The tests
# need their --disable-gpu too: with the GPU thread on, Chromium keeps logging its fallback to
# software through Qt's message handler, from a thread, while pytest-qt swaps handlers between
# tests, which crashed the test process (SIGSEGV in Chrome_InProcGpuThread). As root (CI) they
# add --no-sandbox, which Chromium needs there.
chromium_flags_environment()


def _print_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    sys.stderr.write(f"{message}\n")


# WORKAROUND: pytest-qt installs its own Qt message handler for each test and, after it, puts
# back the one it found. Were that Qt's default (None in PySide6), a Qt thread already inside
# PySide6's message callback, waiting for the GIL, would then call a NULL handler: the test
# process died with SIGSEGV ("Chrome_InProcGpuThread ... QMessageLogger::warning" in gdb).
# A Python handler installed once, before any test, is what pytest-qt always puts back.
qInstallMessageHandler(_print_qt_message)


@pytest.fixture(scope="session", autouse=True)
def _delete_windows_before_exit() -> Iterator[None]:
    """Delete the windows tests left open while Qt is still whole: a web page outliving its
    profile into interpreter shutdown crashes the process after the last test. Qt's own
    message handler comes back last, so nothing calls into Python while it shuts down."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        qInstallMessageHandler(None)
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        qInstallMessageHandler(None)
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    qInstallMessageHandler(None)
