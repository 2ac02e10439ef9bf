"""Side by side with ghostwriter (KDE's Qt Markdown editor with a Chromium preview), under an
X server of its own (Xvfb), in one alternating run: the same article in both editors, the
bundled example and the stress project (stress.py), rendered to Markdown for ghostwriter.

Per run (side/xprobe.c watches it through X, from outside the app): start -> window mapped;
start -> visually complete (the last frame in which >= 300 pixels changed, once the window
has been still for 2.5 s); the memory of the whole process tree (PSS, 2 s after that); then
five keystrokes in the title -> the preview's h1 changed (frame differencing). Order: a warm-up
round, then for each round, for each document, recapdesk then ghostwriter: noise on a busy
machine hits both, so compare the ratios. A bare QWebEngineView showing the same HTML
(floor_probe.py, the app's Chromium flags) is measured the same way: the floor of a
QtWebEngine window, what no Python could make faster.

    python benchmarks/bench_side.py [--quick] [--json]    # needs ghostwriter, Xvfb, xdotool, gcc

Skipped, with a message, when one of them is missing (``make system-deps`` plus
``apt-get install ghostwriter``). Every run's figures go to $BENCH_DIR/results_side.json.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from statistics import median
from typing import Any

from figures import Figure, bench_main

from recapdesk.resources import example_path

HERE = Path(__file__).parent
SIDE = HERE / "side"
TOOLS = ("ghostwriter", "Xvfb", "xdotool", "gcc")
DOCS = ("example", "stress")
RUNS = int(os.environ.get("NRUNS", "7"))
KEYS = 5
# Window coordinates (x, y, w, h) in a 1280x800 window, as the layouts place them: the click
# into the Title field, the preview's h1, the edited line (its echo).
APPS: dict[str, dict[str, Any]] = {
    "recapdesk": {
        "title": "recapdesk",
        "click": (480, 134),
        "preview": (740, 115, 350, 90),
        "editor": (158, 125, 358, 19),
        "settings": (".config/recapdesk/recapdesk.conf", "recap.conf.in"),
        "wipe": (
            ".local/share/recapdesk/recapdesk/recovery",
            ".local/share/recapdesk/recapdesk/locks",
        ),
    },
    "ghostwriter": {
        "title": "ghostwriter",
        "click": None,  # ctrl+Home End: the end of the H1 line
        "preview": (722, 32, 536, 140),
        "editor": (160, 60, 540, 60),
        "settings": (".config/ghostwriter/ghostwriter.conf", "ghostwriter.conf.in"),
        "wipe": (),
    },
    "floor": {"title": "floor", "click": None, "settings": None, "wipe": ()},
}


def missing() -> list[str]:
    """What the comparison needs and this machine lacks."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextmanager
def x_server() -> Iterator[str]:
    """An Xvfb of its own, on the first free display from :90."""
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.name.isdigit():
            children.setdefault(int(stat[stat.rfind(")") + 2 :].split()[1]), []).append(
                int(entry.name)
            )
    found = [pid]
    for each in found:
        found.extend(children.get(each, []))
    return found


def pss_mb(pid: int) -> float:
    total = 0
    for each in tree(pid):
        try:
            lines = Path(f"/proc/{each}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in lines if line.startswith("Pss:"))
    return total / 1024


def kill_tree(pid: int) -> None:
    pids = tree(pid)
    for each in reversed(pids):
        with suppress(ProcessLookupError):
            os.kill(each, signal.SIGTERM)
    time.sleep(1.0)
    for each in pids:  # what is left: by its PID, once
        with suppress(ProcessLookupError):
            os.kill(each, signal.SIGKILL)


class Side:
    """The scratch folder: documents, homes, the probe; and one run of an app."""

    def __init__(self, folder: Path, display: str) -> None:
        self.folder = folder
        self.display = display
        self.probe = folder / "xprobe"
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["gcc", "-O2", "-o", str(self.probe), str(SIDE / "xprobe.c"), "-lX11", "-lXtst"],
            check=True,
        )
        docs = folder / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        self.docs = {"example": docs / "example.recap.toml", "stress": docs / "stress.recap.toml"}
        shutil.copy(example_path("k8s-source-study-phase1"), self.docs["example"])
        subprocess.run(
            [sys.executable, str(HERE / "stress.py"), str(self.docs["stress"])], check=True
        )
        for name, project in self.docs.items():  # the same article for the others
            for kind in ("md", "html"):
                out = docs / f"{name}.{kind}"
                command = ["render", str(project), "--to", kind, "-o", str(out)]
                subprocess.run([sys.executable, "-m", "recapdesk", *command], check=True)

    def env(self, app: str) -> dict[str, str]:
        home = self.folder / f"home-{app}"
        home.mkdir(exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_QPA"))}
        env.update(
            DISPLAY=self.display,
            HOME=str(home),
            XDG_RUNTIME_DIR=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox" if os.geteuid() == 0 else "",
            # Bytecode cached as on a user's machine, outside the source tree.
            PYTHONPYCACHEPREFIX=str(self.folder / "pycache"),
        )
        return env

    def command(self, app: str, document: str) -> list[str]:
        """A fresh copy of the document, the app's settings as after its first start."""
        runs = self.folder / "runs"
        shutil.rmtree(runs, ignore_errors=True)
        runs.mkdir()
        home = self.folder / f"home-{app}"
        settings = APPS[app]["settings"]
        if settings is not None:
            path = home / settings[0]
            path.parent.mkdir(parents=True, exist_ok=True)
            text = (SIDE / settings[1]).read_text().replace("@B@", str(self.folder))
            path.write_text(text)
        for folder in APPS[app]["wipe"]:
            shutil.rmtree(home / folder, ignore_errors=True)
        source = self.folder / "docs" / document
        if app == "floor":
            page = str(source.with_suffix(".html"))
            return [sys.executable, str(HERE / "floor_probe.py"), "--stay", page]
        if app == "ghostwriter":
            work = runs / f"{document}.md"
            shutil.copy(source.with_suffix(".md"), work)
            return ["ghostwriter", str(work)]
        work = runs / f"{document}.recap.toml"
        shutil.copy(self.docs[document], work)
        # SIDE_RECAPDESK: another build to compare (the app bundle: dist/recapdesk/recapdesk).
        recapdesk = os.environ.get("SIDE_RECAPDESK") or str(
            Path(sys.executable).with_name("recapdesk")
        )
        return [*recapdesk.split(), str(work)]

    def run(self, app: str, document: str, keys: bool = True) -> dict[str, Any]:
        env = self.env(app)
        command = self.command(app, document)
        title = APPS[app]["title"]
        launch = [str(self.probe), "launch", title, "90", "2500", "--", *command]
        probe = subprocess.Popen(
            launch, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        assert probe.stdout is not None
        result: dict[str, Any] = {"app": app, "doc": document}
        marks: dict[float, float] = {}  # visual_s so far -> PSS at 2 s of quiet after it
        for line in probe.stdout:
            if line.startswith("mark "):
                fields = dict(part.split("=") for part in line.split()[1:])
                children = [p for p in tree(probe.pid) if p != probe.pid]
                if children:
                    marks[float(fields["last"])] = pss_mb(children[0])
            elif line.startswith("pid="):
                result.update(part.split("=", 1) for part in line.split())
                break
        pid, window = int(result["pid"]), result["wid"]
        visual = float(result.get("visual_s", -1))
        result["visual_s"], result["map_s"] = visual, float(result.get("map_s", -1))
        result["pss_mb"] = marks.get(visual) or pss_mb(pid)
        if keys and window != "0" and APPS[app].get("preview"):
            result["keys_ms"] = self.keystrokes(app, window, env)
            result["pss_after_typing_mb"] = pss_mb(pid)
        kill_tree(pid)
        probe.wait(10)
        return result

    def keystrokes(self, app: str, window: str, env: dict[str, str]) -> list[float]:
        spec = APPS[app]

        def xdotool(*args: str) -> None:
            subprocess.run(["xdotool", *args], env=env, capture_output=True, check=False)

        xdotool("windowfocus", "--sync", window)
        if spec["click"]:
            xdotool("mousemove", "--window", window, *map(str, spec["click"]))
            time.sleep(0.1)
            xdotool("click", "1")
            time.sleep(0.2)
            xdotool("key", "End")
        else:
            xdotool("key", "ctrl+Home", "End")
        time.sleep(0.8)
        regions = [*map(str, spec["preview"]), *map(str, spec["editor"])]
        command = [str(self.probe), "latency", window, *regions, str(KEYS), "1500", "15000", "x"]
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=False).stdout
        keys = [
            dict(p.split("=") for p in line.split())
            for line in out.splitlines()
            if line.startswith("key=")
        ]
        return [float(key["first_ms"]) for key in keys if float(key["first_ms"]) >= 0]


def figures(quick: bool = False) -> list[Figure]:
    lacking = missing()
    if lacking:
        print(f"bench_side.py: skipped, not installed: {', '.join(lacking)}", file=sys.stderr)
        return []
    folder = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="recapdesk-side-"))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stopped: its X server stops too
    # --quick (does it still run): the example, the warm-up round and one more.
    rounds, documents = (1, DOCS[:1]) if quick else (RUNS, DOCS)
    results: list[dict[str, Any]] = []
    with x_server() as display:
        side = Side(folder, display)
        for document in documents if not quick else ():  # untimed: bytecode, file caches
            for app in ("recapdesk", "ghostwriter", "floor"):
                side.run(app, document, keys=False)
        for round_ in range(rounds + 1):  # round 0: a warm-up
            for document in documents:
                for app in ("recapdesk", "ghostwriter", "floor"):
                    result = side.run(app, document, keys=app != "floor")
                    result["round"] = round_
                    results.append(result)
                    print(json.dumps(result), file=sys.stderr, flush=True)
                    (folder / "results_side.json").write_text(json.dumps(results, indent=1))
    return summary([r for r in results if r["round"] > 0])


def summary(results: list[dict[str, Any]]) -> list[Figure]:
    out: list[Figure] = []
    targets = {"visual_s": 1.0, "pss_mb": 1.0, "keys_ms": 0.5}
    names = {
        "visual_s": "start -> visually complete",
        "pss_mb": "memory (PSS), all processes",
        "keys_ms": "keystroke -> preview",
    }
    units = {"visual_s": "s", "pss_mb": "MB", "keys_ms": "ms"}
    for document in DOCS:
        for key, target in targets.items():
            medians: dict[str, float] = {}
            for app in ("recapdesk", "ghostwriter", "floor"):
                values: list[float] = []
                for r in results:
                    if r["app"] == app and r["doc"] == document and key in r:
                        values.extend(r[key] if isinstance(r[key], list) else [r[key]])
                if not values:
                    continue
                medians[app] = median(values)
                out.append(Figure(f"side {document}: {names[key]}, {app}", units[key], values))
            if "recapdesk" in medians and medians.get("ghostwriter"):
                ratio = medians["recapdesk"] / medians["ghostwriter"]
                name = f"side {document}: {names[key]}, recapdesk / ghostwriter"
                out.append(Figure(name, "x", [ratio], median_under=target))
    return out


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
