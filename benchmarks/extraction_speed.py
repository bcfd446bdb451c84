"""Extraction speed: claimcheck's pipeline against spaCy's blank tokenizer on the same text.

usage: python benchmarks/extraction_speed.py [DRAFTS_DIR] [--words N]

The drafts (default ../shared/corpus/drafts) are read as claimcheck reads them and repeated
until the corpus holds about N words (default 1,000,000). Both runs see the same analysis
texts in the same process, so the ratio is what the pipeline adds over tokenising alone.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from claimcheck.documents.reader import iter_draft_paths, read_document
from claimcheck.nlp.pipeline import build_pipeline

HERE = Path(__file__).resolve().parent
DEFAULT_DRAFTS = HERE.parent.parent / "shared" / "corpus" / "drafts"


def corpus(drafts: Path, words: int) -> list[str]:
    texts = [read_document(p).analysis for p in iter_draft_paths([drafts]) if isinstance(p, Path)]
    per_round = sum(len(t.split()) for t in texts)
    rounds = max(1, round(words / per_round))
    return texts * rounds


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="?", type=Path, default=DEFAULT_DRAFTS)
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args()

    texts = corpus(args.drafts, args.words)
    n_words = sum(len(t.split()) for t in texts)
    nlp = build_pipeline()
    nlp("warm-up: 70–80% of 264 patients")

    tokenizer_s = timed(lambda: list(nlp.tokenizer.pipe(texts, batch_size=16)))
    pipeline_s = timed(lambda: [doc._.claims for doc in nlp.pipe(texts, batch_size=16)])
    print(f"corpus: {len(texts)} documents, {n_words:,} words")
    print(f"spaCy blank tokenizer: {tokenizer_s:.2f} s, {n_words / tokenizer_s:,.0f} words/s")
    print(f"claimcheck extraction: {pipeline_s:.2f} s, {n_words / pipeline_s:,.0f} words/s")
    print(f"ratio claimcheck / tokenizer: {pipeline_s / tokenizer_s:.2f}x")


if __name__ == "__main__":
    main()
