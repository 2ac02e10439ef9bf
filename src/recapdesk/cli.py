"""The ``recapdesk`` command: open the window, or run a headless command (headless.py).

Choosing between them imports nothing but argparse: the window's start-up clock runs from
here, and the window shows before the core (pydantic models, Markdown) is loaded (ui/app.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

# The headless commands' names (headless.HANDLERS; a test keeps the two the same).
COMMANDS = (
    "render",
    "check",
    "new",
    "import",
    "import-rows",
    "publish",
    "export",
    "fetch-images",
)


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="recapdesk", add_help=False)
    parser.add_argument("project", type=Path, nargs="?")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        window_args = _window_parser().parse_args(argv)
        # Start-up makes hundreds of thousands of objects that live as long as the window
        # (modules, widgets, the project) and next to no garbage: the cyclic collector would
        # walk them again and again as they are made. ui/app.py turns it back on once the
        # window shows its project (freeze_startup_objects).
        gc.disable()
        try:
            from recapdesk.ui.app import run_app  # Qt is imported only for the window

            exit_code: int = run_app(window_args.project)
        finally:
            gc.enable()
        return exit_code
    from recapdesk.headless import run  # the core, without Qt

    return run(argv, _help_language, _ui_language)


def _help_language() -> Callable[[str, str], str]:
    """``translate(context, text)`` in the UI language, for ``--help``: reads the preference
    and the translation with QtCore, which needs no display."""
    from recapdesk.ui.translations import command_line_translator

    return command_line_translator()


def _ui_language() -> str:
    """The UI language as the window decides it (the preference, else the system's), read
    with QtCore: for a template's language when the command does not give one."""
    from PySide6.QtCore import QSettings

    from recapdesk.ui.translations import SETTINGS_NAME, ui_language

    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, *SETTINGS_NAME)
    return ui_language(settings)
