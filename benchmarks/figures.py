"""One measured figure of the performance targets, and the table every benchmark prints.

Each benchmark module offers ``figures(quick: bool) -> list[Figure]``; ``run.py`` gathers them
all. ``quick`` runs a few samples only: it proves the benchmark still works (CI), not the
targets (CI machines are noisy).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


@dataclass
class Figure:
    """Samples of one figure; a target is met when each bound given holds."""

    name: str
    unit: str  # "ms", "s" or "MB"
    samples: list[float] = field(default_factory=list)
    median_under: float | None = None
    p95_under: float | None = None
    max_under: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)

    @property
    def maximum(self) -> float:
        return max(self.samples)

    @property
    def target(self) -> str:
        bounds = [
            f"{label} < {bound:g}"
            for label, bound in (
                ("median", self.median_under),
                ("p95", self.p95_under),
                ("max", self.max_under),
            )
            if bound is not None
        ]
        return ", ".join(bounds) or "-"

    @property
    def passed(self) -> bool | None:
        checks = [
            value < bound
            for value, bound in (
                (self.median, self.median_under),
                (self.p95, self.p95_under),
                (self.maximum, self.max_under),
            )
            if bound is not None
        ]
        return all(checks) if checks else None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Figure:
        return cls(**json.loads(line))


def sample(
    figure: Figure,
    action: Callable[[], object],
    runs: int,
    before: Callable[[], object] = lambda: None,
) -> Figure:
    """Time ``action`` ``runs`` times, in milliseconds, after one warm-up (imports and
    first-use caches are start-up costs, measured by bench_startup.py); ``before`` runs
    untimed before each."""
    before()
    action()
    for _run in range(runs):
        before()
        start = time.perf_counter()
        action()
        figure.samples.append((time.perf_counter() - start) * 1000)
    return figure


def _number(value: float, unit: str) -> str:
    return f"{value:.2f}" if unit == "s" or value < 10 else f"{value:.0f}"


def table(figures: list[Figure]) -> str:
    """The figures as a plain-text table: figure, unit, n, median, p95, max, target, result."""
    header = ("figure", "unit", "n", "median", "p95", "max", "target", "result")
    rows = [header]
    for figure in figures:
        verdict = {True: "pass", False: "FAIL", None: "-"}[figure.passed]
        rows.append(
            (
                figure.name,
                figure.unit,
                str(len(figure.samples)),
                _number(figure.median, figure.unit),
                _number(figure.p95, figure.unit),
                _number(figure.maximum, figure.unit),
                figure.target,
                verdict,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    numeric = {2, 3, 4, 5}
    lines = []
    for row in rows:
        cells = [
            cell.rjust(width) if column in numeric else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """File descriptor 1 points at stderr meanwhile: what Qt, the web engine's processes or
    a library print must not mix with the figures on stdout."""
    sys.stdout.flush()
    real = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(real, 1)
        os.close(real)


def bench_main(description: str | None, figures: Callable[[bool], list[Figure]]) -> None:
    """A benchmark script's command line: ``--quick`` (a few samples: does it still run) and
    ``--json`` (one JSON line per figure on stdout, for run.py), else the table."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="a few samples: does it still run")
    parser.add_argument("--json", action="store_true", help="one JSON line per figure")
    args = parser.parse_args()
    with stdout_to_stderr():
        results = figures(args.quick)
    if args.json:
        for figure in results:
            print(figure.to_json())
    else:
        print(table(results))
