"""The WeChat compliance panel: what in the article breaks WeChat's rules, and where.

Each row is one finding of render/compliance.py: its severity, rule, message, the field that
causes it and the offending HTML. Activating a row asks the window to select that field.

The check renders the whole WeChat copy: ~30 ms for the example, seconds for a project with
thousands of honorees. So it runs once the user pauses, in a helper process (ui/helper.py), on
a JSON snapshot of the project: a worker thread would hold the GIL and stall the window for
hundreds of milliseconds at a time, and a deep copy of a large project alone costs ~50 ms. The
window keeps following every keystroke meanwhile, and a result that an edit has overtaken is
dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recapdesk.model.checks import Severity
from recapdesk.model.paths import FieldPath
from recapdesk.ui import helper
from recapdesk.ui.document import ProjectDocument

if TYPE_CHECKING:  # the checker (css-inline, lxml) loads with the first check, after start-up
    from recapdesk.render.compliance import ComplianceFinding

PAUSE_MS = 400
# Bytes of the project's JSON under which the check runs in the window's thread: ~6 ms per KB
# here (the example, 6 KB: 23 ms); above, in the helper process (ui/helper.py).
INLINE_BELOW = 8_000
FIELD_ROLE = Qt.ItemDataRole.UserRole


class CompliancePanel(QDockWidget):
    findings_changed = Signal(int)  # how many findings there are now
    field_activated = Signal(str)  # the field path of the finding the user picked

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("WeChat Compliance"), parent)
        self.setObjectName("compliancePanel")
        self.setAccessibleName(self.tr("WeChat compliance"))
        self.toggleViewAction().setObjectName("action_toggleCompliancePanel")
        self.document = document
        self.findings: list[ComplianceFinding] = []

        body = QWidget(self)
        body.setObjectName("complianceBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        self.summary = QLabel(body)
        self.summary.setObjectName("complianceSummary")
        self.summary.setAccessibleName(self.tr("Compliance summary"))
        self.list = QTreeWidget(body)
        self.list.setObjectName("complianceList")
        self.list.setAccessibleName(self.tr("Compliance findings"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [self.tr("Severity"), self.tr("Rule"), self.tr("Problem"), self.tr("Field")]
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.setWidget(body)

        self._job: helper.Pending[list[ComplianceFinding]] = helper.Pending(self, self._collect)
        self._again = False  # the project changed while a check was running
        self._timer = QTimer(self)
        self._timer.setObjectName("complianceTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._start_check)
        document.changed.connect(self._schedule)
        document.reset.connect(self._schedule)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self._schedule()  # not now: the window is being built, and a project is coming

    def _schedule(self, _path: FieldPath = ()) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Check the project now, in this thread, and show the findings."""
        from recapdesk.render.compliance import check_wechat

        self._timer.stop()
        self._again = self._job.job is not None  # a running check is out of date
        self._show(check_wechat(self.document.project))

    def _start_check(self) -> None:
        from recapdesk.helper_jobs import check_json

        if self._job.job is not None:
            self._again = True
            return
        project_json = self.document.project.model_dump_json()
        self._job.start(helper.submit(check_json, project_json, inline_below=INLINE_BELOW))

    def _collect(self, job: helper.Job[list[ComplianceFinding]]) -> None:
        if self._again:
            self._again = False
            self._start_check()
            return
        try:
            findings = job.get()
        except Exception as error:  # the check's own failure, re-raised here by the pool
            self.summary.setText(self.tr("The WeChat check failed: %1").replace("%1", str(error)))
            return
        self._show(findings)

    def _show(self, findings: list[ComplianceFinding]) -> None:
        self.findings = findings
        self.list.clear()
        for finding in self.findings:
            self.list.addTopLevelItem(self._item(finding))
        for column in range(self.list.columnCount() - 1):
            self.list.resizeColumnToContents(column)
        if self.findings:
            self.summary.setText(
                self.tr("Problems for WeChat: %1. Click one to go to its field.").replace(
                    "%1", str(len(self.findings))
                )
            )
        else:
            self.summary.setText(
                self.tr("No problems: the WeChat copy meets the platform's rules.")
            )
        self.findings_changed.emit(len(self.findings))

    def _item(self, finding: ComplianceFinding) -> QTreeWidgetItem:
        severity = self.tr("Error") if finding.severity is Severity.ERROR else self.tr("Warning")
        where = finding.field or self.tr("(article)")
        # The rule's message is marked in render/compliance.py (Qt-free): translated here.
        message = finding.text.translated(QCoreApplication.translate)
        item = QTreeWidgetItem([severity, finding.rule, message, where])
        item.setData(0, FIELD_ROLE, finding.field)
        tip = f"{message}\n\n{finding.snippet}"
        for column in range(4):
            item.setToolTip(column, tip)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        field = item.data(0, FIELD_ROLE)
        if isinstance(field, str) and field:
            self.field_activated.emit(field)


class ComplianceStatus(QToolButton):
    """The status bar's count of findings; a click shows the panel."""

    def __init__(self, panel: CompliancePanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceStatus")
        self.setAccessibleName(self.tr("WeChat compliance"))
        self.setToolTip(self.tr("Show the WeChat compliance panel"))
        self.setAutoRaise(True)
        self._panel = panel
        panel.findings_changed.connect(self._show_count)
        self.clicked.connect(self._show_panel)
        self._show_count(len(panel.findings))

    def _show_count(self, count: int) -> None:
        if count == 0:
            self.setText(self.tr("WeChat: no problems"))
        elif count == 1:
            self.setText(self.tr("WeChat: 1 problem"))
        else:
            self.setText(self.tr("WeChat: %1 problems").replace("%1", str(count)))

    def _show_panel(self) -> None:
        self._panel.show()
        self._panel.raise_()
