"""What goes into the recapdesk bundle and what stays out: shared by the PyInstaller spec
(packaging/recapdesk.spec) and the packaging tests, so both read one list.

Plain Python without PyInstaller or Qt, so the fast tests can import it anywhere.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
# recapdesk's package data (recapdesk.resources), relative to the source tree; in the bundle
# at recapdesk/resources/, where importlib.resources finds it as in an installed package.
RESOURCES = PurePosixPath("src/recapdesk/resources")
RESOURCES_IN_BUNDLE = PurePosixPath("recapdesk/resources")
APP_ID = "io.github.recapdesk.Recapdesk"  # desktop file, AppStream, icons, macOS bundle id
APP_NAME = "recapdesk"  # the executable and the app folder
MIME_TYPE = "application/x-recapdesk-project"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# Python modules never imported by recapdesk. The Qt bindings listed here would otherwise be
# pulled in through QtWebEngine's hook together with every QML module of PySide6 (30 MB of
# QML plus the Qt libraries those modules load). QtWebEngine still links libQt6Qml and
# libQt6Quick: those shared libraries stay, found by PyInstaller's dependency analysis.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebEngineQuick",
    "QtWebSockets",
)
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    # Development tools that optional imports of pydantic and others would drag in.
    "tkinter",
    "mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "IPython",
    "pip",
    # Build tools, reached through cffi's helpers for compiling (cairocffi needs only its
    # runtime). Bundled, each brings a start-up hook: pkg_resources's reads the metadata
    # of every bundled package, at every start.
    "setuptools",
    "pkg_resources",
    "distutils",
)

# Files of PySide6 (paths inside the bundle, relative to PySide6/Qt/) that recapdesk never
# loads: plugins for embedded displays, input devices and QML debugging, and Qt translations of
# modules it does not use. Matched with fnmatch against the POSIX form of the path.
EXCLUDED_QT_FILES = (
    "qml/*",
    "plugins/qmltooling/*",
    "plugins/position/*",
    "plugins/generic/*",  # evdev/tuio input for framebuffer devices
    "plugins/egldeviceintegrations/*",
    "plugins/platforms/*eglfs*",
    "plugins/platforms/*linuxfb*",
    "plugins/platforms/*vnc*",
    "plugins/platforms/*vkkhrdisplay*",
    "plugins/platforms/*minimalegl*",
    "plugins/platforminputcontexts/*virtualkeyboard*",
    "plugins/networkinformation/*",
    "resources/qtwebengine_devtools_resources.pak",  # the web inspector's own pages (12 MB)
    "plugins/imageformats/*qpdf*",  # PDF pages as images: pulls in Qt Pdf
    "plugins/printsupport/*",  # recapdesk does not print; the plugin pulls in CUPS and its TLS
    "translations/qtdeclarative_*",
    "translations/qtlocation_*",
    "translations/qtmultimedia_*",
    "translations/qtserialport_*",
    "translations/qtwebsockets_*",
    "translations/qtconnectivity_*",
    "translations/qthelp_*",
    "translations/qt_help_*",
    "translations/designer_*",
    "translations/linguist_*",
    "translations/assistant_*",
)

# Translations of Qt (standard dialog buttons) and of Chromium (context menu, form messages) in
# the languages of recapdesk only, Chinese and English; any other system language falls back to
# English. `--all-locales` keeps them all.
QT_LANGUAGES = ("en", "zh_CN", "zh_TW")
WEBENGINE_LOCALES = ("en-US", "zh-CN", "zh-TW")
WEBENGINE_LOCALES_DIR = "translations/qtwebengine_locales/"

# What of the resources is bundled: everything a user sees, no editor backups or sources.
RESOURCE_PATTERNS = ("*.css", "*.recap.toml", "*.html", "*.js", "*.svg", "*.png", "*.jpg", "*.qm")


def _qt_relative(dest: str) -> str | None:
    """``PySide6/Qt/plugins/x.so`` -> ``plugins/x.so``; None for files outside Qt's tree."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for i in range(len(parts) - 1):
        if parts[i] == "PySide6" and parts[i + 1] == "Qt":
            return "/".join(parts[i + 2 :])
    return None


def is_excluded_qt_file(dest: str, all_locales: bool = False) -> bool:
    """Whether a collected file (its path inside the bundle) is left out."""
    relative = _qt_relative(dest)
    if relative is None:
        return False
    if not all_locales and relative.startswith(WEBENGINE_LOCALES_DIR):
        name = relative.removeprefix(WEBENGINE_LOCALES_DIR)
        return name.removesuffix(".pak") not in WEBENGINE_LOCALES
    if not all_locales and relative.startswith("translations/") and relative.endswith(".qm"):
        name = relative.removeprefix("translations/").removesuffix(".qm")
        if not any(name.endswith(f"_{language}") for language in QT_LANGUAGES):
            return True
    return any(fnmatch.fnmatch(relative, pattern) for pattern in EXCLUDED_QT_FILES)


TocEntry = tuple[str, str, str]  # PyInstaller's (name in the bundle, source, type code)

# Loaded with dlopen by libnss3 (WebEngine's certificate store), so no library links to them.
DLOPENED_LIBRARIES = (
    "libfreebl3.so",
    "libfreeblpriv3.so",
    "libnssckbi.so",
    "libnssdbm3.so",
    "libsoftokn3.so",
)


def _is_prunable_library(dest: str) -> bool:
    """A Linux shared library that is in the bundle only because something links to it."""
    path = PurePosixPath(dest.replace("\\", "/"))
    folder = path.parent.as_posix()
    name = path.name
    return (
        folder in (".", "PySide6/Qt/lib")
        and name.startswith("lib")
        and ".so" in name
        and not name.startswith("libpython")
        and name not in DLOPENED_LIBRARIES
    )


def prune_libraries(
    binaries: list[TocEntry], datas: list[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop the shared libraries (Linux) that nothing left in the bundle links to: those that
    came only with a plugin or module removed by the rules above (the CUPS printing stack,
    EGLFS, the virtual keyboard...). ``imports_of(source)`` names what a binary links to.
    Symbolic links to a dropped library go too."""
    libraries = {
        PurePosixPath(d).name: (d, s, c) for d, s, c in binaries if _is_prunable_library(d)
    }
    queue = [entry for entry in binaries if not _is_prunable_library(entry[0])]
    needed: set[str] = set()
    while queue:
        _dest, source, _code = queue.pop()
        for name in imports_of(source):
            base = PurePosixPath(name).name
            if base in libraries and base not in needed:
                needed.add(base)
                queue.append(libraries[base])
    kept = [
        e for e in binaries if not _is_prunable_library(e[0]) or PurePosixPath(e[0]).name in needed
    ]
    kept_names = {PurePosixPath(e[0]).as_posix() for e in kept}
    kept_datas = [
        e
        for e in datas
        if e[2] != "SYMLINK"
        or not _is_prunable_library(e[0])
        or (PurePosixPath(e[0]).parent / e[1]).as_posix() in kept_names
        or PurePosixPath(e[1]).as_posix() in kept_names
    ]
    return kept, kept_datas


def resource_files(root: Path = ROOT) -> Iterator[Path]:
    """The files of the resources that go into the bundle, sorted."""
    folder = root / RESOURCES
    for path in sorted(folder.rglob("*")):
        if path.is_file() and any(fnmatch.fnmatch(path.name, p) for p in RESOURCE_PATTERNS):
            yield path


def source_fingerprint(root: Path = ROOT) -> str:
    """A hash of everything that decides what the bundle does: recapdesk's code, its
    resources and its metadata. A bundle built from other sources is stale."""
    translations = sorted((root / RESOURCES / "translations").glob("*.ts"))
    files: Iterable[Path] = [
        root / "pyproject.toml",
        *sorted((root / "src" / "recapdesk").rglob("*.py")),
        *(p for p in resource_files(root) if p.suffix != ".qm"),  # .qm: built from the .ts
        *translations,
    ]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
