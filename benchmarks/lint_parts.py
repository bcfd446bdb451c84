"""Where lint's time beyond extraction goes: each part's CPU time over one round of the drafts.

usage: python benchmarks/lint_parts.py [DRAFTS_DIR] [--repeat R] [--rounds N] [--rounds-only]

The drafts (default ../shared/corpus/drafts) are read once; lint runs on them once with the
shipped registry and rules (the pipeline built, its terms taught, caches filled), and then each
part is timed on its own, the best of R runs (default 15) of one round of all the drafts, in
CPU time: extraction (the pipeline, claims read), the whole lint, the verdicts (``judge``,
the figures' surroundings worked out afresh each round, as a new page's are), the verdicts'
findings and fixes, the rules' page (``page_of``: its word index and sentences) and each kind
of rule (the page's cost taken off). ``lint_speed.py``'s ratio is lint / extraction over a
million words; this says which part of the difference to cut. The load average is printed:
the machine may be shared, and a part's time moves with it.

The headline ratio is measured apart from the parts, in ``--rounds`` paired rounds (default
15): each round times one extraction and one lint of all the drafts back to back, in CPU time,
the order swapped every round (extraction first, then lint first), the cycle collector run
before each; each round gives its own lint / extraction, and the median of the rounds is
printed with their spread (lowest and highest, and the middle half), and so is the ratio of
the two least times of the rounds. A round's two runs see the same load, so the other work
on a shared machine moves its ratio far less than it moves a best-of-R time taken some
seconds apart from the other's; and since that work can only add to a run's CPU time (on a
virtual machine, time the host gives to others is counted to whichever process was
running), the least of many alternated runs is each code's own cost. ``--rounds-only``
times the rounds alone (what ``alternate.py`` reads from each run).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from extraction_speed import DEFAULT_DRAFTS, draft_paths, load_line

from claimcheck.documents.reader import read_document
from claimcheck.lint import lint, verdict_findings
from claimcheck.nlp.pipeline import analyse_documents
from claimcheck.registry.loader import load_registry
from claimcheck.rules import load_rules
from claimcheck.rules.checks import check_rule
from claimcheck.rules.page import page_of
from claimcheck.verify import matching
from claimcheck.verify.matching import DEFAULT_THRESHOLD
from claimcheck.verify.verdicts import judge

REPO = Path(__file__).resolve().parent.parent
RULE_KINDS = ("required", "avoid", "qualify", "relative")


def best_ms(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs of ``run``, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best * 1000


def paired_rounds(
    extraction: Callable[[], object], lint_run: Callable[[], object], rounds: int
) -> tuple[list[float], list[float]]:
    """CPU milliseconds of ``extraction`` and ``lint_run`` in ``rounds`` rounds, one run of
    each a round, back to back, extraction first in even rounds and lint first in odd ones
    (so neither always runs after the other's garbage), the collector run before each."""
    times: dict[str, list[float]] = {"extraction": [], "lint": []}
    for number in range(rounds):
        order = [("extraction", extraction), ("lint", lint_run)]
        for label, run in order if number % 2 == 0 else reversed(order):
            gc.collect()
            started = time.process_time()
            run()
            times[label].append((time.process_time() - started) * 1000)
    return times["extraction"], times["lint"]


def spread_line(ratios: list[float]) -> str:
    """The median of ``ratios`` with their lowest, highest and middle half."""
    ordered = sorted(ratios)
    if len(ordered) >= 4:
        low, _median, high = statistics.quantiles(ordered, n=4)
        middle = f", middle half {low:.3f}–{high:.3f}"
    else:
        middle = ""
    return (
        f"median {statistics.median(ordered):.3f}x over {len(ordered)} rounds "
        f"(lowest {ordered[0]:.3f}, highest {ordered[-1]:.3f}{middle})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="?", type=Path, default=DEFAULT_DRAFTS)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--rounds-only", action="store_true", help="the paired rounds alone, no parts"
    )
    args = parser.parse_args()

    documents = [read_document(p) for p in draft_paths(args.drafts)]
    registry, rules = load_registry(REPO / "claims"), load_rules()
    lint(documents, registry, rules=rules)  # warm-up: terms taught, caches filled
    analysed = list(analyse_documents(documents, registry))
    today = date.today()

    def judged() -> list:
        matching._SURROUNDINGS.clear()  # a new page's figures: worked out afresh
        return [judge(registry, claims, DEFAULT_THRESHOLD) for _d, claims, _doc in analysed]

    verdicts = judged()

    def findings() -> None:
        for (document, _claims, _doc), mine in zip(analysed, verdicts, strict=True):
            for verdict in mine:
                verdict_findings(document, verdict, today)

    def pages() -> None:
        for document, _claims, doc in analysed:
            page_of(document, doc)

    def rules_of(kind: str) -> Callable[[], None]:
        chosen = [rule for rule in rules if rule.kind == kind]

        def run() -> None:
            for document, claims, doc in analysed:
                page = page_of(document, doc)
                for rule in chosen:
                    check_rule(page, rule, claims, registry)

        return run

    print(f"{len(documents)} drafts; {load_line()}")
    if not args.rounds_only:
        parts = {
            "extraction": best_ms(
                lambda: list(analyse_documents(documents, registry)), args.repeat
            ),
            "lint": best_ms(lambda: lint(documents, registry, rules=rules), args.repeat),
            "verdicts (judge)": best_ms(judged, args.repeat),
            "verdicts' findings": best_ms(findings, args.repeat),
            "rules' page": best_ms(pages, args.repeat),
        }
        for kind in RULE_KINDS:
            parts[f"rules: {kind}"] = best_ms(rules_of(kind), args.repeat) - parts["rules' page"]
        for label, ms in parts.items():
            print(f"{label:20s} {ms:8.2f} ms")
        extra = parts["lint"] - parts["extraction"]
        ratio = parts["lint"] / parts["extraction"]
        print(
            f"lint beyond extraction {extra:.2f} ms; lint / extraction {ratio:.3f}x (best of each)"
        )
    extracted, linted = paired_rounds(
        lambda: list(analyse_documents(documents, registry)),
        lambda: lint(documents, registry, rules=rules),
        args.rounds,
    )
    print(
        f"paired rounds: extraction median {statistics.median(extracted):.2f} ms, lint median "
        f"{statistics.median(linted):.2f} ms"
    )
    ratios = [b / a for a, b in zip(extracted, linted, strict=True)]
    print(f"lint / extraction, paired: {spread_line(ratios)}")
    print(f"lint / extraction, least of the rounds: {min(linted) / min(extracted):.3f}x")
    print(load_line())


if __name__ == "__main__":
    main()
