"""Smoke test of the BUILT app (dist/recapdesk/, from `make dist`): it starts without Python on
the PATH, prints the real version, renders the example exactly as the source tree does, and its
window shows the article in the preview.

Building takes minutes, so a missing or stale bundle is built here only when
RECAPDESK_BUILD_BUNDLE=1; otherwise these tests are skipped with the reason. CI builds the
bundle first (.ci/run: about 1.5 minutes on 2 cores, the tests take 20 s), so there they run,
and a missing bundle is a failure.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from recapdesk import __version__
from tests.packaging.preview_probe import app_window, headings, preview_text
from tests.packaging.support import EXAMPLE, PACKAGING, ROOT, packaging_module
from tests.support import copy_example

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the smoke test drives the Linux build"),
]

rules = packaging_module("bundle_rules")
DIST = ROOT / "dist"
APP = DIST / "recapdesk"
EXECUTABLE = APP / "recapdesk"
BUILD_INFO = DIST / "build-info-onedir.json"
OPT_IN = "RECAPDESK_BUILD_BUNDLE"


def _build() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed: pip install -e ".[dist]" (or make dist)')
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(ROOT / "build"),
        str(PACKAGING / "recapdesk.spec"),
    ]
    subprocess.run(command, cwd=ROOT, check=True, timeout=1800)


def _why_not_usable() -> str | None:
    if not EXECUTABLE.is_file() or not BUILD_INFO.is_file():
        return "no built app in dist/recapdesk"
    info = json.loads(BUILD_INFO.read_text(encoding="utf-8"))
    if info.get("fingerprint") != rules.source_fingerprint(ROOT):
        return "dist/recapdesk was built from other sources than the ones here"
    return None


@pytest.fixture(scope="module")
def app() -> Path:
    """The built app's executable, current with the sources."""
    problem = _why_not_usable()
    if problem is not None:
        if os.environ.get("CI") == "true" and os.environ.get(OPT_IN) != "1":
            pytest.fail(f"{problem}: .ci/run builds it (make dist) before make test")
        if os.environ.get(OPT_IN) != "1":
            pytest.skip(f"{problem}: run `make dist` first, or set {OPT_IN}=1 to build it here")
        _build()
        problem = _why_not_usable()
        assert problem is None, problem
    return EXECUTABLE


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """What a person's session gives the app: a home, a UTF-8 locale, and a PATH on which
    there is no Python (an empty folder), nor any of this test run's Python settings."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    return {
        "HOME": str(home),
        "PATH": str(empty),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }


def run_built(
    app: Path, env: dict[str, str], *args: str | Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def run_source(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RECAPDESK_RESOURCES"}
    return subprocess.run(
        [sys.executable, "-m", "recapdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_built_app_prints_the_real_version(app: Path, bare_env: dict[str, str]) -> None:
    result = run_built(app, bare_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"recapdesk {__version__}\n"
    assert __version__ != "0.0.0+source"  # the metadata is in the bundle


@pytest.mark.parametrize("to", ["md", "html", "wechat"])
def test_built_app_renders_the_example_as_the_source_tree_does(
    app: Path, bare_env: dict[str, str], to: str
) -> None:
    built = run_built(app, bare_env, "render", EXAMPLE, "--to", to)
    source = run_source("render", EXAMPLE, "--to", to)
    assert source.returncode == 0, source.stderr
    assert built.returncode == 0, built.stderr
    assert built.stdout == source.stdout
    assert "源码研习社" in built.stdout  # the article, not an empty page


def test_built_app_writes_the_bundled_example(
    app: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    name = EXAMPLE.name.removesuffix(".recap.toml")
    written = {}
    for kind in ("built", "source"):  # the same file name: its pictures' folder is named after it
        output = tmp_path / kind / "phase1.recap.toml"
        output.parent.mkdir()
        if kind == "built":
            result = run_built(app, bare_env, "new", "--example", name, "-o", output)
        else:
            result = run_source("new", "--example", name, "-o", output)
        assert result.returncode == 0, result.stderr
        written[kind] = {
            path.relative_to(output.parent): path.read_bytes()
            for path in output.parent.rglob("*")
            if path.is_file()
        }
    assert written["built"] == written["source"]
    assert any(path.parts[0] == "phase1.assets" for path in written["built"])  # the photo


def test_built_app_checks_like_the_source_tree(app: Path, bare_env: dict[str, str]) -> None:
    built = run_built(app, bare_env, "check", EXAMPLE)
    source = run_source("check", EXAMPLE)
    assert (built.returncode, built.stdout) == (source.returncode, source.stdout)


def test_built_app_reports_a_broken_file_in_one_line(
    app: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.recap.toml"
    broken.write_text('schema = 1\ntitle = "unterminated\n', encoding="utf-8")
    result = run_built(app, bare_env, "render", broken)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "broken.recap.toml" in result.stderr


# -- the window: the preview of the built app shows the article ---------------------------------


@pytest.fixture
def window(app: Path, bare_env: dict[str, str], tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """The built app's window open on a copy of the example, offscreen, with WebEngine's
    remote debugging on a loopback port. Yields (port, log file); ends the app after."""
    project = copy_example(tmp_path / EXAMPLE.name)
    with app_window([str(app), str(project)], bare_env, tmp_path) as (port, log):
        yield port, log


def test_built_app_window_shows_the_article_in_the_preview(window: tuple[int, Path]) -> None:
    port, log = window
    source = run_source("render", EXAMPLE, "--to", "html")
    expected = headings(source.stdout)
    assert len(expected) >= 3, source.stdout
    text = preview_text(port, log, expected[-1])
    # The title and every section heading, down to the last: the whole article is in the preview.
    missing = [heading for heading in expected if heading not in text]
    assert not missing, f"not in the preview: {missing}\n{text[:2000]}"
    assert "Traceback" not in log.read_text("utf-8", errors="replace")


def test_built_app_carries_the_compiled_toml_parser(app: Path) -> None:
    """tomli's compiled modules import a shared runtime from C, which the analysis cannot
    see; without it the app still opens projects, with the slower tomllib."""
    runtimes = [
        entry.name.split(".", 1)[0]
        for entry in importlib.metadata.files("tomli") or []
        if "/" not in str(entry) and entry.name.split(".", 1)[0].endswith("__mypyc")
    ]
    for runtime in runtimes:  # none when tomli is installed as pure Python
        assert list((app.parent / "_internal").glob(f"{runtime}.*")), runtime


def test_built_app_starts_without_the_build_tools_hooks(app: Path) -> None:
    """setuptools and pkg_resources came in through cffi's build helpers; each brought a hook
    run at every start, pkg_resources's reading the metadata of every bundled package."""
    from PyInstaller.archive.readers import CArchiveReader

    run_at_start = [name for name in CArchiveReader(str(app)).toc if name.startswith("pyi_rth_")]
    assert "pyi_rth_pyside6" in run_at_start  # the hooks are where this looks
    assert not [name for name in run_at_start if "pkgres" in name or "setuptools" in name]
