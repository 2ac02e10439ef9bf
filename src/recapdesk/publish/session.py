"""One publish, from a project to its draft's media_id: the entry point of the command line
and of the window's worker thread (Qt-free).

The worker calls :func:`publish_project` with a ``progress`` callback (post each event to the
GUI thread) and a ``cancel`` callable (a ``threading.Event``'s ``is_set``), asked before every
request, including a rate limit's retries. It raises :class:`~errors.PublishError` (its
``message`` is translated where it is shown) or :class:`~errors.PublishCancelledError`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import httpx

from recapdesk.i18n import Message
from recapdesk.model import Project
from recapdesk.publish.api import WeChatApi, api_base
from recapdesk.publish.credentials import Credentials, load_credentials
from recapdesk.publish.errors import PublishError
from recapdesk.publish.flow import (
    DraftPlan,
    Progress,
    ProgressEvent,
    PublishResult,
    WechatHtml,
    plan_draft,
    publish_draft,
    rendered_wechat_html,
)
from recapdesk.publish.pictures import PreparePicture, prepare_as_is
from recapdesk.publish.state import PublishState


def _ignore(event: ProgressEvent) -> None:
    pass


def _never() -> bool:
    return False


def _silent(message: Message) -> None:
    pass


def publish_project(
    project: Project,
    project_path: Path,
    *,
    new: bool = False,
    progress: Progress = _ignore,
    cancel: Callable[[], bool] = _never,
    warn: Callable[[Message], None] = _silent,
    plan: DraftPlan | None = None,
    wechat_html: WechatHtml = rendered_wechat_html,
    prepare: PreparePicture = prepare_as_is,
    credentials: Credentials | None = None,
    state: PublishState | None = None,
    environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> PublishResult:
    """Publish ``project`` (saved at ``project_path``: its pictures are read beside it) to
    the draft box; the draft's media_id in the result. ``warn`` hears of an overridden API
    address. Everything but the project has a default: the environment's or the keyring's
    account, the user's state folder, WeChat's address."""
    environ = os.environ if environ is None else environ
    if plan is None:
        plan = plan_draft(project, project_path, wechat_html=wechat_html, prepare=prepare)
    if plan.errors():
        first = plan.errors()[0]
        raise PublishError(first.text)
    base_url, warning = api_base(environ)
    if warning is not None:
        warn(warning)
    credentials = credentials if credentials is not None else load_credentials(environ)
    state = state if state is not None else PublishState()
    with WeChatApi(
        credentials, base_url=base_url, transport=transport, sleep=sleep, cancel=cancel
    ) as api:
        return publish_draft(
            plan, project_path, api, state, new=new, progress=progress, cancel=cancel
        )
