"""Project files on disk (Qt-free): read, write atomically, migrate."""

from recapdesk.store.errors import NotAProjectError, ProjectFileError
from recapdesk.store.project_file import SUFFIX, dumps, load, loads, save

__all__ = ["SUFFIX", "NotAProjectError", "ProjectFileError", "dumps", "load", "loads", "save"]
