"""``recapdesk fetch-images PROJECT [--all]`` (Qt-free): the project's web pictures on hosts
WeChat cannot re-host (``--all``: every web picture) downloaded into ``NAME.assets/`` and the
references rewritten, the project saved (its previous version kept as ``.bak``).

Prints one line per picture; exit 0 when all came, 2 when one could not be fetched (the rest
are still stored and rewritten).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from recapdesk.i18n import Translate, as_written

EXIT_OK, EXIT_ERRORS = 0, 2


def add_command(commands: Any, translate: Translate = as_written) -> None:
    """Add ``fetch-images`` to the ``recapdesk`` argument parser."""
    fetch = commands.add_parser(
        "fetch-images",
        help=translate("Cli", "download the web pictures WeChat cannot re-host into the project"),
    )
    fetch.add_argument("project", type=Path, help=translate("Cli", "a .recap.toml project file"))
    fetch.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "download every web picture, not only those WeChat fails on"),
    )


def _fetch_images(args: argparse.Namespace) -> int:
    from recapdesk.render.compliance import fails_wechat_reupload
    from recapdesk.store import load, save
    from recapdesk.store.assets import AssetsFolder
    from recapdesk.store.assets.fetch import fetch_pictures, picture_urls, rewrite_pictures

    project = load(args.project)
    urls = [url for url in picture_urls(project) if args.all or fails_wechat_reupload(url)]
    if not urls:
        print(f"{args.project}: no web pictures to download")
        return EXIT_OK
    fetched = fetch_pictures(AssetsFolder(args.project), urls)
    for url, reference in fetched.stored.items():
        print(f"{url} -> {reference}")
    for url, reason in fetched.failed.items():
        print(f"recapdesk: {args.project}: {url}: {reason}", file=sys.stderr)
    if fetched.stored:
        rewrite_pictures(project, fetched.stored)
        save(project, args.project)
    return EXIT_ERRORS if fetched.failed else EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"fetch-images": _fetch_images}
