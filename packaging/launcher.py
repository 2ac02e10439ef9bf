"""The frozen app's entry point: PyInstaller runs this file as ``__main__``."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

# A windowed build (Windows, macOS) has no console: give print() somewhere to write, so
# `recapdesk --version` or a warning never crashes the window.
if sys.stdout is None:
    sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 (for the process)
if sys.stderr is None:
    sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115

from recapdesk.cli import main

if __name__ == "__main__":
    # A large project's checks run in a helper process (ui/helper.py), started by running
    # this executable again: this turns that run into the helper instead of a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
