"""A quiet terminal: the app's start prints none of the known-harmless notes of Qt and
Chromium, while a real Qt warning and a real Python error still reach stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType

from recapdesk.ui.quiet_log import is_harmless
from recapdesk.ui.safety.crash_handler import EXIT_AFTER_CRASH

# What every start printed on a machine without Vulkan, a GPU or a system D-Bus.
KNOWN_HARMLESS = (
    "Failed to load vulkan",
    "No Vulkan library available",
    "Vulkan instance",
    "Failed to initialize Vulkan",
    "Unable to detect GPU vendor",
    "GPUInfo not initialized",
    "Failed to connect to the bus",
    "does not support propagateSizeHints",
    "neither GLX nor EGL are enabled",
)

# The app as `recapdesk PROJECT` starts it; once the preview shows the article, a real Qt
# warning and a real error in Python, and the crash report answered with "Quit".
SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer, qWarning
from recapdesk.ui.dialogs import dialogs
from recapdesk.ui.preview import preview
from recapdesk.ui.app import run_app
from recapdesk.ui.dialogs.crash_dialog import CrashChoice

dialogs.Dialogs.report_crash = lambda self, report: CrashChoice.QUIT
shown = preview.PreviewPane._on_updated

def fail():
    qWarning("a real Qt warning 4711")
    raise RuntimeError("a real error 4712")

def updated(self, result):
    shown(self, result)
    QTimer.singleShot(0, fail)

preview.PreviewPane._on_updated = updated
sys.exit(run_app(Path(sys.argv[1])))
"""


def test_only_known_notes_are_harmless() -> None:
    assert is_harmless(QtMsgType.QtWarningMsg, "initInstance: No Vulkan library available")
    assert not is_harmless(QtMsgType.QtCriticalMsg, "initInstance: No Vulkan library available")
    assert not is_harmless(QtMsgType.QtWarningMsg, "QObject::connect: No such signal")
    glx = "QXcbIntegration: Cannot create platform OpenGL context, neither GLX nor EGL are enabled"
    assert is_harmless(QtMsgType.QtWarningMsg, glx)


def test_the_app_starts_quietly_and_a_real_error_still_shows(
    private_app_data: Path, example_file: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QTWEBENGINE_CHROMIUM_FLAGS", None)  # the app's own flags, as a user starts it
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(example_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    stderr = result.stderr
    assert result.returncode == EXIT_AFTER_CRASH, stderr
    assert "RuntimeError: a real error 4712" in stderr
    assert "a real Qt warning 4711" in stderr
    noise = [line for line in stderr.splitlines() if any(n in line for n in KNOWN_HARMLESS)]
    assert noise == []
