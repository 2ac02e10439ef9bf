"""File > Publish to WeChat Drafts…: plan, ask, send, report.

1. In a worker thread (publish_worker.py): the draft's plan (the WeChat HTML, the pictures
   read and checked, WeChat's limits) and the account, from a copy of the project: editing
   goes on meanwhile without changing what is sent.
2. Limit errors stop here, named with their fields; the first field is shown. Otherwise the
   confirmation (dialogs/publish_dialog.py) shows what will be sent.
3. In a worker thread again: ``publish_project`` with the progress dialog's Cancel as its
   ``cancel``. The core asks it before every request and keeps what was uploaded, so a
   cancelled or failed publish goes on where it stopped the next time, without a second draft.
4. The draft's media_id and where to find it, or the core's message, translated.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from recapdesk.i18n import Message
from recapdesk.model import Project
from recapdesk.publish.credentials import Credentials, load_credentials
from recapdesk.publish.errors import PublishCancelledError, PublishError
from recapdesk.publish.redact import redact
from recapdesk.publish.state import PublishState
from recapdesk.ui.dialogs.publish_dialog import PublishProgressDialog, PublishSummary
from recapdesk.ui.i18n import fill, translate
from recapdesk.ui.window.publish_worker import PublishJob

# The publishing flow (HTTP client, picture and cover preparation, the draft's limits) is
# imported in the worker thread that first runs it: a window that never publishes never loads it.
if TYPE_CHECKING:
    from recapdesk.publish.flow import DraftPlan, PublishResult
    from recapdesk.ui.dialogs.dialogs import Dialogs
    from recapdesk.ui.document import ProjectDocument


@dataclass(frozen=True)
class Prepared:
    """What step 1 found: the plan, the account and the project's draft in it."""

    project: Project
    path: Path
    plan: DraftPlan
    credentials: Credentials
    draft_media_id: str
    cover_uploaded: bool  # by an earlier publish: the run sends one request fewer


def _prepare(project: Project, path: Path, job: PublishJob) -> Prepared:
    from recapdesk.publish.flow import plan_draft

    plan = plan_draft(project, path)
    credentials = load_credentials(os.environ)
    state = PublishState()
    draft = state.project(path).drafts.get(credentials.appid, "")
    cover_uploaded = plan.cover.picture.sha256 in state.account(credentials.appid).covers
    return Prepared(project, path, plan, credentials, draft, cover_uploaded)


def summary_of(prepared: Prepared) -> PublishSummary:
    plan, fields = prepared.plan, prepared.plan.fields
    api_address = os.environ.get("RECAPDESK_WECHAT_API_BASE", "").strip()
    return PublishSummary(
        title=fields["title"],
        author=fields["author"],
        digest=fields["digest"],
        cover_source=plan.cover.src[:120],
        cover_data=plan.cover.picture.data,
        pictures=len({p.picture.sha256 for p in plan.pictures}),
        appid=prepared.credentials.appid,
        from_environment=prepared.credentials.source == "environment",
        draft_media_id=prepared.draft_media_id,
        api_address=api_address,
    )


def message_text(message: str | Message) -> str:
    return message.translated(translate) if isinstance(message, Message) else message


class PublishCommands(QObject):
    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        parent: QWidget,
        show_status: Callable[[str], None],
        select_field: Callable[[str], bool],
        save: Callable[[], bool],
    ) -> None:
        """``parent``: the window the progress dialog belongs to; ``select_field`` shows the
        field of a limit error; ``save``: File > Save (an untitled project is saved first)."""
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._parent = parent
        self._show_status = show_status
        self._select_field = select_field
        self._save = save
        self.job: PublishJob | None = None
        self.progress: PublishProgressDialog | None = None
        self._warnings: list[str] = []
        self._not_pictures = 2

    def title(self) -> str:
        return translate("PublishCommands", "Publish to WeChat Drafts")

    @property
    def busy(self) -> bool:
        return self.job is not None

    def publish(self) -> None:
        """File > Publish to WeChat Drafts…"""
        if self.busy:
            return
        if self._document.path is None:
            self._show_status(
                translate(
                    "PublishCommands", "Save the project first: its pictures are read beside it"
                )
            )
            if not self._save() or self._document.path is None:
                return
        project = self._document.project.model_copy(deep=True)
        path = self._document.path
        self.progress = PublishProgressDialog(self._parent)
        self.progress.show()
        self._run(lambda job: _prepare(project, path, job), self._prepared)

    # -- the steps -----------------------------------------------------------------------------

    def _run(self, work: Callable[[PublishJob], object], then: Callable[[object], None]) -> None:
        job = PublishJob(work)
        job.progressed.connect(self._progressed)
        job.warned.connect(self._warned)
        job.succeeded.connect(then)
        job.failed.connect(self._failed)
        if self.progress is not None:
            # Direct: the job lives in its busy worker thread, where a queued call would wait
            # for the work to end. cancel() only sets a threading.Event.
            self.progress.cancel_requested.connect(job.cancel, Qt.ConnectionType.DirectConnection)
        self.job = job
        job.start()

    def _finish_job(self) -> None:
        if self.job is not None:
            # Its thread has ended (or ends now): the job and the thread go with the reference.
            self.job.wait()
            self.job = None

    @Slot(object)
    def _prepared(self, result: object) -> None:
        assert isinstance(result, Prepared)
        cancelled = self.job is not None and self.job.cancelled()
        self._finish_job()
        self._close_progress()
        if cancelled:
            self._show_status(
                translate("PublishCommands", "Publishing was cancelled; nothing was sent")
            )
            return
        errors = result.plan.errors()
        if errors:
            article = translate("PublishCommands", "article")
            lines = [f"• {f.field or article}: {message_text(f.text)}" for f in errors]
            self._dialogs.error(
                self.title(),
                translate(
                    "PublishCommands", "WeChat would refuse this draft. Fix these fields first:"
                )
                + "\n\n"
                + "\n".join(lines),
            )
            if errors[0].field:
                self._select_field(errors[0].field)
            return
        choice = self._dialogs.confirm_publish(summary_of(result))
        if choice is None:
            return
        self.progress = PublishProgressDialog(self._parent)
        self.progress.show()
        self._warnings = []
        # The core counts requests (pictures, the cover, the draft); the label counts pictures.
        self._not_pictures = 1 if result.cover_uploaded else 2

        def work(job: PublishJob) -> PublishResult:
            from recapdesk.publish.session import publish_project

            return publish_project(
                result.project,
                result.path,
                new=choice.new_draft,
                plan=result.plan,
                credentials=result.credentials,
                progress=job.report,
                cancel=job.cancelled,
                warn=job.warn,
            )

        self._run(work, self._published)

    @Slot(object)
    def _progressed(self, event: object) -> None:
        from recapdesk.publish.flow import ProgressEvent, Step

        if self.progress is None or not isinstance(event, ProgressEvent):
            return
        if event.step is Step.PICTURE:
            text = fill(
                translate("PublishCommands", "Uploading picture %1 of %2…"),
                event.n,
                event.m - self._not_pictures,
            )
        elif event.step is Step.COVER:
            text = translate("PublishCommands", "Uploading the cover…")
        else:
            text = translate("PublishCommands", "Saving the draft…")
        self.progress.show_step(text, event.n, event.m)

    @Slot(object)
    def _warned(self, message: object) -> None:
        if isinstance(message, Message):
            self._warnings.append(message_text(message))

    @Slot(object)
    def _published(self, result: object) -> None:
        from recapdesk.publish.flow import PublishResult

        assert isinstance(result, PublishResult)
        self._finish_job()
        self._close_progress()
        if result.updated:
            status = fill(
                translate("PublishCommands", "Draft %1 updated in the WeChat draft box"),
                result.media_id,
            )
        else:
            status = fill(
                translate("PublishCommands", "Draft %1 added to the WeChat draft box"),
                result.media_id,
            )
        self._show_status(status)
        self._dialogs.show_published(result.media_id, result.updated, self._warnings)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish_job()
        self._close_progress()
        if isinstance(error, PublishCancelledError):
            self._show_status(message_text(error.message))
            return
        if isinstance(error, PublishError):
            text = message_text(error.message)
        else:  # a defect, not WeChat: said as it is, without any secret
            text = fill(
                translate("PublishCommands", "Publishing failed: %1"),
                redact(str(error)) or type(error).__name__,
            )
        self._show_status(translate("PublishCommands", "Publishing failed"))
        self._dialogs.error(self.title(), text)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def shutdown(self) -> None:
        """The window closes: stop after the current request, and wait for the thread."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
