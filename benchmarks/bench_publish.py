"""``recapdesk publish --dry-run`` of the bundled example: what a publish computes before its
first request (the WeChat HTML, the pictures found and read, WeChat's draft limits checked,
the JSON of what would be sent), in-process, without the interpreter's start.

The example has no picture, and a draft needs a cover: the benchmark gives it one, a PNG
beside a copy of the project, as a user's cover field would.

    python benchmarks/bench_publish.py [--quick] [--json]
"""

from __future__ import annotations

import json
import struct
import tempfile
import zlib
from pathlib import Path

from figures import Figure, bench_main, sample
from stress import save_with_pictures

from recapdesk.publish.flow import dry_run_document, plan_draft
from recapdesk.resources import example_path
from recapdesk.store import load


def cover_png(width: int = 900, height: int = 383) -> bytes:
    """A 2.35:1 PNG of one colour, the shape of a WeChat cover."""
    rows = b"".join(b"\x00" + b"\x2b\x6c\xb0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def dry_run(path: Path) -> str:
    """What ``recapdesk publish PATH --dry-run`` writes (the file read included)."""
    plan = plan_draft(load(path), path)
    return json.dumps(dry_run_document(plan), ensure_ascii=False, indent=2)


def figures(quick: bool = False) -> list[Figure]:
    runs = 3 if quick else 50
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "example.recap.toml"
        (Path(folder) / "cover.png").write_bytes(cover_png())
        project = load(example_path("k8s-source-study-phase1"))
        project.article.cover = "cover.png"
        save_with_pictures(project, path)
        return [
            sample(
                Figure("publish --dry-run, example", "ms", median_under=50),
                lambda: dry_run(path),
                runs,
            )
        ]


def main() -> None:
    bench_main(__doc__, figures)


if __name__ == "__main__":
    main()
