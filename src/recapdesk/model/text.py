"""Text types shared by every field of the document model.

User text is data: the model keeps what the user typed, minus the few code points that no
file format or renderer can carry (C0/C1 controls other than tab and newline, lone surrogates).
Windows line endings are folded to ``\\n`` so a file diff shows only real changes.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

# Controls except \t and \n; lone surrogates cannot be encoded as UTF-8 and would make a save fail.
_UNCARRIABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Return ``value`` with CRLF/CR folded to LF and uncarriable code points removed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNCARRIABLE.sub("", value)


def clean_line(value: str) -> str:
    """Like :func:`clean_text`; single-line fields keep newlines too (compose flattens them)."""
    return clean_text(value)


Text = Annotated[str, AfterValidator(clean_text)]
"""Multi-line text; for body fields it is Markdown written by the user."""

Line = Annotated[str, AfterValidator(clean_line)]
"""A single-line plain-text field (a name, a label, a heading): shown literally, not as Markdown."""
