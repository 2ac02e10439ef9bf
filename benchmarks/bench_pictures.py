"""Pictures for Copy for WeChat: 20 camera photos of 4000 x 3000 px made ready as
the copy embeds them (upright, at most 1080 px wide and 1 MB, JPEG without metadata), the
first time, again in the same session (the memory cache), and in a new session (the disk
cache: each file read and hashed, nothing encoded).

The issue's goal is the whole copy of such a project under 2 s the first time and under
200 ms when nothing changed; these figures are the picture work alone, which is most of it.
It runs on as many threads as the machine has cores (PictureCache.prepare_files).

    python benchmarks/bench_pictures.py [--quick] [--json]
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from figures import Figure, bench_main, sample
from PIL import Image, ImageDraw

from recapdesk.render.pictures import PictureCache, PreparedPicture

PHOTOS = 20
WIDTH, HEIGHT = 4000, 3000


def camera_photos(folder: Path) -> list[Path]:
    """``PHOTOS`` different 4000 x 3000 JPEGs as a phone writes them (quality 92, EXIF
    orientation 6, ~4.3 MB each): a colour gradient with sensor grain, and a block that
    differs per photo, so no two share a cache entry."""
    down = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    across = Image.linear_gradient("L").rotate(90).resize((WIDTH, HEIGHT))
    scene = Image.merge("RGB", (down, across, Image.effect_noise((WIDTH, HEIGHT), 40)))
    grain = Image.merge("RGB", [Image.effect_noise((WIDTH, HEIGHT), 30) for _ in range(3)])
    base = Image.blend(scene, grain, 0.2)
    exif = Image.Exif()
    exif[0x0112] = 6
    paths = []
    for index in range(PHOTOS):
        photo = base.copy()
        ImageDraw.Draw(photo).rectangle((index * 150, 0, index * 150 + 400, 400), fill=index * 12)
        buffer = io.BytesIO()
        photo.save(buffer, "JPEG", quality=92, exif=exif)
        path = folder / f"IMG_{index:04d}.jpg"
        path.write_bytes(buffer.getvalue())
        paths.append(path)
    return paths


def prepare_all(cache: PictureCache, paths: list[Path]) -> None:
    results = cache.prepare_files(paths, workers=os.cpu_count() or 1)
    bad = [result for result in results if not isinstance(result, PreparedPicture)]
    assert not bad, bad
    assert all(result.width <= 1080 and len(result.data) <= 1_000_000 for result in results)


def figures(quick: bool = False) -> list[Figure]:
    first_runs, cached_runs = (1, 3) if quick else (5, 20)
    with tempfile.TemporaryDirectory() as root:
        paths = camera_photos(Path(root))
        disk = Path(root) / "cache"
        fresh: list[PictureCache] = []

        def new_cache() -> None:
            # A new session with an empty cache folder: nothing prepared yet.
            for entry in disk.glob("??/*.picture"):
                entry.unlink()
            fresh[:] = [PictureCache(disk)]

        first = sample(
            Figure(f"pictures: {PHOTOS} photos 4000x3000, first time", "ms", median_under=2000),
            lambda: prepare_all(fresh[0], paths),
            first_runs,
            before=new_cache,
        )
        warm = PictureCache(disk)
        prepare_all(warm, paths)
        again = sample(
            Figure(f"pictures: {PHOTOS} photos, again (memory cache)", "ms", median_under=200),
            lambda: prepare_all(warm, paths),
            cached_runs,
        )
        next_session = sample(
            Figure(f"pictures: {PHOTOS} photos, next session (disk cache)", "ms", median_under=200),
            lambda: prepare_all(PictureCache(disk), paths),
            cached_runs,
        )
    return [first, again, next_session]


if __name__ == "__main__":
    bench_main(__doc__, figures)
