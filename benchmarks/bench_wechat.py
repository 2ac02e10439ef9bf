"""Time Copy for WeChat on the bundled example: the WeChat post-processing of the article
fragment (what the clipboard gets), the same from the project (render included, section cache
warm as in the window), and the compliance check of the panel. Prints median and p95 in ms.

    python benchmarks/bench_wechat.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from recapdesk.render.article_html import render_article
from recapdesk.render.compliance import check_wechat
from recapdesk.render.themes import theme_names
from recapdesk.render.wechat import wechat_article, wechat_html
from recapdesk.resources import example_path
from recapdesk.store import load


def measure(action: Callable[[], object], runs: int) -> tuple[float, float]:
    action()  # warm-up: imports, theme files, the section cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=100)
    runs = parser.parse_args().runs
    project = load(example_path("k8s-source-study-phase1"))
    fragment = render_article(project)
    print(f"example: {len(fragment) / 1024:.1f} KB of article HTML, {runs} runs each")
    for theme in theme_names():
        project.article.theme = theme
        median, p95 = measure(lambda: wechat_html(fragment, theme), runs)  # noqa: B023
        print(f"wechat_html ({theme:<12})      median {median:6.2f} ms   p95 {p95:6.2f} ms")
    project.article.theme = "default"
    median, p95 = measure(lambda: wechat_article(project), runs)
    print(f"Copy for WeChat (project)       median {median:6.2f} ms   p95 {p95:6.2f} ms")
    median, p95 = measure(lambda: check_wechat(project), runs)
    print(f"compliance check (project)      median {median:6.2f} ms   p95 {p95:6.2f} ms")


if __name__ == "__main__":
    main()
