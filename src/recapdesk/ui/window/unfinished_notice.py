"""After a copy or an export: say in the status bar when the content is not finished.

An organizer copies the article to WeChat while the Checks panel still lists a number not in
yet or an empty row; the copy goes out as it is. The status message that confirms the copy
then also says how many content problems remain and where they are listed, so nothing
unfinished slips out unnoticed. (WeChat's own rules are not counted: they are about the
platform, not about what is left to write.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recapdesk.compose.checks import check_article
from recapdesk.i18n import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from recapdesk.model import Project
    from recapdesk.ui.window.compliance_panel import CompliancePanel


def with_unfinished_notice(shown: str, panel: CompliancePanel, project: Project) -> str:
    """``shown`` (the status message that confirms a copy or an export), followed by "not
    finished: 9 warnings in the Checks panel" when the project's content checks find anything."""
    # The panel's findings when they are current (checking the stress project again takes
    # 100 ms); else checked now: the panel checks after a pause in typing and may not have
    # seen the last edit before the copy.
    findings = panel.content if panel.current else check_article(project)
    if not findings:
        return shown
    counts = panel.count_text(finding.severity for finding in findings)
    text = Message(
        "MainWindow",
        QT_TRANSLATE_NOOP("MainWindow", "%1 — not finished: %2 in the Checks panel"),
        (shown, counts),
    )
    return text.translated(QCoreApplication.translate)
