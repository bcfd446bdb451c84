"""Two codes timed by one benchmark in turn: a base and this checkout, each run its own process.

usage: python benchmarks/alternate.py BASE_SRC [--runs N] [--pattern REGEX] -- SCRIPT [ARGS...]

SCRIPT (a benchmark of this folder, e.g. ``benchmarks/lint_parts.py``) runs ``--runs`` times
(default 4) with each code, as base, this, this, base, base, this … (each pair's first code
swapped, so neither always runs first while the machine warms or a neighbour's job starts or
ends): the base with ``PYTHONPATH`` set to BASE_SRC (the ``src`` folder of a clean clone of
the base commit), this checkout with its own ``src``; both run this checkout's SCRIPT, so the
two codes are measured alike. Each run's figure is the first number after ``--pattern``
(default the paired lint / extraction median that ``lint_parts.py`` and ``lint_speed.py``
print) in its output.
Printed: each run's figure in order, then each code's median, lowest and highest, and the
median of this code's figures over the base's. Each run prints its load average too: on a
shared machine, a ratio taken in one run moves with the load less than a time does.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PATTERN = r"lint / extraction[^:]*: median"
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def run_once(src: Path, script: Path, args: list[str], pattern: re.Pattern[str]) -> float:
    """The figure ``pattern`` introduces in the output of ``script`` run with the code of
    ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{script} with {src} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    for line in done.stdout.splitlines():
        found = pattern.search(line)
        if found:
            number = NUMBER.search(line, found.end())
            if number:
                print(f"  {line.strip()}", flush=True)
                return float(number.group())
    sys.exit(f"no line matching {pattern.pattern!r} in the output of {script}:\n{done.stdout}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_src", type=Path, help="the src folder of the base's clean clone")
    parser.add_argument("--runs", type=int, default=4, help="runs of each code")
    parser.add_argument("--pattern", default=DEFAULT_PATTERN)
    parser.add_argument("script", type=Path)
    parser.add_argument("script_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    script_args = [a for a in args.script_args if a != "--"]
    pattern = re.compile(args.pattern)
    base_src = args.base_src.resolve()
    script = args.script.resolve()
    codes = {"base": base_src, "this": HERE.parent / "src"}
    figures: dict[str, list[float]] = {"base": [], "this": []}
    for number in range(args.runs):
        pair = ("base", "this") if number % 2 == 0 else ("this", "base")
        for code in pair:
            print(f"{code} run {len(figures[code]) + 1}:", flush=True)
            figures[code].append(run_once(codes[code], script, script_args, pattern))
    for code, found in figures.items():
        print(
            f"{code}: median {statistics.median(found):.3f} (lowest {min(found):.3f}, highest "
            f"{max(found):.3f}) over {len(found)} runs: " + ", ".join(f"{f:.3f}" for f in found)
        )
    change = statistics.median(figures["this"]) / statistics.median(figures["base"])
    print(f"this / base: {change:.3f}")


if __name__ == "__main__":
    main()
