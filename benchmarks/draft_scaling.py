"""Lint cost against draft length: a page of N paragraphs against one of 4N, in one process.

usage: python benchmarks/draft_scaling.py [--paragraphs 1000] [--repeat 3]

Linear code takes about 4x as long on the 4x page; a step that scans the page once per
sentence or per figure shows as a ratio far above 4 (before the fixes of 2026-11-23, a page of
8,000 short paragraphs took 57 s against 6 s for 2,000). Two shapes are timed: many short
paragraphs, and the same sentences run together in one paragraph. Every run lints with the
shipped registry and default rules, after one warm-up run so start-up is not counted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.rules import load_rules

REPO = Path(__file__).resolve().parent.parent
SENTENCE = "In 2020, about 45% of the 3,000 patients responded to the treatment in this trial."
SHAPES = {"short paragraphs": "\n\n", "one paragraph": " "}


def timed_lint(path: Path, registry, rules, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        lint([read_document(path)], registry, rules=rules)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    registry, rules = load_registry(REPO / "claims"), load_rules()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        warm = folder / "warm.txt"
        warm.write_text(SENTENCE + "\n")
        timed_lint(warm, registry, rules, 1)
        for shape, joiner in SHAPES.items():
            times = []
            for count in (args.paragraphs, 4 * args.paragraphs):
                page = folder / f"{count}.txt"
                page.write_text(joiner.join([SENTENCE] * count) + "\n")
                times.append(timed_lint(page, registry, rules, args.repeat))
            print(
                f"{shape:17s} {args.paragraphs:6d} sentences {times[0]:6.2f} s, "
                f"{4 * args.paragraphs:6d} sentences {times[1]:6.2f} s: {times[1] / times[0]:4.1f}x"
            )


if __name__ == "__main__":
    main()
