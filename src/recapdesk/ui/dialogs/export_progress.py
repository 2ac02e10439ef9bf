"""The progress of an export that lays the article out: "Rendering part 2 of 4…", a bar, and
Cancel, which sets the export's CancelFlag.

The exports run on the GUI thread (QtWebEngine's objects live there) and spin a local event
loop while Chromium works, so this dialog, window-modal, keeps painting and its Cancel button
keeps working; the export looks at the flag every 20 ms and stops before anything is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from recapdesk.exports import CancelFlag
from recapdesk.ui.i18n import fill


class ExportProgress(QProgressDialog):
    def __init__(self, title: str, cancel: CancelFlag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setLabelText(self.tr("Laying out the article…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)  # busy until the export counts its steps
        # Shown at once (not after QProgressDialog's 4 s): starting Chromium alone takes a
        # second, and a click that shows nothing gets clicked again.
        self.setMinimumDuration(0)
        # Left open at the last step: the command closes it once the files are written.
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumWidth(360)
        self._cancel = cancel
        self.canceled.connect(cancel.cancel)

    def report(self, done: int, total: int) -> None:
        """The export's ``progress(done, total)``: the step under way is ``done + 1``."""
        if self._cancel.cancelled:  # hidden by Cancel: not shown again by a late step
            return
        self.setLabelText(fill(self.tr("Rendering part %1 of %2…"), min(done + 1, total), total))
        self.setMaximum(total)
        self.setValue(done)  # window-modal: this also lets the window repaint

    def reject(self) -> None:
        """Esc and the title bar's close button cancel the export, as the button does."""
        self.canceled.emit()
        super().reject()
