"""Publish a project to the WeChat Official Account's draft box through the official API
(Qt-free). The command line (command.py) and the window drive the same functions:

    plan = plan_draft(project, path)                        # no network (--dry-run)
    result = publish_project(project, path, plan=plan, progress=..., cancel=...)
    result.media_id

Credentials come from the keyring or the environment, never from a file; the access token is
kept in memory; secrets are redacted from every message and log line (redact.py).
"""

# The names below load their module on first use: the command line imports this package for
# every command, and only publishing needs httpx.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recapdesk.publish.api import DEFAULT_BASE, RetryPolicy, WeChatApi, api_base
    from recapdesk.publish.credentials import (
        Credentials,
        current_appid,
        forget_credentials,
        load_credentials,
        store_credentials,
    )
    from recapdesk.publish.errors import PublishCancelledError, PublishError
    from recapdesk.publish.flow import (
        DraftPlan,
        ProgressEvent,
        PublishResult,
        Step,
        dry_run_document,
        plan_draft,
        publish_draft,
        rendered_wechat_html,
    )
    from recapdesk.publish.limits import check_draft
    from recapdesk.publish.pictures import Picture, PreparePicture, prepare_as_is
    from recapdesk.publish.redact import redact
    from recapdesk.publish.session import publish_project
    from recapdesk.publish.state import PublishState, default_state_folder

_MODULES = {
    "Credentials": "recapdesk.publish.credentials",
    "DEFAULT_BASE": "recapdesk.publish.api",
    "DraftPlan": "recapdesk.publish.flow",
    "Picture": "recapdesk.publish.pictures",
    "PreparePicture": "recapdesk.publish.pictures",
    "ProgressEvent": "recapdesk.publish.flow",
    "PublishCancelledError": "recapdesk.publish.errors",
    "PublishError": "recapdesk.publish.errors",
    "PublishResult": "recapdesk.publish.flow",
    "PublishState": "recapdesk.publish.state",
    "publish_project": "recapdesk.publish.session",
    "RetryPolicy": "recapdesk.publish.api",
    "Step": "recapdesk.publish.flow",
    "WeChatApi": "recapdesk.publish.api",
    "api_base": "recapdesk.publish.api",
    "check_draft": "recapdesk.publish.limits",
    "current_appid": "recapdesk.publish.credentials",
    "default_state_folder": "recapdesk.publish.state",
    "dry_run_document": "recapdesk.publish.flow",
    "forget_credentials": "recapdesk.publish.credentials",
    "load_credentials": "recapdesk.publish.credentials",
    "plan_draft": "recapdesk.publish.flow",
    "prepare_as_is": "recapdesk.publish.pictures",
    "publish_draft": "recapdesk.publish.flow",
    "redact": "recapdesk.publish.redact",
    "rendered_wechat_html": "recapdesk.publish.flow",
    "store_credentials": "recapdesk.publish.credentials",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "DEFAULT_BASE",
    "Credentials",
    "DraftPlan",
    "Picture",
    "PreparePicture",
    "ProgressEvent",
    "PublishCancelledError",
    "PublishError",
    "PublishResult",
    "PublishState",
    "RetryPolicy",
    "Step",
    "WeChatApi",
    "api_base",
    "check_draft",
    "current_appid",
    "default_state_folder",
    "dry_run_document",
    "forget_credentials",
    "load_credentials",
    "plan_draft",
    "prepare_as_is",
    "publish_draft",
    "publish_project",
    "redact",
    "rendered_wechat_html",
    "store_credentials",
]
