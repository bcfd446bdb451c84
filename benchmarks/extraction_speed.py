"""Extraction speed: claimcheck's pipeline against spaCy's blank tokenizer plus sentencizer.

usage: python benchmarks/extraction_speed.py [DRAFTS_DIR] [--words N] [--repeat R]

The drafts (default ../shared/corpus/drafts) are read as claimcheck reads them and repeated
until the corpus holds about N words (default 1,000,000). Every run sees the same analysis
texts in the same process, one after another, each timed in CPU time (the process's, so
other work on a shared machine counts less) as the best of R runs (default 1):

- floor: ``spacy.blank("en")`` (spaCy's own English tokenizer) plus its sentencizer, the
  least a spaCy pipeline that finds sentences does;
- claimcheck's tokenizer plus sentencizer (nlp/tokenizer.py: the same tokens as English's);
- claimcheck extraction: the whole pipeline, claims read from each Doc.

The ratio extraction / floor is what the pipeline adds over tokenising and splitting
sentences. The load average is printed: the machine may be shared, and ratios measured in
one run hold better than times across runs.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from claimcheck.documents.reader import iter_draft_paths, read_document
from claimcheck.nlp.pipeline import PIPE_BATCH_SIZE, build_pipeline

HERE = Path(__file__).resolve().parent
DEFAULT_DRAFTS = HERE.parent.parent / "shared" / "corpus" / "drafts"
WARM_UP = "warm-up: 70–80% of 264 patients"


def draft_paths(drafts: Path) -> list[Path]:
    return [p for p in iter_draft_paths([drafts]) if isinstance(p, Path)]


def corpus(drafts: Path, words: int) -> list[str]:
    texts = [read_document(p).analysis for p in draft_paths(drafts)]
    per_round = sum(len(t.split()) for t in texts)
    rounds = max(1, round(words / per_round))
    return texts * rounds


def timed(run: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def floor_pipeline():
    """spaCy's blank English with its rule-based sentencizer."""
    nlp = spacy.blank("en")
    nlp.max_length = build_pipeline().max_length
    nlp.add_pipe("sentencizer")
    nlp(WARM_UP)
    return nlp


def time_floor(texts: list[str], repeat: int) -> float:
    nlp = floor_pipeline()
    return timed(lambda: list(nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE)), repeat)


def time_own_floor(texts: list[str], repeat: int) -> float:
    nlp = build_pipeline()
    nlp(WARM_UP)
    with nlp.select_pipes(enable=["sentencizer"]):
        return timed(lambda: list(nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE)), repeat)


def time_extraction(texts: list[str], repeat: int) -> float:
    nlp = build_pipeline()
    nlp(WARM_UP)
    return timed(lambda: [d._.claims for d in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE)], repeat)


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="?", type=Path, default=DEFAULT_DRAFTS)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    texts = corpus(args.drafts, args.words)
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {n_words:,} words; {load_line()}")
    floor_s = time_floor(texts, args.repeat)
    own_s = time_own_floor(texts, args.repeat)
    extraction_s = time_extraction(texts, args.repeat)
    for label, seconds in (
        ("floor: spaCy blank English + sentencizer", floor_s),
        ("claimcheck tokenizer + sentencizer", own_s),
        ("claimcheck extraction", extraction_s),
    ):
        print(f"{label:42s} {seconds:6.2f} s CPU, {n_words / seconds:9,.0f} words/s")
    print(f"ratio extraction / floor: {extraction_s / floor_s:.2f}x")
    print(f"ratio extraction / claimcheck tokenizer + sentencizer: {extraction_s / own_s:.2f}x")
    print(load_line())


if __name__ == "__main__":
    main()
