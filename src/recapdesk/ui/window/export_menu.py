"""File > Export: one submenu for every file the article becomes. Markdown and HTML (the
text for GitHub and the blog, output_commands.py) come first; then what is shared beyond
WeChat, laid out in Chromium (export_commands.py).

Each command's letter is its own within the submenu (the menu conventions' test checks it),
and no command here has a shortcut: an export asks its options and a file name first, so a
key saves no clicks.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from recapdesk.ui.dialogs.export_options import ExportKind
from recapdesk.ui.i18n import translate

if TYPE_CHECKING:
    from recapdesk.ui.window.export_commands import ExportCommands


def export_menu(window: QMainWindow, first: list[QAction], exports: ExportCommands) -> QMenu:
    """The Export submenu of ``window``'s File menu: the ``first`` actions (Markdown, HTML),
    then an action per kind of ``exports``, named ``action_export`` + the kind's name."""
    menu = QMenu(translate("WindowActions", "&Export"), window)
    menu.setObjectName("exportMenu")
    menu.addActions(first)
    menu.addSeparator()
    kinds = [
        ("LongImage", translate("WindowActions", "Long &Image (PNG)…"), ExportKind.LONG_IMAGE),
        ("Pdf", translate("WindowActions", "&PDF…"), ExportKind.PDF),
        (
            "ReviewPage",
            translate("WindowActions", "&Review Page (self-contained HTML)…"),
            ExportKind.REVIEW_PAGE,
        ),
        ("Cards", translate("WindowActions", "Honor-Roll &Cards…"), ExportKind.CARDS),
        ("Certificates", translate("WindowActions", "Cer&tificates…"), ExportKind.CERTIFICATES),
    ]
    for name, text, kind in kinds:
        action = QAction(text, window)
        action.setObjectName(f"action_export{name}")
        run = partial(exports.export, kind)
        action.triggered.connect(lambda _checked=False, run=run: run())
        menu.addAction(action)
    return menu
