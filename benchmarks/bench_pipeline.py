"""The pure pipeline on the bundled example: Project -> Markdown, a full render (Project ->
HTML, nothing cached), and the render after a one-field edit (the per-section cache at work).

First, a reference: a fixed piece of pure Python, no target. This machine's speed has been
seen to change by half from one day to the next (a shared host), and every figure moves with
it; the reference row tells a slow day from a slower program when two tables are compared.

    python benchmarks/bench_pipeline.py [--quick] [--json]
"""

from __future__ import annotations

import itertools

from figures import Figure, bench_main, sample

from recapdesk.compose import compose
from recapdesk.pipeline import ArticlePipeline
from recapdesk.resources import example_path
from recapdesk.store import load


def reference_work() -> int:
    """A million additions in a Python loop: the interpreter's own speed, nothing else."""
    total = 0
    for number in range(1_000_000):
        total += number
    return total


def figures(quick: bool = False) -> list[Figure]:
    runs = 5 if quick else 200
    reference = sample(
        Figure("machine: reference Python loop (no target)", "ms"),
        reference_work,
        3 if quick else 30,
    )
    project = load(example_path("k8s-source-study-phase1"))
    warm = ArticlePipeline(project)
    warm.html_blocks()

    edits = itertools.count()
    path = ("groups", 0, "people", 0, "name")

    def one_field_edit() -> object:
        project.groups[0].people[0].name = f"金润森{next(edits)}"
        warm.edited(project, path)  # as the window's document tells its pipeline
        return warm.html_blocks()

    return [
        reference,
        sample(Figure("pipeline: compose, example", "ms"), lambda: compose(project), runs),
        sample(
            Figure("pipeline: full render, example", "ms", median_under=15),
            lambda: ArticlePipeline(project).html_blocks(),  # a fresh pipeline: nothing reused
            runs,
        ),
        sample(
            Figure("pipeline: one-field edit, example", "ms", median_under=5),
            one_field_edit,
            runs,
        ),
    ]


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
