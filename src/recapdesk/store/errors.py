"""The one error type every failed project-file read or write ends in."""

from __future__ import annotations

from pathlib import Path

from recapdesk.i18n import QT_TRANSLATE_NOOP, Message
from recapdesk.model import SCHEMA_VERSION

CONTEXT = "ProjectFile"


def say(template: str, *args: str | Message) -> Message:
    """A message of the project-file code (store/): ``template`` is marked with
    QT_TRANSLATE_NOOP("ProjectFile", ...) where it is written, so pyside6-lupdate collects it."""
    return Message(CONTEXT, template, args)


def os_reason(error: OSError) -> str:
    """The system's words for a failed read or write, kept as they are (data, not ours)."""
    return error.strerror or str(error)


def cannot_read(error: OSError) -> Message:
    return say(QT_TRANSLATE_NOOP("ProjectFile", "cannot read: %1"), os_reason(error))


def cannot_write(error: OSError) -> Message:
    return say(QT_TRANSLATE_NOOP("ProjectFile", "cannot write: %1"), os_reason(error))


class ProjectFileError(Exception):
    """A project file could not be read or written.

    The message names the file, where in it the problem is (a line, or a field path such as
    ``honorees.people[2].github``) and what is wrong, so the CLI and the window can show it as is.
    ``reason`` and ``where`` are recapdesk's own words as a :class:`Message` (marked for
    translation) or data as a string (a field path, pydantic's reason); :attr:`message` is the
    whole text, which the window shows translated and ``str()`` gives in English.
    """

    def __init__(
        self, path: Path | str | None, reason: str | Message, where: str | Message = ""
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.reason = str(reason)
        self.where = str(where)
        name = str(self.path) if self.path is not None else "<project>"
        # The separators are marked too: Chinese writes a full-width colon.
        if where:
            self.message = say(QT_TRANSLATE_NOOP("ProjectFile", "%1: %2: %3"), name, where, reason)
        else:
            self.message = say(QT_TRANSLATE_NOOP("ProjectFile", "%1: %2"), name, reason)
        super().__init__(str(self.message))


MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


class NotAProjectError(ProjectFileError):
    """The file is not a recapdesk project at all (a Markdown recap, a text file), rather than
    a project with a mistake in it: telling its owner "Expected '=' after a key" helps nobody.
    :attr:`markdown` says whether it looks like a Markdown recap, which can be imported."""

    def __init__(self, path: Path | str | None) -> None:
        template = QT_TRANSLATE_NOOP(
            "ProjectFile",
            "not a recapdesk project: a project file is TOML that starts with 'schema = %1'",
        )
        super().__init__(path, say(template, str(SCHEMA_VERSION)))
        self.markdown = self.path is not None and self.path.suffix.lower() in MARKDOWN_SUFFIXES
        self.hint = say(
            QT_TRANSLATE_NOOP(
                "ProjectFile",
                "to make a project of this Markdown recap: recapdesk import %1 -o"
                " PROJECT.recap.toml",
            ),
            str(self.path),
        )
