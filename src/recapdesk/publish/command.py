"""``recapdesk publish PROJECT [--dry-run] [--new] [-o FILE]`` (Qt-free).

Prints the draft's media_id on stdout and exits 0, or one line on stderr and exits 2. With
``--dry-run`` it writes what would be sent (JSON: the draft's fields, the content with
placeholder picture URLs, the pictures and the cover) and makes no network call at all: not
even the credentials are read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recapdesk.i18n import Translate, as_written

EXIT_OK, EXIT_ERRORS = 0, 2


def add_command(commands: Any, translate: Translate = as_written) -> None:
    """Add ``publish`` to the ``recapdesk`` argument parser."""
    publish = commands.add_parser(
        "publish",
        help=translate(
            "Cli", "create or update the article's draft in the WeChat Official Account"
        ),
    )
    publish.add_argument("project", type=Path, help=translate("Cli", "a .recap.toml project file"))
    publish.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "write what would be sent, without any network call"),
    )
    publish.add_argument(
        "--new",
        action="store_true",
        help=translate("Cli", "add a new draft even if this project has one already"),
    )
    publish.add_argument(
        "-o",
        "--output",
        type=Path,
        help=translate("Cli", "--dry-run: write here instead of stdout"),
    )


def _fail(text: str) -> int:
    print(f"recapdesk: {text}", file=sys.stderr)
    return EXIT_ERRORS


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from recapdesk.store.atomic import atomic_write

    try:
        atomic_write(output, text.encode("utf-8"))
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(output)) from None


def _publish(args: argparse.Namespace) -> int:
    from recapdesk.publish.errors import PublishError
    from recapdesk.publish.flow import dry_run_document, plan_draft
    from recapdesk.publish.pictures import prepare_for_wechat
    from recapdesk.publish.redact import redact
    from recapdesk.publish.session import publish_project
    from recapdesk.publish.state import PublishState
    from recapdesk.store import load

    project = load(args.project)
    try:
        # Pictures prepared as the WeChat copy embeds them (render/pictures).
        plan = plan_draft(project, args.project, prepare=prepare_for_wechat)
        if args.dry_run:
            drafts = PublishState().project(args.project).drafts
            document = dry_run_document(plan, "" if args.new else drafts.get(_appid(), ""))
            _write(json.dumps(document, ensure_ascii=False, indent=2) + "\n", args.output)
            return EXIT_OK
        if plan.errors():
            first = plan.errors()[0]
            return _fail(f"{args.project}: {first.field or 'article'}: {first.message}")
        result = publish_project(
            project,
            args.project,
            new=args.new,
            plan=plan,
            warn=lambda warning: print(f"recapdesk: {warning}", file=sys.stderr),
        )
    except PublishError as error:
        return _fail(redact(f"{args.project}: {error}"))
    print(result.media_id)
    return EXIT_OK


def _appid() -> str:
    """The AppID a dry run would publish with, from the environment only: a dry run reads no
    keyring (it may prompt to unlock) and sends nothing."""
    from recapdesk.publish.credentials import APPID_ENV

    return os.environ.get(APPID_ENV, "").strip()


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"publish": _publish}
