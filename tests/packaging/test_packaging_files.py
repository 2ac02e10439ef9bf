"""The files that make recapdesk an installable app, checked without building it: the icon,
the desktop integration and its install script, the rules that trim Qt, one version everywhere."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest

import recapdesk
from recapdesk import resources
from tests.packaging.support import PACKAGING, ROOT, packaging_module

rules = packaging_module("bundle_rules")
APP_ID: str = rules.APP_ID
LINUX = PACKAGING / "linux"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- one version ---------------------------------------------------------------------------------


def test_installed_metadata_has_the_version_the_app_reports() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["dynamic"] == ["version"]
    assert declared["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "recapdesk.__version__"}
    assert importlib.metadata.version("recapdesk") == recapdesk.__version__


def test_changelog_and_appstream_name_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(recapdesk.__version__)}\]", changelog, re.MULTILINE)
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    releases = [r.get("version") for r in metainfo.iter("release")]
    assert recapdesk.__version__ in releases


def test_license_is_mit_as_declared() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "recapdesk developers" in text
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["license"] == "MIT"


# -- resources: package data, one lookup for the source tree, a wheel and the bundle -----------


def test_resources_are_the_package_data_of_the_source_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.ENV_OVERRIDE, raising=False)
    icon = resources.resource_path("icons", "recapdesk.svg")
    assert icon == ROOT / rules.RESOURCES / "icons" / "recapdesk.svg"
    assert icon.is_file()
    assert resources.resource("themes", "default.css").read_text(encoding="utf-8").strip()
    assert resources.example_names() == ["k8s-source-study-phase1"]


def test_the_bundle_puts_the_resources_where_the_package_finds_them() -> None:
    """In the bundle, importlib.resources looks for recapdesk.resources' data beside its
    modules: at the package's own path under the bundle's folder."""
    assert PurePosixPath(*resources.__name__.split(".")) == rules.RESOURCES_IN_BUNDLE
    assert (ROOT / rules.RESOURCES / "__init__.py").is_file()


def test_the_wheel_declares_every_resource_the_bundle_gets() -> None:
    """pyproject's package data and the bundle's resource list name the same files (the .qm
    files are built into both); tests/packaging/test_wheel.py checks a built wheel."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = declared["tool"]["setuptools"]["package-data"][resources.__name__]
    folder = ROOT / rules.RESOURCES
    bundled = {p.relative_to(folder).as_posix() for p in rules.resource_files()}
    in_wheel = {
        p.relative_to(folder).as_posix()
        for pattern in patterns
        for p in folder.glob(pattern)
        if p.is_file()
    }
    assert in_wheel == {name for name in bundled if not name.endswith(".qm")}


def test_the_bundle_gets_every_resource_a_user_sees_and_no_leftovers(tmp_path: Path) -> None:
    bundled = {p.relative_to(ROOT / rules.RESOURCES).as_posix() for p in rules.resource_files()}
    for needed in (
        "themes/default.css",
        "examples/k8s-source-study-phase1.recap.toml",
        "preview/shell.html",
        "preview/preview.js",
        "icons/recapdesk.svg",
    ):
        assert needed in bundled
    assert not [name for name in bundled if name.endswith((".bak", ".ts", "~"))]


def test_a_changed_resource_makes_a_built_bundle_stale(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "src" / "recapdesk", tmp_path / "src" / "recapdesk")
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    before = rules.source_fingerprint(tmp_path)
    css = tmp_path / rules.RESOURCES / "themes" / "default.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n/* edited */\n", encoding="utf-8")
    assert rules.source_fingerprint(tmp_path) != before


# -- what is left out of Qt ---------------------------------------------------------------------


def test_the_app_imports_no_module_that_the_bundle_leaves_out() -> None:
    """Every recapdesk module imported in a fresh interpreter: none of them (nor the Qt
    bindings they load) may need a module excluded from the bundle, or the built app fails
    where the source tree works."""
    script = (
        "import pkgutil, importlib, sys, recapdesk\n"
        "for m in pkgutil.walk_packages(recapdesk.__path__, 'recapdesk.'):\n"
        "    if m.name != 'recapdesk.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    excluded = {
        name
        for name in loaded
        if any(name == x or name.startswith(f"{x}.") for x in rules.EXCLUDED_MODULES)
    }
    assert not excluded, f"excluded from the bundle but imported by recapdesk: {excluded}"


@pytest.mark.parametrize(
    ("dest", "excluded"),
    [
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/translations/qtwebengine_locales/zh-CN.pak", False),
        ("PySide6/Qt/translations/qtwebengine_locales/de.pak", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", True),
        ("PySide6/Qt/resources/qtwebengine_resources.pak", False),
        ("PySide6/Qt/libexec/QtWebEngineProcess", False),
        ("recapdesk/resources/translations/recapdesk_de.qm", False),  # recapdesk's own: kept
        ("PySide6\\Qt\\qml\\QtQml\\qmldir", True),  # Windows separators
    ],
)
def test_qt_files_left_out(dest: str, excluded: bool) -> None:
    assert rules.is_excluded_qt_file(dest) is excluded


def test_all_locales_keeps_every_language() -> None:
    assert not rules.is_excluded_qt_file(
        "PySide6/Qt/translations/qtwebengine_locales/de.pak", all_locales=True
    )
    assert not rules.is_excluded_qt_file("PySide6/Qt/translations/qtbase_de.qm", all_locales=True)


def test_libraries_nothing_links_to_any_more_are_pruned() -> None:
    links = {
        "/v/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/v/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/v/libQt6Gui.so.6": [],
        "/v/libQt6Pdf.so.6": ["libQt6Gui.so.6"],  # its plugin was removed
        "/v/libcups.so.2": ["libgnutls.so.30"],
        "/v/libgnutls.so.30": [],
        "/v/libnss3.so": [],
        "/v/libsoftokn3.so": [],  # dlopened by NSS: kept although nothing links to it
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/v/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/v/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/v/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/v/libQt6Pdf.so.6", "BINARY"),
        ("libcups.so.2", "/v/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/v/libgnutls.so.30", "BINARY"),
        ("libsoftokn3.so", "/v/libsoftokn3.so", "BINARY"),
    ]
    datas = [
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("recapdesk/resources/themes/default.css", "/src/default.css", "DATA"),
    ]
    kept, kept_datas = rules.prune_libraries(binaries, datas, lambda source: links[source])
    assert [d for d, _s, _c in kept] == [
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libsoftokn3.so",
    ]
    assert [d for d, _s, _c in kept_datas] == [
        "libQt6Gui.so.6",
        "recapdesk/resources/themes/default.css",
    ]


# -- icons ---------------------------------------------------------------------------------------


def test_icons_in_every_standard_size_are_drawn_from_the_svg(qapp: object, tmp_path: Path) -> None:
    icons = packaging_module("make_icons")
    icons.write_hicolor(icons.SVG, tmp_path)
    for size in rules.ICON_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png.read_bytes()) == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    from PySide6.QtGui import QColor, QImage

    image = QImage(str(tmp_path / "hicolor" / "64x64" / "apps" / f"{APP_ID}.png"))
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent
    assert image.pixelColor(32, 32) != QColor(0, 0, 0, 0)  # the drawing is there


def test_windows_and_macos_icons_hold_every_size(qapp: object) -> None:
    icons = packaging_module("make_icons")
    ico = icons.ico_bytes(icons.SVG)
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i, size in enumerate(icons.ICO_SIZES):
        side, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert side == (0 if size == 256 else size)
        assert png_size(ico[offset : offset + length]) == (size, size)

    icns = icons.icns_bytes(icons.SVG)
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    sizes, at = [], 8
    while at < len(icns):
        length = struct.unpack(">I", icns[at + 4 : at + 8])[0]
        sizes.append(png_size(icns[at + 8 : at + length])[0])
        at += length
    assert sizes == [size for size, _kind in icons.ICNS_TYPES]


# -- Linux desktop integration -------------------------------------------------------------------


def test_desktop_entry_opens_projects_with_recapdesk() -> None:
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    mime = ET.parse(LINUX / f"{APP_ID}-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    declared = mime.find("m:mime-type", ns)
    assert declared is not None
    assert declared.get("type") == rules.MIME_TYPE
    globs = [g.get("pattern") for g in declared.findall("m:glob", ns)]
    assert globs == ["*.recap.toml"]
    assert f"MimeType={rules.MIME_TYPE};" in entry.splitlines()
    assert "Exec=recapdesk %f" in entry.splitlines()
    assert f"Icon={APP_ID}" in entry.splitlines()
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.findtext("provides/mediatype") == rules.MIME_TYPE


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstream_metadata_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout, result.stdout + result.stderr


def _mime_type_of(filename: str, data_home: Path) -> str:
    """The MIME type a file manager would give FILENAME, with DATA_HOME as ~/.local/share."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "print(QMimeDatabase().mimeTypeForFile(sys.argv[1], QMimeDatabase.MatchMode.MatchExtension)"
        ".name())\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    result = subprocess.run(
        [sys.executable, "-c", script, filename],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.skipif(sys.platform != "linux", reason="the install script is for Linux")
def test_per_user_install_and_uninstall(qapp: object, tmp_path: Path) -> None:
    """install.sh from a (stand-in) built app folder: the command, the menu entry, the icons and
    the project file type land in the user's folders, and --uninstall takes them away again."""
    app = tmp_path / "dist" / "recapdesk"
    app.mkdir(parents=True)
    fake = app / "recapdesk"
    fake.write_text('#!/bin/sh\necho "recapdesk stand-in $*"\n', encoding="utf-8")
    fake.chmod(0o755)
    packaging_module("linux_share").stage(app)

    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    result = subprocess.run(
        [str(app / "install.sh")], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    installed = home / ".local" / "lib" / "recapdesk"
    data = home / ".local" / "share"

    command = home / ".local" / "bin" / "recapdesk"
    started = subprocess.run(
        [str(command), "phase1.recap.toml"], capture_output=True, text=True, check=True
    )
    assert started.stdout == "recapdesk stand-in phase1.recap.toml\n"
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}/recapdesk" %f' in entry.splitlines()
    for size in rules.ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("update-mime-database"):
        assert _mime_type_of("phase1.recap.toml", data) == rules.MIME_TYPE
        assert _mime_type_of("pyproject.toml", data) != rules.MIME_TYPE

    result = subprocess.run(
        [str(installed / "install.sh"), "--uninstall"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not command.exists() and not command.is_symlink()
    left = [p for p in data.rglob("*") if APP_ID in p.name]
    assert not left
    assert app.exists()  # the folder it was installed from is left alone
    if shutil.which("update-mime-database"):
        assert _mime_type_of("phase1.recap.toml", data) != rules.MIME_TYPE
