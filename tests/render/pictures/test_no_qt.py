"""The pictures' foundation is Qt-free (the CLI and the helper process use it), and the SVG
library loads only when an SVG is drawn."""

from __future__ import annotations

import json
import subprocess
import sys


def loaded_after(statements: str) -> list[str]:
    code = (
        f"import json, sys\n{statements}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'shiboken6', 'cairosvg', 'cairocffi'})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    names: list[str] = json.loads(done.stdout)
    return names


def test_the_pictures_and_the_assets_folder_never_import_qt_nor_load_cairo_early() -> None:
    statements = (
        "import recapdesk.render.pictures, recapdesk.store.assets\n"
        "from recapdesk.render.pictures import prepare_picture\n"
        "from PIL import Image\nimport io\n"
        "b = io.BytesIO(); Image.new('RGB', (8, 8)).save(b, 'PNG')\n"
        "assert prepare_picture(b.getvalue()).mime == 'image/png'"
    )
    assert loaded_after(statements) == []


def test_drawing_an_svg_loads_cairo_and_still_no_qt() -> None:
    statements = (
        "from recapdesk.render.pictures import prepare_picture\n"
        'svg = b\'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>\'\n'
        "assert prepare_picture(svg).mime == 'image/png'"
    )
    assert loaded_after(statements) == ["cairocffi", "cairosvg"]
