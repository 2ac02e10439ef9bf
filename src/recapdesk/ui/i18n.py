"""The window's texts in the UI language, with their %1, %2... filled in one pass.

``fill(translate("Context", "Saved %1"), path)`` for a module's texts and
``fill(self.tr("Checks: %1"), counted)`` in a QObject class. The two calls stay apart because
pyside6-lupdate's Python parser only collects a ``translate()`` or ``tr()`` call whose
arguments are all literals: a third, variable argument hides the text from the .ts files.

Filling is :func:`recapdesk.i18n.fill`, the same code that fills a Qt-free module's
:class:`~recapdesk.i18n.Message`: one pass, so a file named ``a%2.recap.toml`` is shown as it
is, never with another part spliced into it (which a chain of ``.replace("%1", ...)`` did).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recapdesk.i18n import fill

__all__ = ["fill", "translate"]


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` of ``context`` in the UI language (``n``: the count of a ``%n`` plural).
    Module-level texts of the window use the empty context, where pyside6-lupdate files a
    plain ``tr()``."""
    return QCoreApplication.translate(context, text, None, n)
