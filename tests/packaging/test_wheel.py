"""recapdesk as ``pip install`` (or ``pipx install``) gives it: built into an sdist and a wheel
with ``python -m build``, the wheel installed into a fresh virtual environment outside the source
tree, and run from another folder. The command line renders the bundled example with its theme,
writes the example, speaks Chinese, and the window shows the article in the preview.

To save minutes, the environment reaches the dependencies installed for the tests (PySide6 is
most of them) through a path file, which adds their folder without running its path files: the
editable install of the source tree that lives there stays out, and a test checks that the
recapdesk that runs is the wheel's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

from recapdesk.render.themes import DEFAULT_THEME, theme_css
from recapdesk.resources import EXAMPLE_SUFFIX
from tests.packaging.preview_probe import app_window, headings, preview_text
from tests.packaging.support import EXAMPLE, ROOT, packaging_module

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="drives a Linux virtual environment"),
]

rules = packaging_module("bundle_rules")
EXAMPLE_NAME = EXAMPLE.name.removesuffix(EXAMPLE_SUFFIX)
TITLE = "kubernetes源码研习社 一期活动总结"  # the example's title
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm file header
IN_WHEEL = PurePosixPath(*rules.RESOURCES_IN_BUNDLE.parts)  # recapdesk/resources


def clean_copy(target: Path) -> Path:
    """The source tree as a fresh clone has it (what git tracks, and new files not ignored):
    no build output, egg-info or compiled translations of this checkout can reach the build
    (setuptools reuses an egg-info's file list)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet staged is still listed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built the way an index would get it: sdist first, the wheel from the sdist
    (with build isolation, so the build requirements are the declared ones)."""
    source = clean_copy(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    (built,) = out.glob("recapdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; its dependencies come from the
    test environment's site-packages (see the module's docstring)."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
    subprocess.run([*install, "--no-index", str(wheel)], check=True, timeout=300)
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    # Written after the install, so pip never sees the editable recapdesk in those folders.
    (Path(site_packages) / "recapdesk_test_dependencies.pth").write_text(
        "".join(f"{folder}\n" for folder in sorted(ours)), encoding="utf-8"
    )
    return root


@pytest.fixture
def user_env(venv: Path, tmp_path: Path) -> dict[str, str]:
    """A person's session with the environment's bin first on PATH: a home of its own, a UTF-8
    locale, no Python settings of this test run, no display (Qt offscreen)."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "HOME": str(home),
        "PATH": f"{venv / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def recapdesk(
    env: dict[str, str], cwd: Path, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    """The installed ``recapdesk`` command, found on PATH as a user's shell would."""
    return subprocess.run(
        ["recapdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def source_tree(*args: str | Path) -> str:
    """What the source tree's recapdesk prints for the same command."""
    env = {k: v for k, v in os.environ.items() if k != "RECAPDESK_RESOURCES"}
    result = subprocess.run(
        [sys.executable, "-m", "recapdesk", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=True,
    )
    return result.stdout


@pytest.fixture
def example(user_env: dict[str, str], workdir: Path) -> Path:
    """The bundled example, written by the installed ``recapdesk new --example``."""
    result = recapdesk(user_env, workdir, "new", "--example", EXAMPLE_NAME, "-o", "x.recap.toml")
    assert result.returncode == 0, result.stderr
    return workdir / "x.recap.toml"


def test_the_wheel_carries_every_resource_and_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / rules.RESOURCES
    for path in rules.resource_files():
        if path.suffix != ".qm":
            assert (IN_WHEEL / path.relative_to(source).as_posix()).as_posix() in names
    translations = sorted((source / "translations").glob("*.ts"))
    assert translations
    with zipfile.ZipFile(wheel) as archive:
        for ts in translations:
            qm = archive.read((IN_WHEEL / "translations" / f"{ts.stem}.qm").as_posix())
            assert qm.startswith(QM_MAGIC), ts.stem
    assert not [name for name in names if name.endswith(".ts")]  # sources stay in the sdist


def test_the_recapdesk_that_runs_is_the_installed_wheel(venv: Path, workdir: Path) -> None:
    code = "import recapdesk, sys; print(recapdesk.__file__); print('\\n'.join(sys.path))"
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=workdir,
        env={"PATH": "/usr/bin:/bin", "HOME": str(workdir)},
        check=True,
    )
    module, *path = result.stdout.splitlines()
    assert Path(module).is_relative_to(venv)
    # The source tree is not importable (the test environment's site-packages is, for the
    # dependencies, inside ROOT/.venv).
    assert str(ROOT / "src") not in path and str(ROOT) not in path


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    """The bundled example written by the source tree's ``recapdesk new --example``, under
    the same name as :func:`example` (its pictures' folder is named after the file)."""
    path = tmp_path / "x.recap.toml"
    source_tree("new", "--example", EXAMPLE_NAME, "-o", path)
    return path


def test_new_writes_the_bundled_example(example: Path, reference: Path) -> None:
    assert example.is_file()
    assert f'title = "{TITLE}"' in example.read_text(encoding="utf-8")
    assert example.read_bytes() == reference.read_bytes()
    # With its photo, beside it, as the project's own picture.
    (photo,) = (example.parent / "x.assets").iterdir()
    assert f'src = "x.assets/{photo.name}"' in example.read_text(encoding="utf-8")
    assert photo.read_bytes() == (reference.parent / "x.assets" / photo.name).read_bytes()


def test_render_html_has_the_article_and_its_theme_inline(
    user_env: dict[str, str], workdir: Path, example: Path, reference: Path
) -> None:
    result = recapdesk(user_env, workdir, "render", example.name, "--to", "html")
    assert result.returncode == 0, result.stderr
    assert f"<title>{TITLE}</title>" in result.stdout
    assert f"<style>\n{theme_css(DEFAULT_THEME)}\n</style>" in result.stdout
    assert result.stdout == source_tree("render", reference, "--to", "html")


def test_render_wechat_has_the_article_with_inline_styles(
    user_env: dict[str, str], workdir: Path, example: Path, reference: Path
) -> None:
    result = recapdesk(user_env, workdir, "render", example.name, "--to", "wechat")
    assert result.returncode == 0, result.stderr
    assert "kubernetes 源码研习社 一期活动总结</h1>" in result.stdout
    assert '<h1 style="color: #333333;' in result.stdout  # default.css, inlined
    assert "<style" not in result.stdout and "class=" not in result.stdout
    assert result.stdout.count('src="data:image/jpeg;base64,') == 1  # the photo, embedded
    assert result.stdout == source_tree("render", reference, "--to", "wechat")


def test_help_speaks_chinese_from_the_wheels_translations(
    user_env: dict[str, str], workdir: Path
) -> None:
    env = {**user_env, "LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8"}
    shown = recapdesk(env, workdir, "--help")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("用法：recapdesk")
    assert not shown.stderr  # no word of translations to build: the wheel has them


@pytest.fixture
def window(
    venv: Path, user_env: dict[str, str], example: Path, workdir: Path
) -> Iterator[tuple[int, Path]]:
    with app_window([str(venv / "bin" / "recapdesk"), example.name], user_env, workdir) as opened:
        yield opened


def test_the_window_shows_the_article_in_the_preview(window: tuple[int, Path]) -> None:
    port, log = window
    expected = headings(source_tree("render", EXAMPLE, "--to", "html"))
    assert len(expected) >= 3
    text = preview_text(port, log, expected[-1])
    missing = [heading for heading in expected if heading not in text]
    assert not missing, f"not in the preview: {missing}\n{text[:2000]}"
    shown = log.read_text("utf-8", errors="replace")
    assert "Traceback" not in shown
    assert "translations are not built" not in shown
