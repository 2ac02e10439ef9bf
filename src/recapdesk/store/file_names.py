"""A project's file name from its title: what Save suggests for a new project.

The title is kept as it reads (CJK, spaces and all, which every desktop's file system takes);
only what a file system refuses or misreads goes: the characters Windows forbids, control
characters, a leading or trailing dot or space, a device name (CON, NUL...), and length beyond
what fits 255 bytes with the suffix.
"""

from __future__ import annotations

import re
import unicodedata

from recapdesk.store.project_file import SUFFIX

FALLBACK = "recap"
MAX_CHARACTERS = 80
"""Of the title: 80 CJK characters are 240 bytes in UTF-8, and the suffix fits in the rest."""

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def project_file_name(title: str) -> str:
    """``"一期总结 / 2021"`` -> ``"一期总结 2021.recap.toml"``; "recap" without a usable title."""
    name = _UNSAFE.sub(" ", unicodedata.normalize("NFC", title))
    name = " ".join(name.split())[:MAX_CHARACTERS].strip(" .")
    if not name:
        name = FALLBACK
    elif name.split(".")[0].upper() in _DEVICES:
        name = f"{name}_"  # "con.recap.toml" is the console device on Windows
    return name + SUFFIX
