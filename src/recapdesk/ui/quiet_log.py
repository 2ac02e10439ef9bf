"""Keep the terminal for real problems: Qt's and QtWebEngine's known-harmless start-up notes
are dropped, everything else is written as Qt would write it.

On a machine without a GPU or Vulkan (most Linux laptops' default install, every container),
each start printed half a dozen lines that look like failures and are not: the renderer falls
back to software, which is what the app asks for anyway (chromium_flags.py). Chromium's own
log (the D-Bus line) is turned down by a flag there; these come through Qt's message handler,
all in the "default" category, so a logging rule cannot single them out: their text does.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

HARMLESS = re.compile(
    "|".join(
        [
            # No Vulkan library: Qt Quick and QtWebEngine use OpenGL or software instead.
            r"^Failed to load vulkan",
            r"^initInstance: No Vulkan library available",
            r"^Failed to create platform Vulkan instance",
            r"^This plugin does not support createPlatformVulkanInstance",
            r"^QVulkanInstance: Failed to initialize Vulkan",
            # QtWebEngine probing the GL driver it then does not use (--disable-gpu).
            r"^Unable to detect GPU vendor for device",
            r"^GPUInfo not initialized on GpuInfoUpdate",
            r"^GBM is not supported with the current configuration",
            r"^QRhiGles2: Failed to create",
            r"^Failed to create RHI for backend",
            # Qt's OpenGL, left out when the preview draws without the GPU (chromium_flags.py).
            r"^QXcbIntegration: Cannot create platform (OpenGL context|offscreen surface), "
            r"neither GLX nor EGL are enabled",
            # The offscreen platform (headless runs) cannot size or raise native windows.
            r"^This plugin does not support propagateSizeHints",
            r"^This plugin does not support raise",
        ]
    )
)

# Warnings at most: a critical or fatal message is always shown, whatever it says.
_DROPPABLE = (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg, QtMsgType.QtWarningMsg)


def is_harmless(mode: QtMsgType, message: str) -> bool:
    return mode in _DROPPABLE and HARMLESS.search(message) is not None


def _handle(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not is_harmless(mode, message):
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")
        sys.stderr.flush()


def install_quiet_log() -> None:
    """From now until :func:`uninstall_quiet_log`, Qt's messages go through the filter."""
    qInstallMessageHandler(_handle)


def uninstall_quiet_log() -> None:
    """Qt's own handler again, before Python shuts down (no call into Python after that)."""
    qInstallMessageHandler(None)
