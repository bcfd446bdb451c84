"""Lint speed: the whole lint of a corpus against its extraction alone, in one process.

usage: python benchmarks/lint_speed.py [DRAFTS_DIR] [--words N] [--repeat R] [--rounds N]

The corpus is extraction_speed.py's (the drafts, default ../shared/corpus/drafts, repeated to
about N words, default 1,000,000), read once as Documents. Timed one after another in the
same process, each the best of R runs (default 1): spaCy's floor (blank English plus
sentencizer), claimcheck's extraction (the pipeline, claims read) and ``lint`` with the
shipped registry (claims/) and the default rules: extraction, verdicts, rules and inline
controls, everything but reading the files and writing a report. Prints lint / extraction
and lint / floor, then lint / extraction in CPU time over ``--rounds`` paired rounds (default
3; each an extraction and a lint back to back, the order swapped every round:
``lint_parts.paired_rounds``) as the median of the rounds' ratios with their spread, and the
load average (the machine may be shared).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from extraction_speed import (
    DEFAULT_DRAFTS,
    draft_paths,
    load_line,
    time_extraction,
    time_floor,
    timed,
)
from lint_parts import paired_rounds, spread_line

from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.nlp.pipeline import PIPE_BATCH_SIZE, build_pipeline
from claimcheck.registry.loader import load_registry
from claimcheck.rules import load_rules

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="?", type=Path, default=DEFAULT_DRAFTS)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    documents = [read_document(p) for p in draft_paths(args.drafts)]
    per_round = sum(len(d.analysis.split()) for d in documents)
    documents = documents * max(1, round(args.words / per_round))
    texts = [d.analysis for d in documents]
    n_words = sum(len(t.split()) for t in texts)
    registry, rules = load_registry(REPO / "claims"), load_rules()
    lint(documents[:1], registry, rules=rules)  # warm-up: terms taught, caches filled
    print(f"corpus: {len(texts)} documents, {n_words:,} words; {load_line()}")
    floor_s = time_floor(texts, args.repeat)
    extraction_s = time_extraction(texts, args.repeat)
    lint_s = timed(lambda: lint(documents, registry, rules=rules), args.repeat)
    for label, seconds in (
        ("floor: spaCy blank English + sentencizer", floor_s),
        ("claimcheck extraction", extraction_s),
        ("claimcheck lint", lint_s),
    ):
        print(f"{label:42s} {seconds:6.2f} s, {n_words / seconds:9,.0f} words/s")
    print(f"ratio lint / extraction: {lint_s / extraction_s:.2f}x")
    print(f"ratio lint / floor: {lint_s / floor_s:.2f}x")
    # the same two again in CPU time, which others' load on a shared machine disturbs less,
    # paired round by round
    nlp = build_pipeline()
    extracted, linted = paired_rounds(
        lambda: [d._.claims for d in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE)],
        lambda: lint(documents, registry, rules=rules),
        max(1, args.rounds),
    )
    ratios = [b / a for a, b in zip(extracted, linted, strict=True)]
    print(
        f"ratio lint / extraction in CPU time: {spread_line(ratios)}; medians: extraction "
        f"{statistics.median(extracted) / 1000:.2f} s, "
        f"lint {statistics.median(linted) / 1000:.2f} s"
    )
    print(f"ratio lint / extraction, least of the rounds: {min(linted) / min(extracted):.3f}x")
    print(load_line())


if __name__ == "__main__":
    main()
