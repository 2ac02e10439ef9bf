"""The Chromium flags the app starts QtWebEngine with.

Qt-free and import-free on purpose: benchmarks/floor_probe.py starts a bare web view with the
same flags, to measure what QtWebEngine alone costs, without loading the app's modules.
"""

from __future__ import annotations

import os

FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"


def chromium_flags_environment() -> None:
    """Adds the app's flags to QTWEBENGINE_CHROMIUM_FLAGS (before QtWebEngine starts), keeping
    the user's own and never repeating one."""
    flags = os.environ.get(FLAGS, "").split()
    wanted: list[str] = []
    # Chromium's GPU side runs inside this process in QtWebEngine: with it on, the GL driver
    # (Mesa's llvmpipe and LLVM on machines without a usable GPU) and its buffers are a large
    # part of the app's memory, for one static article that software compositing draws as well.
    # A user who passes GPU flags of their own (--ignore-gpu-blocklist...) chooses for us.
    if not any("gpu" in flag for flag in flags):
        wanted.append("--disable-gpu")
    # QtWebEngine's sandbox cannot start as root (containers, CI); Chromium refuses to run.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")
    # Chromium's log: without a system D-Bus (containers, many desktops' sessions) every start
    # printed "Failed to connect to the bus" and the like. Fatal errors only; a user who turns
    # logging on or picks a level keeps it.
    if not any(flag.startswith(("--log-level", "--enable-logging")) for flag in flags):
        wanted.append("--log-level=3")
    added = [flag for flag in wanted if flag not in flags]
    if added:
        os.environ[FLAGS] = " ".join([*flags, *added])
    if "--disable-gpu" in flags + added:
        software_compositing_environment()


def software_compositing_environment() -> None:
    """Qt's side of drawing without the GPU: the web view's frames composited in software,
    and no OpenGL loaded at all. Qt otherwise loads OpenGL to composite the view (on a
    machine without a usable GPU, Mesa's llvmpipe: LLVM and its buffers, a large part of the
    app's memory and a longer start) only to show the frames Chromium drew in software. The look
    is the same, pixel for pixel. A user's own setting of either variable is kept."""
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")


def composited_in_software() -> bool:
    """Whether Qt composites the web view's frames in software (no OpenGL, no RHI switch)."""
    return os.environ.get("QT_QUICK_BACKEND") == "software"
