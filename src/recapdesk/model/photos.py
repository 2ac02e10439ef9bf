"""The Photos section: a gallery of pictures of the phase (group photo, event moments,
screenshots of notes, posters), each with a caption, an alt text, a width and a row.

A picture's ``src`` is a reference into the project's assets folder (``NAME.assets/x.jpg``,
store/assets) or a web address. ``width`` is ``full``, ``half`` or a number of pixels.
Consecutive pictures with the same non-zero ``row`` stand side by side, at most three to a
row (a fourth starts a new one); ``row`` 0 is a row of its own.
"""

from __future__ import annotations

from pydantic import Field

from recapdesk.model.sections import Record, Section
from recapdesk.model.text import Line, Text

FULL = "full"
HALF = "half"
MAX_PER_ROW = 3


class Photo(Record):
    src: Line = ""
    caption: Line = ""
    alt: Line = ""
    width: Line = Field(default=FULL, pattern=r"^(full|half|[1-9][0-9]{0,3})$")
    row: int = Field(default=0, ge=0, le=999)


class Photos(Section):
    intro: Text = ""
    pictures: list[Photo] = Field(default_factory=list)


def photo_rows(pictures: list[Photo]) -> list[list[Photo]]:
    """The pictures with a ``src``, grouped into the rows the article shows."""
    rows: list[list[Photo]] = []
    for photo in pictures:
        if not photo.src.strip():
            continue
        last = rows[-1] if rows else None
        if last is not None and photo.row and last[-1].row == photo.row and len(last) < MAX_PER_ROW:
            last.append(photo)
        else:
            rows.append([photo])
    return rows
