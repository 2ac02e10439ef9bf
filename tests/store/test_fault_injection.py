"""Kill -9 at random moments while a project is being saved: the file on disk is always one
whole save, the one before the interrupted save or the interrupted save itself, and the
recovery file, when there is one, is whole too."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from recapdesk.model import Project
from recapdesk.store import dumps, load, save
from recapdesk.store.recovery import read_recovery, recovery_path, write_recovery
from tests.store.fault_child import edited, number
from tests.support import EXAMPLE_PATH, example_project

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the child forks its writers (POSIX)"),
]

KILLS = 200
SAVES_PER_ROUND = 3  # kills fall within about this many saves after the writer's first


def _save_time(base: Project, folder: Path) -> float:
    """How long one save plus its recovery file takes here (disks and busy machines differ
    tenfold), so that the kills land inside saves as often as between them."""
    folder.mkdir()
    path, times = folder / "timing.recap.toml", []
    for n in range(5):
        started = time.perf_counter()
        save(edited(base, n), path)
        write_recovery(recovery_path(folder, "timing"), edited(base, n), path)
        times.append(time.perf_counter() - started)
    return sorted(times)[2]


ROOT = Path(__file__).resolve().parents[2]


def _read_until(
    stream: IO[bytes], prefix: str, announced: list[int], *, saving: bool = False
) -> str:
    """Read the child's lines up to the one starting with ``prefix`` (and, with ``saving``,
    until the writer has started a save), adding the save numbers announced to ``announced``."""
    found = ""
    while not found or (saving and not announced):
        line = stream.readline().decode()
        assert line, "the fault-injection child ended unexpectedly"
        if line.startswith("n "):
            announced.append(int(line.split()[1]))
        elif line.startswith(prefix):
            found = line
    return found


def test_kill_9_while_saving_never_breaks_the_file(tmp_path: Path) -> None:
    base = example_project()
    project_path = tmp_path / "phase1.recap.toml"
    save(edited(base, 0), project_path)
    recovery = recovery_path(tmp_path / "recovery", "window")
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    window = SAVES_PER_ROUND * _save_time(base, tmp_path / "timing")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.fault_child", EXAMPLE_PATH, project_path, recovery],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    survived = interrupted = 0
    on_disk = in_recovery = 0
    started = time.monotonic()
    try:
        for _ in range(KILLS):
            child.stdin.write(b"run\n")
            child.stdin.flush()
            announced: list[int] = []
            # The writer starts by reading the file; the random moment starts with its first
            # save, so that the kills land in saves however fast or busy this machine is.
            line = _read_until(child.stdout, "pid ", announced, saving=True)
            writer = int(line.split()[1])
            time.sleep(rng.uniform(0, window))
            os.kill(writer, signal.SIGKILL)
            line = _read_until(child.stdout, f"reaped {writer} ", announced)
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, seed

            saved = load(project_path)  # parses, and is a valid project
            k = number(saved)
            assert project_path.read_bytes() == dumps(edited(base, k)).encode(), seed
            assert k in (announced[-1] - 1, announced[-1]), seed
            interrupted += k != announced[-1]
            backup = project_path.with_name(project_path.name + ".bak")
            if backup.exists():  # the save before, or this one when killed between renames
                assert number(load(backup)) <= k, seed
            if recovery.exists():
                _info, recovered = read_recovery(recovery)
                m = number(recovered)
                # Written after each save, so it is never ahead of the file; a kill during it
                # leaves an older one, never a lost or a half one.
                assert in_recovery <= m <= k, seed
                assert recovered == edited(base, m), seed
                in_recovery = m
            on_disk = k
            survived += 1
    finally:
        child.stdin.close()
        child.wait(10)
        child.stdout.close()
    leftovers = sorted(p.name for p in tmp_path.rglob(".*.tmp"))
    print(
        f"\nfault injection: survived {survived} of {KILLS} SIGKILLs in "
        f"{time.monotonic() - started:.1f} s (seed {seed}, kills within {window * 1000:.0f} ms "
        f"of a writer's first save); {interrupted} interrupted a save "
        f"before its rename, last save on disk #{on_disk}; "
        f"{len(leftovers)} temporary files left by killed writes"
    )
    assert survived == KILLS
    assert on_disk > 0, "no save ever completed: the kills came too early to test anything"
    assert interrupted > 0, "no kill landed inside a save: nothing was tested"
