"""Two codes timed by one benchmark in turn: a base and this checkout, each run its own process.

usage: python benchmarks/alternate.py BASE_SRC [--runs N] [--pattern REGEX] -- SCRIPT [ARGS...]

SCRIPT (a benchmark of this folder, e.g. ``benchmarks/lint_parts.py``) runs ``--runs`` times
(default 4) with each code, as base, this, this, base, base, this … (each pair's first code
swapped, so neither always runs first while the machine warms or a neighbour's job starts or
ends): the base with ``PYTHONPATH`` set to BASE_SRC (the ``src`` folder of a clean clone of
the base commit), this checkout with its own ``src``; both run this checkout's SCRIPT, so the
two codes are measured alike. Each run's figures are the first number after each ``--pattern``
in its output (default the two ratios ``lint_parts.py`` and ``lint_speed.py`` print: the
median of the paired rounds' lint / extraction, and the ratio of their least times).
Printed: each run's figures and its last load-average line, then per figure each code's
median, lowest and highest, and the median of this code's figures over the base's. On a
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
DEFAULT_PATTERNS = (r"lint / extraction[^:]*: median", r"lint / extraction, least of the rounds:")
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def run_once(
    src: Path, script: Path, args: list[str], patterns: list[re.Pattern[str]]
) -> list[float]:
    """The figures ``patterns`` introduce in the output of ``script`` run with the code of
    ``src``, one per pattern."""
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
    loads = [line for line in done.stdout.splitlines() if line.startswith("load average")]
    if loads:
        print(f"  {loads[-1]}", flush=True)
    figures = []
    for pattern in patterns:
        for line in done.stdout.splitlines():
            found = pattern.search(line)
            number = NUMBER.search(line, found.end()) if found else None
            if number:
                print(f"  {line.strip()}", flush=True)
                figures.append(float(number.group()))
                break
        else:
            sys.exit(f"no line matching {pattern.pattern!r} in the output:\n{done.stdout}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_src", type=Path, help="the src folder of the base's clean clone")
    parser.add_argument("--runs", type=int, default=4, help="runs of each code")
    parser.add_argument(
        "--pattern", action="append", help="a figure's label (repeatable; default both ratios)"
    )
    parser.add_argument("script", type=Path)
    parser.add_argument("script_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    script_args = [a for a in args.script_args if a != "--"]
    patterns = [re.compile(p) for p in args.pattern or DEFAULT_PATTERNS]
    base_src = args.base_src.resolve()
    script = args.script.resolve()
    codes = {"base": base_src, "this": HERE.parent / "src"}
    runs: dict[str, list[list[float]]] = {"base": [], "this": []}
    for number in range(args.runs):
        pair = ("base", "this") if number % 2 == 0 else ("this", "base")
        for code in pair:
            print(f"{code} run {len(runs[code]) + 1}:", flush=True)
            runs[code].append(run_once(codes[code], script, script_args, patterns))
    for index, pattern in enumerate(patterns):
        print(f"{pattern.pattern}:")
        medians = {}
        for code, found in runs.items():
            figures = [run[index] for run in found]
            medians[code] = statistics.median(figures)
            print(
                f"  {code}: median {medians[code]:.3f} (lowest {min(figures):.3f}, highest "
                f"{max(figures):.3f}) over {len(figures)} runs: "
                + ", ".join(f"{f:.3f}" for f in figures)
            )
        print(f"  this / base: {medians['this'] / medians['base']:.3f}")


if __name__ == "__main__":
    main()
