"""Generate the stress project of the performance targets: 1,000 honorees and 300 testimonials
(about 300 KB of Markdown), deterministic so runs compare.

    python benchmarks/stress.py OUT.recap.toml
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from recapdesk.compose import compose
from recapdesk.model import Person, Project, Testimonial
from recapdesk.resources import example_path
from recapdesk.store import load, save
from recapdesk.store.assets import AssetsFolder, carry_pictures

HONOREES = 1000
TESTIMONIALS = 300
_SENTENCES = [
    "通过群内的同学们活跃的讨论，及大佬们的解答使我对 client-go 中很多细节方面有了深刻的理解。",
    "阅读源码时从整体到局部，先大概理清楚各个模块做了什么事情，对整体的调用逻辑有一个印象。",
    "We met every week, read one chapter, and wrote notes that others could build on.",
    "希望后面可以有一些视频直播，让基础差一点的同学也可以快速上手。",
    "1.  先把本周作业涉及到的章节通读一遍\n\n2.  然后对照着源码，把启动流程大概画个图",
]


EXAMPLE = example_path("k8s-source-study-phase1")


def save_with_pictures(project: Project, path: Path) -> None:
    """Save ``project`` (the example, or made from it) at ``path``, with the example's
    pictures beside it, as ``recapdesk new --example`` writes it."""
    carry_pictures(project, AssetsFolder(EXAMPLE), AssetsFolder(path))
    save(project, path)


def stress_project() -> Project:
    rng = random.Random(20261126)
    project = load(EXAMPLE)
    project.groups[0].people = [
        Person(
            name=f"学员{i:04d}",
            company=rng.choice(["云帐房", "腾讯云", "爱立信", "Lenovo", "KLOOK"]),
            title=rng.choice(["容器开发工程师", "SRE", "架构师", "Developer"]),
            github=f"user-{i:04d}",
        )
        for i in range(HONOREES)
    ]
    project.testimonials.people = [
        Testimonial(
            name=f"学员{i:04d}",
            company="云原生社区",
            cohort="研习一期",
            github=f"user-{i:04d}",
            body="\n\n".join(rng.choice(_SENTENCES) for _ in range(6)),
        )
        for i in range(TESTIMONIALS)
    ]
    return project


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "stress.recap.toml")
    project = stress_project()
    save_with_pictures(project, out)
    size = len(compose(project).encode("utf-8"))
    print(f"wrote {out}: {size // 1024} KB of Markdown")


if __name__ == "__main__":
    main()
