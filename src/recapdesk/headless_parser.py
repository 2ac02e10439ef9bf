"""The headless commands' argparse parser (headless.py runs it): the commands, their
options and help texts, which a help run shows in the UI language, argparse's own words too.
Without Qt: ``translate`` comes from the caller.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from recapdesk import __version__, pictures_command
from recapdesk.exports import command as export_command
from recapdesk.i18n import QT_TRANSLATE_NOOP, Translate, as_written
from recapdesk.importers import commands as import_commands
from recapdesk.model import Language
from recapdesk.publish import command as publish_command
from recapdesk.resources import example_names

EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "examples:\n"
    "  recapdesk                                   open the window (last project or a start page)\n"
    "  recapdesk phase1.recap.toml                 open a project in the window\n"
    "  recapdesk render phase1.recap.toml          print the article's Markdown\n"
    "  recapdesk render phase1.recap.toml --to html -o phase1.html\n"
    "  recapdesk render phase1.recap.toml --to wechat   HTML to paste into the WeChat editor\n"
    "  recapdesk check phase1.recap.toml           list placeholders and problems (exit 0/1/2)\n"
    "  recapdesk check phase1.recap.toml --wechat  list what breaks the rules of WeChat articles\n"
    "  recapdesk new -o phase2.recap.toml          start an empty project\n"
    "  recapdesk new --example k8s-source-study-phase1 -o demo.recap.toml\n"
    "  recapdesk new --template meetup --language en -o meetup.recap.toml\n",
)

# argparse's own words in a help text, looked up by argparse under these English texts.
ARGPARSE_CONTEXT = "argparse"
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Wraps help texts by the columns they take, so Chinese lines fit the terminal too; a
    line may break between two Chinese characters, and between words as always."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        pieces = re.findall(r"[\u2e80-\uffef]|[^\s\u2e80-\uffef]+|\s+", " ".join(text.split()))
        lines: list[str] = []
        line = ""
        for piece in pieces:
            if line and _width(line + piece.rstrip()) > width:
                lines.append(line.rstrip())
                line = "" if piece.isspace() else piece
            else:
                line += piece
        if line.strip():
            lines.append(line.rstrip())
        return lines


class _Parser(argparse.ArgumentParser):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(**kwargs)


def build_parser(translate: Translate = as_written) -> argparse.ArgumentParser:
    """The command line; ``translate(context, text)`` gives its texts in the UI language."""
    parser = _Parser(
        prog="recapdesk",
        description=translate("Cli", "Write the recap article of a community program phase."),
        epilog=translate("Cli", EPILOG)
        + translate("Cli", import_commands.EPILOG_LINES)
        + translate("Cli", export_command.EPILOG_LINES),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"recapdesk {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    render = commands.add_parser("render", help=translate("Cli", "print or write the article"))
    render.add_argument("project", type=Path, help=translate("Cli", "a .recap.toml project file"))
    render.add_argument(
        "--to",
        choices=("md", "html", "wechat"),
        default="md",
        help=translate(
            "Cli",
            "md: Markdown (default); html: a standalone HTML page; "
            "wechat: the HTML fragment for the WeChat editor",
        ),
    )
    render.add_argument(
        "--pangu",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "Cli",
            "--to wechat: space Chinese from Latin letters and digits (default: on for zh)",
        ),
    )
    render.add_argument(
        "-o", "--output", type=Path, help=translate("Cli", "write here instead of stdout")
    )
    render.add_argument(
        "--with-images",
        action="store_true",
        help=translate(
            "Cli",
            "--to md -o DIR/article.md: copy the pictures the article uses into DIR too",
        ),
    )

    check = commands.add_parser(
        "check",
        help=translate("Cli", "list problems: exit 0 clean, 1 warnings only, 2 errors"),
    )
    # Several at once: pre-commit passes every staged *.recap.toml to one run.
    check.add_argument("projects", type=Path, nargs="+", metavar="PROJECT")
    check.add_argument(
        "--errors-only",
        dest="fail_on",
        action="store_const",
        const="errors",
        default="warnings",
        help=translate("Cli", "exit 0 when there are warnings only (they are still listed)"),
    )
    check.add_argument(
        "--strict",
        dest="fail_on",
        action="store_const",
        const="warnings",
        help=translate("Cli", "exit 1 for warnings (the default; overrides --errors-only)"),
    )
    check.add_argument(
        "--wechat",
        action="store_true",
        help=translate(
            "Cli", "check the WeChat HTML against the platform's rules instead of the content"
        ),
    )

    new = commands.add_parser("new", help=translate("Cli", "write a new project file"))
    # Not required by argparse: --list-templates writes nothing (headless.py asks for it).
    new.add_argument("-o", "--output", type=Path)
    start = new.add_mutually_exclusive_group()
    start.add_argument(
        "--example",
        choices=example_names(),
        help=translate("Cli", "start from a bundled example"),
    )
    start.add_argument(
        "--template",
        metavar="NAME",
        help=translate("Cli", "start from a template (--list-templates shows their names)"),
    )
    start.add_argument(
        "--list-templates",
        action="store_true",
        help=translate("Cli", "print each template's name and description, one per line"),
    )
    new.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help=translate(
            "Cli",
            "article language: of an empty project (default zh), of a template (default: "
            "the interface language's)",
        ),
    )
    new.add_argument(
        "--force", action="store_true", help=translate("Cli", "overwrite an existing file")
    )
    import_commands.add_commands(commands, translate)
    publish_command.add_command(commands, translate)
    export_command.add_command(commands, translate)  # Qt only when a kind that needs it runs
    pictures_command.add_command(commands, translate)
    return parser


def wants_help(argv: Sequence[str]) -> bool:
    return any(arg in ("-h", "--help") for arg in argv)


@contextmanager
def argparse_words(translate: Translate) -> Iterator[None]:
    """argparse's own words ("usage:", "options") through ``translate`` meanwhile. argparse
    looks them up through its module's gettext function ``_`` at the time it needs them."""
    original = getattr(argparse, "_")  # noqa: B009 (not a public name; checked by a test)
    setattr(argparse, "_", lambda text: translate(ARGPARSE_CONTEXT, text))  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", original)  # noqa: B010
