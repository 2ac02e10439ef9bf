"""Make the text of Chromium's PDFs read as written: CJK radicals back to ideographs.

Noto CJK draws a radical (U+2E80-U+2FDF: ⻩, ⼀) and the ideograph it looks like (黄, 一)
with one glyph. Chromium's PDF writer maps each glyph back to one character for the text
layer (the ToUnicode CMap) and picks the radical, so copying, searching or extracting a
printed 黄 gives ⻩, and a reader's search for an honoree's name fails. The fonts' own
character maps say which ideograph shares each radical's glyph; the CMaps are rewritten with
that. Needs Qt (QRawFont) for the font's character map.
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, StreamObject

RADICALS = range(0x2E80, 0x2FE0)
_IDEOGRAPHS = range(0x4E00, 0xA000)
_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC")
_BFCHAR = re.compile(r"(<[0-9A-Fa-f]+>\s*<)([0-9A-Fa-f]{4})(>)")
_BFRANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>")
_SECTION = re.compile(r"(\d+)\s+beginbfrange(.*?)endbfrange", re.DOTALL)


@functools.cache
def radical_ideographs() -> dict[int, int]:
    """Each radical code point -> the ideograph drawn with the same glyph in Noto CJK (and
    the Kangxi radicals' compatibility decompositions where no font says otherwise)."""
    from PySide6.QtGui import QFont, QRawFont

    table = {
        code: ord(unicodedata.normalize("NFKC", chr(code)))
        for code in RADICALS
        if len(unicodedata.normalize("NFKC", chr(code))) == 1
        and ord(unicodedata.normalize("NFKC", chr(code))) in _IDEOGRAPHS
    }
    ideographs = "".join(chr(code) for code in _IDEOGRAPHS)
    radicals = "".join(chr(code) for code in RADICALS)
    for family in _FAMILIES:
        font = QRawFont.fromFont(QFont(family))
        if not font.isValid():
            continue
        first: dict[int, int] = {}
        for char, glyph in zip(ideographs, font.glyphIndexesForString(ideographs), strict=True):
            if glyph:
                first.setdefault(glyph, ord(char))
        for char, glyph in zip(radicals, font.glyphIndexesForString(radicals), strict=True):
            if glyph in first:
                table.setdefault(ord(char), first[glyph])
    return table


def _fix_cmap(text: str, table: dict[int, int]) -> str:
    def bfchar(match: re.Match[str]) -> str:
        code = int(match[2], 16)
        return f"{match[1]}{table.get(code, code):04X}{match[3]}"

    def bfrange_section(section: re.Match[str]) -> str:
        # A range whose targets include a radical is written out as single characters.
        kept, singles = [], []
        for lo, hi, start in _BFRANGE.findall(section[2]):
            first, last, target = int(lo, 16), int(hi, 16), int(start, 16)
            targets = [target + offset for offset in range(last - first + 1)]
            if any(code in table for code in targets):
                width = len(lo)
                singles += [
                    f"<{first + i:0{width}X}> <{table.get(code, code):04X}>"
                    for i, code in enumerate(targets)
                ]
            else:
                kept.append(f"<{lo}> <{hi}> <{start}>")
        out = f"{len(kept)} beginbfrange\n" + "\n".join(kept) + "\nendbfrange" if kept else ""
        if singles:
            out += f"\n{len(singles)} beginbfchar\n" + "\n".join(singles) + "\nendbfchar"
        return out

    text = _SECTION.sub(bfrange_section, text)
    return _BFCHAR.sub(bfchar, text)


def fix_radicals(pdf: bytes) -> bytes:
    """``pdf`` with every font's text layer mapping radicals to the ideographs shown."""
    table = radical_ideographs()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", DictionaryObject()).get_object().get("/Font")
        if fonts is None:
            continue
        for font in fonts.get_object().values():
            cmap = font.get_object().get("/ToUnicode")
            if cmap is None:
                continue
            stream = cmap.get_object()
            if id(stream) in seen or not isinstance(stream, StreamObject):
                continue
            seen.add(id(stream))
            text = stream.get_data().decode("latin-1")
            fixed = _fix_cmap(text, table)
            if fixed != text:
                stream.set_data(fixed.encode("latin-1"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
