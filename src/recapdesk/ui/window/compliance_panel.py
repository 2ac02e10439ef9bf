"""The checks panel: what to fix in the article before publishing, and where.

Three kinds of findings in one list, as ``recapdesk check`` and ``recapdesk check --wechat``
report them: first the content checks of model/checks.py (numbers not known yet, empty rows,
testimonials without text...), then what breaks WeChat's rules (render/compliance.py), then
what WeChat's draft API would refuse (publish/limits.py: a title over 32 characters, an author
over 16...; warnings here, since they matter only for File > Publish to WeChat Drafts); each in
article order. A row shows the severity, the kind (Content, WeChat or WeChat draft, and the
rule), the message and the field that causes it; activating it asks the window to select that
field. A web picture WeChat fails to re-host also offers "Download into the project" (a button
in its row, and its context menu), which the window's picture downloads do
(picture_downloads.py). The status bar's button counts the errors and warnings of both. (The
module and classes keep the names of the WeChat-only panel they grew from; so do the dock's
objectName, saved in the window state.)

The WeChat check renders the whole WeChat copy: ~30 ms for the example, seconds for a project
with thousands of honorees. So both checks run as one job once the user pauses, in a helper
process (ui/helper.py), on a JSON snapshot of the project: a worker thread would hold the GIL
and stall the window for hundreds of milliseconds at a time, and a deep copy of a large project
alone costs ~50 ms. The window keeps following every keystroke meanwhile, and a result that an
edit has overtaken is dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recapdesk.model.checks import Finding, Severity
from recapdesk.model.paths import FieldPath, parse_path

# The findings only: the checker (css-inline, lxml) loads with the first check, after start-up.
from recapdesk.render.findings import Checks, ComplianceFinding
from recapdesk.ui import helper
from recapdesk.ui.document import ProjectDocument
from recapdesk.ui.field_names import field_label
from recapdesk.ui.i18n import fill, translate

PAUSE_MS = 400
# A project opened with the findings the last session listed for the same file: checked again
# this long after, at a low priority, as the window is showing the article by then.
VERIFY_MS = 5000
# Bytes of the project's JSON under which the check runs in the window's thread: ~6 ms per KB
# here (the example, 6 KB: 23 ms); above, in the helper process (ui/helper.py).
INLINE_BELOW = 8_000
FIELD_ROLE = Qt.ItemDataRole.UserRole
URL_ROLE = Qt.ItemDataRole.UserRole + 1  # the web picture a finding's fix downloads
SEVERITY, KIND, PROBLEM, FIELD, FIX = range(5)
# A long message (a privacy warning runs to ~80 characters) would push the field out of sight.
PROBLEM_WIDTH = 520
COLUMN_GAP = 16


class CompliancePanel(QDockWidget):
    findings_changed = Signal(int)  # how many findings there are now, of both kinds
    field_activated = Signal(str)  # the field path of the finding the user picked
    download_requested = Signal(list)  # the web pictures to download into the project

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checks"), parent)
        self.setObjectName("compliancePanel")
        self.setAccessibleName(self.tr("Checks"))
        self.toggleViewAction().setObjectName("action_toggleCompliancePanel")
        self.document = document
        self.checked = False  # a first result has come
        self.content: list[Finding] = []
        self.wechat: list[ComplianceFinding] = []
        self.draft: list[ComplianceFinding] = []  # the draft API's limits

        body = QWidget(self)
        body.setObjectName("complianceBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        self.summary = QLabel(body)
        self.summary.setObjectName("complianceSummary")
        self.summary.setAccessibleName(self.tr("Check summary"))
        self.list = QTreeWidget(body)
        self.list.setObjectName("complianceList")
        self.list.setAccessibleName(self.tr("Check findings"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [self.tr("Severity"), self.tr("Kind"), self.tr("Problem"), self.tr("Field"), ""]
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.setWidget(body)
        style = self.style()
        self._icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }

        self._job: helper.Pending[Checks] = helper.Pending(self, self._collect)
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

    @property
    def findings(self) -> list[Finding | ComplianceFinding]:
        """Every finding, as listed: the content's, then WeChat's, then the draft API's."""
        return [*self.content, *self.wechat, *self.draft]

    @property
    def current(self) -> bool:
        """True when the findings listed are those of the project as it is now (checked, and
        no edit since waiting for or in a check)."""
        return self.checked and not self._timer.isActive() and self._job.job is None

    def _schedule(self, _path: FieldPath = ()) -> None:
        self._timer.start(PAUSE_MS)

    def show_remembered(self, checks: Checks) -> None:
        """List the findings the last session listed for the project as it is on disk now;
        the project is checked again a few seconds on. Called after a reset."""
        self._show(checks)
        self._timer.start(VERIFY_MS)

    @property
    def checks(self) -> Checks | None:
        """The findings listed, as the check gave them (None before the first)."""
        return Checks(self.content, self.wechat, self.draft) if self.checked else None

    def refresh(self) -> None:
        """Check the project now, in this thread, and show the findings."""
        from recapdesk.helper_jobs import check_both

        self._timer.stop()
        self._again = self._job.job is not None  # a running check is out of date
        self._show(check_both(self.document.pipeline, self.document.pictures_folder()))

    def _start_check(self) -> None:
        from recapdesk.helper_jobs import check_json

        if self._job.job is not None:
            self._again = True
            return
        # Off the GUI thread, with a pipeline of its own (the window's is not for threads): a
        # small project in the window's worker thread, a large one in the helper process.
        project_json = self.document.project.model_dump_json()
        folder = str(self.document.pictures_folder() or "")
        self._job.start(helper.submit(check_json, project_json, folder, inline_below=INLINE_BELOW))

    def _collect(self, job: helper.Job[Checks]) -> None:
        if self._again:
            self._again = False
            self._start_check()
            return
        try:
            checks = job.get()
        except Exception as error:  # the check's own failure, re-raised here by the pool
            self.summary.setText(fill(self.tr("The check failed: %1"), error))
            return
        self._show(checks)

    def _show(self, checks: Checks) -> None:
        same = self.checked and (checks.content, checks.wechat, checks.draft) == (
            self.content,
            self.wechat,
            self.draft,
        )
        self.checked = True
        if same:  # as listed (a check after an edit that changed none): the list stays still
            self.findings_changed.emit(len(self.findings))
            return
        self.content, self.wechat, self.draft = checks.content, checks.wechat, checks.draft
        self.list.clear()
        self.list.addTopLevelItems(
            [self._content_item(finding) for finding in self.content]
            + [self._wechat_item(finding) for finding in self.wechat]
            + [self._draft_item(finding) for finding in self.draft]
        )
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            url = item.data(SEVERITY, URL_ROLE) if item is not None else None
            if item is not None and url:
                self.list.setItemWidget(item, FIX, self._download_button(url))
        for column in (SEVERITY, KIND, PROBLEM):
            # Fitted to the text, the columns run into each other ("警告内容读书笔记").
            self.list.resizeColumnToContents(column)
            width = self.list.columnWidth(column) + COLUMN_GAP
            self.list.setColumnWidth(column, min(width, PROBLEM_WIDTH))  # the tooltip has all
        if self.draft:  # named only when there is something: it matters only for publishing
            self.summary.setText(
                fill(
                    self.tr(
                        "Content: %1. WeChat: %2. WeChat draft: %3. Click a problem to go to"
                        " its field."
                    ),
                    self.count_text(f.severity for f in self.content),
                    self.count_text(f.severity for f in self.wechat),
                    self.count_text(f.severity for f in self.draft),
                )
            )
        elif self.content or self.wechat:
            self.summary.setText(
                fill(
                    self.tr("Content: %1. WeChat: %2. Click a problem to go to its field."),
                    self.count_text(f.severity for f in self.content),
                    self.count_text(f.severity for f in self.wechat),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "No problems: the content is complete and the WeChat copy meets the"
                    " platform's rules."
                )
            )
        self.findings_changed.emit(len(self.findings))

    def count_text(self, severities: Iterable[Severity]) -> str:
        """``2 errors, 9 warnings``, ``1 warning``, ``no problems``: in the UI language."""
        counted = Counter(severities)
        parts = []
        if counted[Severity.ERROR]:
            parts.append(self.tr("%n error(s)", "", counted[Severity.ERROR]))
        if counted[Severity.WARNING]:
            parts.append(self.tr("%n warning(s)", "", counted[Severity.WARNING]))
        if not parts:
            return self.tr("no problems")
        if len(parts) == 1:
            return parts[0]
        return fill(self.tr("%1, %2"), parts[0], parts[1])

    def _content_item(self, finding: Finding) -> QTreeWidgetItem:
        # The message is marked in model/checks.py (Qt-free): translated here.
        message = finding.text.translated(translate)
        return self._item(finding.severity, self.tr("Content"), message, finding.field, message)

    def _wechat_item(self, finding: ComplianceFinding) -> QTreeWidgetItem:
        # The rule's message is marked in render/compliance.py (Qt-free): translated here.
        message = finding.text.translated(translate)
        kind = fill(self.tr("WeChat: %1"), finding.rule)
        tip = f"{message}\n\n{finding.snippet}"
        item = self._item(finding.severity, kind, message, finding.field, tip)
        item.setData(SEVERITY, URL_ROLE, finding.url)
        return item

    def _draft_item(self, finding: ComplianceFinding) -> QTreeWidgetItem:
        # The limit's message is marked in publish/limits.py (Qt-free): translated here. Its
        # rule without the "draft-" every one of them starts with: "WeChat draft: title-length".
        message = finding.text.translated(translate)
        kind = fill(self.tr("WeChat draft: %1"), finding.rule.removeprefix("draft-"))
        tip = f"{message}\n\n{finding.snippet}" if finding.snippet else message
        return self._item(finding.severity, kind, message, finding.field, tip)

    def _item(
        self, severity: Severity, kind: str, message: str, field: str, tip: str
    ) -> QTreeWidgetItem:
        severity_text = self.tr("Error") if severity is Severity.ERROR else self.tr("Warning")
        # Named as the user knows the field (and as the undo menu does), not by its path.
        where = field_label(parse_path(field)) if field else self.tr("(article)")
        item = QTreeWidgetItem([severity_text, kind, message, where])
        item.setIcon(SEVERITY, self._icons[severity])
        item.setData(SEVERITY, FIELD_ROLE, field)
        for column in (SEVERITY, KIND, PROBLEM, FIELD):
            item.setToolTip(column, tip)
        return item

    def _download_button(self, url: str) -> QWidget:
        """The button in a row of its own width (a cell's widget is stretched to the cell)."""
        cell = QWidget(self.list)
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QToolButton(cell)
        button.setObjectName("complianceDownload")
        button.setText(self.tr("Download into the project"))
        button.setToolTip(url)
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(lambda: self.download_requested.emit([url]))
        layout.addWidget(button)
        layout.addStretch()
        return cell

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        url = item.data(SEVERITY, URL_ROLE) if item is not None else None
        if not url:
            return
        menu = QMenu(self.list)
        menu.addAction(
            self.tr("Download into the project"), lambda: self.download_requested.emit([url])
        )
        menu.exec(self.list.viewport().mapToGlobal(position))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        field = item.data(SEVERITY, FIELD_ROLE)
        if isinstance(field, str) and field:
            self.field_activated.emit(field)


class ComplianceStatus(QToolButton):
    """The status bar's count of the checks' errors and warnings; a click shows the panel."""

    def __init__(self, panel: CompliancePanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceStatus")
        self.setAccessibleName(self.tr("Checks"))
        self.setToolTip(self.tr("Show the checks panel"))
        self.setAutoRaise(True)
        self._panel = panel
        panel.findings_changed.connect(self._show_count)
        self.clicked.connect(self._show_panel)
        self._show_count()

    def _show_count(self, _count: int = 0) -> None:
        panel = self._panel
        if not panel.checked:  # not "no problems" before anything was checked
            self.setText(self.tr("Checking…"))
            return
        counted = panel.count_text(finding.severity for finding in panel.findings)
        self.setText(fill(self.tr("Checks: %1"), counted))

    def _show_panel(self) -> None:
        self._panel.show()
        self._panel.raise_()
