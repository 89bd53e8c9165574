"""Time every template of the text catalog: the median a user meets, not four chosen prompts.

Usage: ``.venv/bin/python bench/text_catalog.py [--resolutions 128 256 512] [--runs 3]``

``bench/run.py`` times the text engine on four fixed prompts so that revisions compare like for
like; the catalog grows every round, so this script measures what a prompt for any of its
templates costs today: for each resolution, every template's median over ``--runs`` builds of
"a <name>" (seed 7, matcher included, as a job runs it), then the median, the 90th percentile
and the slowest over the catalog, in wall and CPU seconds. CPU time stands beside wall time
because this machine is often shared: read wall times from a quiet run. Peak RSS is the
process's after every build (the engine loads the catalog, lexicon and encoder once).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from meshforge.engines.base import GenerationRequest
from meshforge.engines.text import TextEngine
from meshforge.engines.text.core.catalog import load_catalog


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolutions", type=int, nargs="+", default=[128, 256, 512])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=8, help="how many slowest to list")
    args = parser.parse_args()
    engine = TextEngine()
    engine.warm_up()
    names = sorted(load_catalog().templates)

    def build(name: str, resolution: int) -> None:
        request = GenerationRequest("text_to_3d", seed=7, resolution=resolution, prompt=f"a {name}")
        engine.generate(request, lambda *_: None, lambda: False)

    build(names[0], 64)  # imports and first-use caches
    print(f"text catalog: {len(names)} templates, median of {args.runs} builds each")
    print(
        f"  {'res':>5}{'median s':>10}{'p90 s':>8}{'CPU med':>9}{'CPU p90':>9}{'peak MB':>9}"
        "  slowest"
    )
    for resolution in args.resolutions:
        wall: dict[str, float] = {}
        cpu: dict[str, float] = {}
        for name in names:
            walls, cpus = [], []
            for _ in range(args.runs):
                start_wall, start_cpu = time.perf_counter(), time.process_time()
                build(name, resolution)
                walls.append(time.perf_counter() - start_wall)
                cpus.append(time.process_time() - start_cpu)
            wall[name], cpu[name] = statistics.median(walls), statistics.median(cpus)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        slowest = sorted(wall, key=wall.__getitem__, reverse=True)[: args.slowest]
        print(
            f"  {resolution:>5}{statistics.median(wall.values()):>10.3f}"
            f"{percentile(list(wall.values()), 0.9):>8.3f}"
            f"{statistics.median(cpu.values()):>9.3f}{percentile(list(cpu.values()), 0.9):>9.3f}"
            f"{peak_mb:>9.0f}  " + ", ".join(f"{n} {wall[n]:.2f}" for n in slowest),
            flush=True,
        )


if __name__ == "__main__":
    main()
