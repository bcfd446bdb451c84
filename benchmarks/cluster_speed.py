"""1,000 pages linted with --jobs 1, --jobs 2 and on a local Dask cluster of two workers.

usage: python benchmarks/cluster_speed.py [--pages 1000] [--skip-serial]

The pages are copies of the shared drafts (../shared/corpus/drafts) and the examples, in
turn, in a temporary folder; each run is ``claimcheck lint --no-cache -q`` in a fresh process
with the shipped registry and default rules, timed from start to exit. The cluster is a
``distributed.LocalCluster`` of two single-threaded worker processes on this machine, started
(and warmed with one small run, as a standing cluster would be) before the timed run. Prints
each time, the speed-up of --jobs 2 over --jobs 1, the cluster's time against --jobs 2, and
the load average before and after (the machine may be shared: a speed-up is meaningful only
when the load stays well under the number of CPUs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_DRAFTS = REPO.parent / "shared" / "corpus" / "drafts"
LINT = [sys.executable, "-m", "claimcheck", "lint", "pages", "--no-cache", "-q", "--no-progress"]


def make_pages(folder: Path, count: int) -> int:
    """``count`` pages in folder/pages; returns their words."""
    sources = sorted(SHARED_DRAFTS.glob("*")) if SHARED_DRAFTS.is_dir() else []
    sources += sorted((REPO / "examples").iterdir())
    pages = folder / "pages"
    pages.mkdir()
    words = 0
    for number in range(count):
        source = sources[number % len(sources)]
        target = pages / f"{number:04d}-{source.name}"
        shutil.copy(source, target)
        words += len(source.read_text(encoding="utf-8", errors="replace").split())
    shutil.copytree(REPO / "claims", folder / "claims")
    (folder / ".claimcheck.yaml").write_text("registry: claims\n", encoding="utf-8")
    return words


def timed(arguments: list[str], folder: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(arguments, cwd=folder, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(arguments)}: exit {done.returncode}\n{done.stderr}")
    return took


def load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--skip-serial", action="store_true", help="leave out --jobs 1")
    args = parser.parse_args()
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        words = make_pages(folder, args.pages)
        print(f"{args.pages} pages, {words:,} words; {os.cpu_count()} CPUs; {load()}", flush=True)
        times = {}
        if not args.skip_serial:
            times["--jobs 1"] = timed(LINT, folder)
            print(f"--jobs 1: {times['--jobs 1']:.1f} s; {load()}", flush=True)
        times["--jobs 2"] = timed([*LINT, "--jobs", "2"], folder)
        print(f"--jobs 2: {times['--jobs 2']:.1f} s; {load()}", flush=True)
        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            dask = [*LINT, "--executor", "dask", "--scheduler", cluster.scheduler_address]
            warm = folder / "warm"
            warm.mkdir()
            (warm / "pages").mkdir()
            shutil.copy(REPO / "examples" / "faq.txt", warm / "pages" / "faq.txt")
            shutil.copytree(folder / "claims", warm / "claims")
            timed(dask, warm)
            times["dask"] = timed(dask, folder)
        print(f"dask (LocalCluster, 2 workers): {times['dask']:.1f} s; {load()}")
        if "--jobs 1" in times:
            print(f"speed-up --jobs 2 over --jobs 1: {times['--jobs 1'] / times['--jobs 2']:.2f}x")
        print(f"ratio dask / --jobs 2: {times['dask'] / times['--jobs 2']:.2f}x")


if __name__ == "__main__":
    main()
