"""Whether the system has a CJK font (Qt-free): Chromium falls back to empty boxes (tofu)
for Chinese text without one, and a PDF or image full of boxes is worse than an error."""

from __future__ import annotations

import shutil
import subprocess

from recapdesk.exports.base import ExportError, say
from recapdesk.i18n import QT_TRANSLATE_NOOP

NO_CJK_FONT = QT_TRANSLATE_NOOP(
    "Export",
    "no Chinese (CJK) font is installed, so the export would show empty boxes for Chinese "
    "text; install Noto CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk) and try again",
)


def cjk_fonts() -> list[str] | None:
    """The CJK font families fontconfig knows; None where there is no fontconfig to ask
    (Windows and macOS, which always have CJK fonts)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(
            [fc_list, ":lang=zh", "family"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return sorted({line.strip() for line in done.stdout.splitlines() if line.strip()})


def require_cjk_font() -> None:
    """Raise :class:`ExportError` with what to install when there is no CJK font."""
    fonts = cjk_fonts()
    if fonts is not None and not fonts:
        raise ExportError(say(NO_CJK_FONT))
