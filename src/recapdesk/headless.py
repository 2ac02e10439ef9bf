"""The headless commands: render, check, new, import, import-rows and publish (cli.py
dispatches here).

They never import Qt, so they run in CI without a display. A broken project file ends in a
one-line message on stderr and exit code 2, never a traceback.

``--help`` speaks the UI language (the Preferences choice, else the system's): only then is
QtCore loaded, to read that choice and the compiled translation; every other run writes the
help texts as they are, in English, without Qt. ``new --list-templates`` (the templates'
descriptions) and ``new --template`` without ``--language`` (the article language suits the
interface's) ask the same way. So do the reports: ``check`` prints its
findings (marked for translation, which the window shows in the UI language) and file errors
in English, as scripts and CI logs read them. The parser is built in headless_parser.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from recapdesk import pictures_command
from recapdesk.compose.checks import check_article
from recapdesk.exports import command as export_command
from recapdesk.headless_parser import argparse_words, build_parser, wants_help
from recapdesk.i18n import Translate, as_written, environment_ui_language
from recapdesk.importers import commands as import_commands
from recapdesk.model import Language, Project
from recapdesk.model.checks import Severity
from recapdesk.pipeline import ArticlePipeline
from recapdesk.publish import command as publish_command
from recapdesk.resources import example_path
from recapdesk.store import NotAProjectError, ProjectFileError, load, save
from recapdesk.templates import CONTEXT as TEMPLATES_CONTEXT
from recapdesk.templates import (
    TEMPLATES,
    UnknownTemplateError,
    article_language_for,
    find_template,
    load_template,
)

EXIT_OK, EXIT_WARNINGS, EXIT_ERRORS = 0, 1, 2


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
    if args.list_templates:
        translate: Translate = args.help_language()
        for template in TEMPLATES:
            print(f"{template.name}\t{translate(TEMPLATES_CONTEXT, template.description)}")
        return EXIT_OK
    if args.output is None:
        print(
            "recapdesk new: error: the following arguments are required: -o/--output",
            file=sys.stderr,
        )
        return EXIT_ERRORS
    if args.template:
        try:
            find_template(args.template)
        except UnknownTemplateError as error:
            print(f"recapdesk: {error}", file=sys.stderr)
            return EXIT_ERRORS
    if args.output.exists() and not args.force:
        print(
            f"recapdesk: {args.output}: already exists (use --force to overwrite)", file=sys.stderr
        )
        return EXIT_ERRORS
    if args.example:
        from recapdesk.store.assets import AssetError, AssetsFolder, carry_pictures

        source = example_path(args.example)
        project = load(source)
        try:  # its pictures first, into OUTPUT's assets folder: the file then refers to them
            carry_pictures(project, AssetsFolder(source), AssetsFolder(args.output))
        except AssetError as error:
            print(f"recapdesk: {args.output}: {error}", file=sys.stderr)
            return EXIT_ERRORS
    elif args.template:
        # A template comes in the article language asked for, else in the interface's.
        language = Language(args.language or article_language_for(args.ui_language()))
        project = load_template(args.template, language)
    else:
        project = Project()
        project.article.language = Language(args.language or Language.ZH)
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


def run(
    argv: Sequence[str],
    help_language: Callable[[], Translate] = lambda: as_written,
    ui_language: Callable[[], str] = environment_ui_language,
) -> int:
    """Run the headless command ``argv`` names (or print the help); the exit code.
    ``help_language`` gives the help's ``translate``, called only when help (or the list of
    templates) is asked for; ``ui_language`` the UI language, called only when a template's
    language is not given. The command line passes the UI's (which read the preference and
    the translation with QtCore), so the core itself never imports Qt."""
    if wants_help(argv):
        translate = help_language()
        with argparse_words(translate):
            build_parser(translate).parse_args(argv)  # prints the help and exits
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    args.help_language, args.ui_language = help_language, ui_language
    try:
        return HANDLERS[args.command](args)
    except ProjectFileError as error:
        _report(error)
        return EXIT_ERRORS
    except OSError as error:
        print(f"recapdesk: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERRORS
