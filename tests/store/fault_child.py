"""The child of the fault-injection test: saves a project (and its recovery file) in a loop
until it is killed with SIGKILL.

Usage: ``python -m tests.store.fault_child BASE PROJECT RECOVERY``. It imports recapdesk once,
then for every ``run`` line on stdin forks a writer and waits for it. The writer continues the
numbered saves where the file on disk left off: before save ``n`` it writes ``n N`` to stdout,
then saves, then writes the recovery file. The parent kills the writer (never this process),
reads ``reaped PID STATUS``, and checks what is on disk. Forking keeps a round to milliseconds;
starting Python for every one of 200 kills would take most of a minute.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from recapdesk.model import Project
from recapdesk.store import load, save
from recapdesk.store.recovery import write_recovery

LIMIT = 100_000  # a writer nobody kills stops by itself


def edited(base: Project, n: int) -> Project:
    """Save number ``n``: the title says which, and the size varies, as a real edit does."""
    project = base.model_copy(deep=True)
    project.article.title = f"save {n}"
    project.testimonials.people[0].body = f"第{n}条感言，有删减和提取。\n\n" * (n % 40 + 1)
    return project


def number(project: Project) -> int:
    return int(project.article.title.removeprefix("save "))


def _say(text: str) -> None:
    # Unbuffered, one write per line: a line is never split or lost in a Python buffer.
    os.write(1, (text + "\n").encode())


def _writer(base: Project, project_path: Path, recovery: Path) -> None:
    n = number(load(project_path))
    while n < LIMIT:
        n += 1
        _say(f"n {n}")
        project = edited(base, n)
        save(project, project_path)
        write_recovery(recovery, project, project_path)


def main() -> None:
    base_path, project_path, recovery = (Path(arg) for arg in sys.argv[1:4])
    base = load(base_path)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _writer(base, project_path, recovery)
            finally:
                os._exit(0)
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main()
