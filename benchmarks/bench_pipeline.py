"""Time the pure pipeline on the bundled example: full render, and render after a one-field
edit (the per-section cache at work). Prints median and p95 in milliseconds.

    python benchmarks/bench_pipeline.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from recapdesk.compose import compose
from recapdesk.render.article_html import BlockRenderer
from recapdesk.resources import example_path
from recapdesk.store import load


def measure(action: Callable[[int], object], runs: int) -> tuple[float, float]:
    samples = []
    for run in range(runs):
        start = time.perf_counter()
        action(run)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    project = load(example_path("k8s-source-study-phase1"))

    def compose_only(_run: int) -> object:
        return compose(project)

    def full_render(_run: int) -> object:
        return BlockRenderer().render(project)  # a fresh cache: nothing reused

    warm = BlockRenderer()
    warm.render(project)

    def one_field_edit(run: int) -> object:
        project.honorees.people[0].name = f"金润森{run}"
        return warm.render(project)

    print(f"{'figure':<34}{'median ms':>10}{'p95 ms':>10}")
    for name, action in (
        ("compose (Project -> Markdown)", compose_only),
        ("full render (Project -> HTML)", full_render),
        ("render after a one-field edit", one_field_edit),
    ):
        median, p95 = measure(action, runs)
        print(f"{name:<34}{median:>10.2f}{p95:>10.2f}")


if __name__ == "__main__":
    main()
