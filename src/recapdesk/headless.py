"""The headless commands: render, check, new, import, import-rows and publish (cli.py
dispatches here).

They never import Qt, so they run in CI without a display. A broken project file ends in a
one-line message on stderr and exit code 2, never a traceback.

``--help`` speaks the UI language (the Preferences choice, else the system's): only then is
QtCore loaded, to read that choice and the compiled translation; every other run writes the
help texts as they are, in English, without Qt. So do the reports: ``check`` prints its
findings (marked for translation, which the window shows in the UI language) and file errors
in English, as scripts and CI logs read them.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from recapdesk import __version__, pictures_command
from recapdesk.compose.checks import check_article
from recapdesk.exports import command as export_command
from recapdesk.i18n import QT_TRANSLATE_NOOP, Translate, as_written
from recapdesk.importers import commands as import_commands
from recapdesk.model import Language, Project
from recapdesk.model.checks import Severity
from recapdesk.pipeline import ArticlePipeline
from recapdesk.publish import command as publish_command
from recapdesk.resources import example_names, example_path
from recapdesk.store import NotAProjectError, ProjectFileError, load, save

EXIT_OK, EXIT_WARNINGS, EXIT_ERRORS = 0, 1, 2

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
    "  recapdesk new --example k8s-source-study-phase1 -o demo.recap.toml\n",
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


def _parser(translate: Translate = as_written) -> argparse.ArgumentParser:
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
    new.add_argument("-o", "--output", type=Path, required=True)
    new.add_argument(
        "--example",
        choices=example_names(),
        help=translate("Cli", "start from a bundled example"),
    )
    new.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        default="zh",
        help=translate("Cli", "article language of an empty project (default zh)"),
    )
    new.add_argument(
        "--force", action="store_true", help=translate("Cli", "overwrite an existing file")
    )
    import_commands.add_commands(commands, translate)
    publish_command.add_command(commands, translate)
    export_command.add_command(commands, translate)  # Qt only when a kind that needs it runs
    pictures_command.add_command(commands, translate)
    return parser


def _wants_help(argv: Sequence[str]) -> bool:
    return any(arg in ("-h", "--help") for arg in argv)


@contextmanager
def _argparse_words(translate: Translate) -> Iterator[None]:
    """argparse's own words ("usage:", "options") through ``translate`` meanwhile. argparse
    looks them up through its module's gettext function ``_`` at the time it needs them."""
    original = getattr(argparse, "_")  # noqa: B009 (not a public name; checked by a test)
    setattr(argparse, "_", lambda text: translate(ARGPARSE_CONTEXT, text))  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", original)  # noqa: B010


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from recapdesk.store.atomic import atomic_write

    try:
        atomic_write(output, text.encode("utf-8"))
    except OSError as error:  # name the file the user asked for, not the temporary file
        raise OSError(error.errno, error.strerror, str(output)) from None


def _render(args: argparse.Namespace) -> int:
    pipeline = ArticlePipeline(load(args.project))
    if args.to == "html":
        text = pipeline.page()
    elif args.to == "wechat":
        folder = args.project.parent
        # The pictures embedded exactly as Copy for WeChat embeds them.
        text = pipeline.wechat_html(pangu=args.pangu, base_dir=folder, pictures_from=folder) + "\n"
    else:
        text = pipeline.markdown()
    if args.with_images:
        return _render_with_images(args, text)
    _write_output(text, args.output)
    return EXIT_OK


def _render_with_images(args: argparse.Namespace, markdown: str) -> int:
    """``--with-images``: the Markdown and the pictures it uses, as one folder."""
    if args.to != "md" or args.output is None:
        print("recapdesk: --with-images needs --to md and -o DIR/article.md", file=sys.stderr)
        return EXIT_ERRORS
    from recapdesk.pipeline.markdown_folder import write_markdown_folder

    written = write_markdown_folder(markdown, args.project.parent, args.output)
    for reference, reason in written.missing.items():
        print(f"recapdesk: {args.project}: {reference}: {reason}", file=sys.stderr)
    print(f"wrote {args.output} and {len(written.pictures)} pictures")
    return EXIT_ERRORS if written.missing else EXIT_OK


def _report(error: ProjectFileError) -> None:
    print(f"recapdesk: {error}", file=sys.stderr)
    if isinstance(error, NotAProjectError) and error.markdown:
        print(f"recapdesk: {error.hint}", file=sys.stderr)


def _check(args: argparse.Namespace) -> int:
    """Each project in turn; a file that cannot be read is reported and the rest still
    checked. The exit code is the worst of them."""
    worst = EXIT_OK
    for path in args.projects:
        try:
            code = _check_one(argparse.Namespace(**{**vars(args), "project": path}))
        except ProjectFileError as error:
            _report(error)
            code = EXIT_ERRORS
        worst = max(worst, code)
    if args.fail_on == "errors" and worst == EXIT_WARNINGS:
        return EXIT_OK
    return worst


def _check_one(args: argparse.Namespace) -> int:
    if args.wechat:
        return _check_wechat(args)
    findings = check_article(load(args.project))
    for finding in findings:
        print(f"{args.project}: {finding.field}: {finding.severity.value}: {finding.message}")
    if any(f.severity is Severity.ERROR for f in findings):
        return EXIT_ERRORS
    return EXIT_WARNINGS if findings else EXIT_OK


def _check_wechat(args: argparse.Namespace) -> int:
    project = load(args.project)
    # The same input the window's Checks panel gives the check, pictures read beside the file.
    html = ArticlePipeline(project).wechat_html(base_dir=args.project.parent)
    # WeChat's draft API limits too (title, author, digest, content size): what a publish
    # would be refused for, before anything is sent.
    # The project's own pictures as the copy embeds them (pipeline/picture_checks.py).
    from recapdesk.pipeline.picture_checks import check_wechat_pictures
    from recapdesk.publish.limits import check_draft

    findings = check_wechat_pictures(project, html, args.project.parent) + check_draft(
        project, html
    )
    for finding in findings:
        where = finding.field or "article"
        print(
            f"{args.project}: {where}: {finding.severity.value}: {finding.rule}: "
            f"{finding.message}\n    {finding.snippet}"
        )
    if any(f.severity is Severity.ERROR for f in findings):
        return EXIT_ERRORS
    return EXIT_WARNINGS if findings else EXIT_OK


def _new(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        print(
            f"recapdesk: {args.output}: already exists (use --force to overwrite)", file=sys.stderr
        )
        return EXIT_ERRORS
    if args.example:
        project = load(example_path(args.example))
    else:
        project = Project()
        project.article.language = Language(args.language)
    save(project, args.output)
    print(f"wrote {args.output}")
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "render": _render,
    "check": _check,
    "new": _new,
    **import_commands.HANDLERS,
    **publish_command.HANDLERS,
    **export_command.HANDLERS,
    **pictures_command.HANDLERS,
}


def run(argv: Sequence[str], help_language: Callable[[], Translate] = lambda: as_written) -> int:
    """Run the headless command ``argv`` names (or print the help); the exit code.
    ``help_language`` gives the help's ``translate``, called only when help is asked for: the
    command line passes the UI's (which reads the translation with QtCore), so the core itself
    never imports Qt."""
    if _wants_help(argv):
        translate = help_language()
        with _argparse_words(translate):
            _parser(translate).parse_args(argv)  # prints the help and exits
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return HANDLERS[args.command](args)
    except ProjectFileError as error:
        _report(error)
        return EXIT_ERRORS
    except OSError as error:
        print(f"recapdesk: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERRORS
