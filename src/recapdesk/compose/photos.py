"""The Photos section as Markdown that GitHub and blogs show as it is (Qt-free).

Each row is one paragraph of images (``![alt](NAME.assets/x.jpg)``, the pictures of a row on
one line, so GitHub shows them side by side when they fit), followed by its captions as one
italic line. A width other than ``full`` travels as the address's fragment (``#half``,
``#480px``), which GitHub, browsers and blogs ignore when they load the file;
render/photos.py reads it back and lays the row out for the preview and WeChat: inline-block
boxes with widths in %, captions centred under them.
"""

from __future__ import annotations

from recapdesk.compose.escape import block, flatten, inline, link_target
from recapdesk.model.photos import FULL, HALF, Photo, Photos, photo_rows

CAPTION_SEPARATOR = " / "


def width_fragment(width: str) -> str:
    """``#half``, ``#480px``, or nothing for ``full``."""
    if width == FULL:
        return ""
    return "#half" if width == HALF else f"#{width}px"


def picture_markdown(photo: Photo) -> str:
    """``![alt](src#width)``: one picture, alt text literal, address made safe."""
    target = link_target(photo.src.strip() + width_fragment(photo.width))
    return f"![{inline(flatten(photo.alt))}]({target})"


def compose_photos(photos: Photos) -> str:
    """The section's Markdown: its intro, then each row and its caption line."""
    parts = [block(photos.intro)] if photos.intro.strip() else []
    for row in photo_rows(photos.pictures):
        parts.append(" ".join(picture_markdown(photo) for photo in row))
        captions = [flatten(photo.caption) for photo in row if photo.caption.strip()]
        if captions:
            parts.append(f"*{inline(CAPTION_SEPARATOR.join(captions))}*")
    if not any(photo.src.strip() for photo in photos.pictures):
        return ""
    return "\n\n".join(part for part in parts if part)
