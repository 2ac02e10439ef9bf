"""Put the Linux desktop integration into a built app folder:

APP/install.sh                                   per-user install (and --uninstall)
APP/share/applications/ID.desktop                menu entry
APP/share/metainfo/ID.metainfo.xml               AppStream data for software centres
APP/share/mime/packages/ID.xml                   the *.recap.toml file type
APP/share/icons/hicolor/NxN/apps/ID.png          icons drawn from the resources' recapdesk.svg

python packaging/linux_share.py APP
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_rules import APP_ID, ROOT  # found through the path set up above
from make_icons import SVG, write_hicolor

LINUX = ROOT / "packaging" / "linux"


def stage(app: Path) -> None:
    share = app / "share"
    targets = {
        LINUX / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        LINUX / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        LINUX / f"{APP_ID}-mime.xml": share / "mime" / "packages" / f"{APP_ID}.xml",
        LINUX / "install.sh": app / "install.sh",
    }
    for source, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    (app / "install.sh").chmod(0o755)
    write_hicolor(SVG, share / "icons")


if __name__ == "__main__":
    stage(Path(sys.argv[1]))
