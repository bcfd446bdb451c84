"""Verdict accuracy: how often lint gives each labelled figure the right verdict and claim.

usage: python benchmarks/verdict_accuracy.py [--show N] [--set NAME ...] [--threshold T]
       [--json PATH]

``--set`` keeps only the sets whose name ends with NAME (``--set urology``,
``--set verdicts/urology``, ``--set matching_cases_obesity``), so a new set's misses are shown
without the others' first.

The sets, each linted against its own registry, one Markdown draft per case and one lint run
per set (as tests/test_matching.py does), with today fixed at 2026-11-23:

- ``tests/data/verdicts/<domain>.yaml`` against ``tests/fixtures/registry_<domain>/`` (the
  verdict set: several health domains, labelled independently of the matcher);
- ``tests/data/matching_cases.yaml`` against the shipped ``claims/``, and
  ``tests/data/matching_cases_<name>.yaml`` against ``tests/fixtures/registry_<name>/``.

A case is a mapping: ``text`` (the draft), ``figure`` (the figure as written in it),
``expect`` (the registry id that must be matched, or null when no claim backs the figure),
``verdict`` (supported, conflict, overprecise or unsupported; default unsupported) and the
optional ``kind`` (what the case exercises: swap, sibling, table …), ``known_gap`` and
``note``. The figure is found by its text as written: its first occurrence in the draft that
is not inside a longer word or number (write more of the words around a figure that occurs
twice, "97% effective too"). The quantity at that place with exactly that text stands for it,
else the quantity overlapping that place most (``--show`` then names the extracted text); when
no quantity overlaps it, the figure was NOT EXTRACTED and the case counts as a miss of every
metric it belongs to.

Metrics, per set and pooled over all sets (a verdict is right when both its status and its
registry id are the expected ones; an unsupported verdict has no id):

- conflict precision: of the figures judged conflict, the share expected to be a conflict
  with that registry id (a conflict raised against the wrong claim accuses the draft wrongly);
- conflict recall: of the figures expected to be a conflict, the share judged conflict with
  the expected id;
- supported accuracy: of the figures expected supported, the share judged supported with
  the expected id;
- overall accuracy: the share of all figures with the right verdict and the right id.

``--json PATH`` writes one record per case (set, line, kind, figure, expected and actual
verdict and id, right), so two runs of different code can be compared case by case.

Sets with ``kind`` labels also get the overall accuracy per kind. ``--show N`` prints up to N
misses with their text, figure, expected and actual verdict. Exits 0 whatever the numbers;
exits 2 with one line naming the file (and line) when a set or a registry is invalid.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
FIXTURES = REPO / "tests" / "fixtures"
TODAY = date(2026, 11, 23)
VERDICTS = ("supported", "conflict", "overprecise", "unsupported")
CASE_FIELDS = ("text", "figure", "expect", "verdict", "kind", "known_gap", "note")


class SetError(Exception):
    """A set file or its registry is invalid; the message names the file (and line)."""


@dataclass(frozen=True)
class Case:
    text: str
    figure: str
    expect: str | None
    verdict: str
    kind: str | None
    line: int


@dataclass
class CaseSet:
    name: str  # e.g. "verdicts/cardiology", "matching_cases_obesity"
    path: Path
    registry: Path
    cases: list[Case] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    case: Case
    status: str | None  # None: the figure was not extracted
    got: str | None
    found: str | None  # the text of the quantity that stood for the figure

    @property
    def right(self) -> bool:
        return self.status == self.case.verdict and self.got == self.case.expect


def discover_sets() -> list[CaseSet]:
    """Every set file with the registry it is judged against, verdict sets first."""
    sets = [
        CaseSet(f"verdicts/{path.stem}", path, FIXTURES / f"registry_{path.stem}")
        for path in sorted((DATA / "verdicts").glob("*.yaml"))
    ]
    for path in sorted(DATA.glob("matching_cases*.yaml")):
        suffix = path.stem.removeprefix("matching_cases").lstrip("_")
        registry = FIXTURES / f"registry_{suffix}" if suffix else REPO / "claims"
        sets.append(CaseSet(path.stem, path, registry))
    return sets


def _where(path: Path, line: int | None = None) -> str:
    try:
        shown = path.relative_to(REPO)
    except ValueError:
        shown = path
    return f"{shown}:{line}" if line else str(shown)


def parse_cases(path: Path) -> list[Case]:
    """The cases of one set file; :class:`SetError` on anything malformed."""
    try:
        text = path.read_text("utf-8")
        root = yaml.compose(text)
        items = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as error:
        raise SetError(f"{_where(path)}: cannot read: {error}") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SetError(f"{_where(path, line)}: invalid YAML: {problem}") from error
    if not isinstance(items, list) or not items:
        raise SetError(f"{_where(path)}: a set is a non-empty list of cases ('- text: ...')")
    cases = []
    for node, item in zip(root.value, items, strict=True):
        line = node.start_mark.line + 1
        cases.append(_case(path, line, item))
    return cases


def _case(path: Path, line: int, item: object) -> Case:
    def fail(message: str) -> SetError:
        return SetError(f"{_where(path, line)}: {message}")

    if not isinstance(item, dict):
        raise fail("a case must be a mapping with text, figure, expect, verdict")
    unknown = sorted(set(item) - set(CASE_FIELDS))
    if unknown:
        raise fail(f"unknown field '{unknown[0]}' (fields: {', '.join(CASE_FIELDS)})")
    for name in ("text", "figure"):
        if not isinstance(item.get(name), str) or not item[name].strip():
            raise fail(f"'{name}' must be non-empty text")
    if "expect" not in item:
        raise fail("missing 'expect' (a registry id, or null for no claim)")
    expect = item["expect"]
    if expect is not None and not isinstance(expect, str):
        raise fail("'expect' must be a registry id or null")
    verdict = item.get("verdict", "unsupported")
    if verdict not in VERDICTS:
        raise fail(f"verdict '{verdict}' is not one of {', '.join(VERDICTS)}")
    if (expect is None) != (verdict == "unsupported"):
        raise fail("'expect: null' goes with verdict unsupported, and only with it")
    if item["figure"] not in item["text"]:
        raise fail(f"figure {item['figure']!r} does not occur in the text")
    kind = item.get("kind")
    if kind is not None and not isinstance(kind, str):
        raise fail("'kind' must be text")
    return Case(item["text"], item["figure"], expect, verdict, kind, line)


def load_sets(sets: list[CaseSet] | None = None):
    """Each set with its cases and loaded registry: [(CaseSet, Registry)]; :class:`SetError`
    when a file is invalid, a registry does not load, or an expected id is not in it."""
    from claimcheck.registry import RegistryLoadError, load_registry

    loaded = []
    for case_set in discover_sets() if sets is None else sets:
        case_set.cases = parse_cases(case_set.path)
        try:
            registry = load_registry(case_set.registry)
        except RegistryLoadError as error:
            first = error.errors[0] if getattr(error, "errors", None) else error
            raise SetError(f"registry for {_where(case_set.path)}: {first}") from error
        ids = {claim.id for claim in registry.claims}
        for case in case_set.cases:
            if case.expect is not None and case.expect not in ids:
                raise SetError(
                    f"{_where(case_set.path, case.line)}: expected id '{case.expect}' is not "
                    f"in {_where(case_set.registry)}"
                )
        loaded.append((case_set, registry))
    return loaded


def locate(case: Case) -> tuple[int, int]:
    """Where the figure is in the text: its first occurrence that is not part of a longer
    word or number ("162" is not found inside "BNT162b2")."""
    pattern = rf"(?<![\w.,]){re.escape(case.figure)}(?![\w]|[.,]\d)"
    found = re.search(pattern, case.text)
    start = found.start() if found else case.text.find(case.figure)
    return start, start + len(case.figure)


def _pick(verdicts, case: Case):
    """The verdict for the case's figure: the quantity at the figure's place with exactly its
    text, else the one overlapping it most; None when there is none (not extracted)."""
    start, end = locate(case)
    overlapping = [v for v in verdicts if v.quantity.start < end and v.quantity.end > start]
    for verdict in overlapping:
        if verdict.quantity.text == case.figure:
            return verdict
    if overlapping:
        overlap = lambda v: min(end, v.quantity.end) - max(start, v.quantity.start)  # noqa: E731
        return max(overlapping, key=overlap)
    return None


def run_set(case_set: CaseSet, registry, threshold: float | None) -> list[Outcome]:
    """Lint every case of the set as its own draft, in one run; one outcome per case."""
    from claimcheck.documents import read_document
    from claimcheck.lint import lint

    options = {} if threshold is None else {"threshold": threshold}
    with tempfile.TemporaryDirectory() as tmp:
        documents = []
        for index, case in enumerate(case_set.cases):
            path = Path(tmp) / f"case{index:03d}.md"
            path.write_text(case.text + "\n", encoding="utf-8")
            documents.append(read_document(path))
        result = lint(documents, registry, today=TODAY, **options)
    outcomes = []
    for case, document in zip(case_set.cases, result.documents, strict=True):
        verdict = _pick(document.verdicts, case)
        if verdict is None:
            outcomes.append(Outcome(case, None, None, None))
            continue
        claim = verdict.registry_claim
        got = claim.id if claim else None
        outcomes.append(Outcome(case, verdict.status, got, verdict.quantity.text))
    return outcomes


@dataclass(frozen=True)
class Scores:
    figures: int
    extracted: int
    conflict_tp: int
    judged_conflict: int
    expected_conflict: int
    supported_right: int
    expected_supported: int
    right: int


def score(outcomes: list[Outcome]) -> Scores:
    """The counts behind the four metrics (see the module docstring)."""
    return Scores(
        figures=len(outcomes),
        extracted=sum(o.status is not None for o in outcomes),
        conflict_tp=sum(o.status == "conflict" and o.right for o in outcomes),
        judged_conflict=sum(o.status == "conflict" for o in outcomes),
        expected_conflict=sum(o.case.verdict == "conflict" for o in outcomes),
        supported_right=sum(o.case.verdict == "supported" and o.right for o in outcomes),
        expected_supported=sum(o.case.verdict == "supported" for o in outcomes),
        right=sum(o.right for o in outcomes),
    )


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"


HEADER = (
    f"{'set':<26}{'figures':>8}{'extracted':>11}  {'conflict P':<15}{'conflict R':<15}"
    f"{'supported':<15}{'overall':<15}"
)


def row(name: str, s: Scores) -> str:
    return (
        f"{name:<26}{s.figures:>8}{s.extracted:>11}  {_ratio(s.conflict_tp, s.judged_conflict):<15}"
        f"{_ratio(s.conflict_tp, s.expected_conflict):<15}"
        f"{_ratio(s.supported_right, s.expected_supported):<15}"
        f"{_ratio(s.right, s.figures):<15}"
    )


def describe_miss(name: str, outcome: Outcome) -> str:
    case = outcome.case
    expected = f"{case.verdict} {case.expect or '(no claim)'}"
    if outcome.status is None:
        got = "NOT EXTRACTED (no quantity at the figure)"
    else:
        got = f"{outcome.status} {outcome.got or '(no claim)'}"
        if outcome.found != case.figure:
            got += f" (extracted as {outcome.found!r})"
    kind = f" [{case.kind}]" if case.kind else ""
    text = case.text.strip().replace("\n", "\n    ")
    return (
        f"{name}:{case.line}{kind} figure {case.figure!r}\n    {text}\n"
        f"  expected: {expected}\n  got:      {got}"
    )


def _record(name: str, outcome: Outcome) -> dict:
    """One case's outcome as JSON: where it is, what was expected and what lint said."""
    case = outcome.case
    return {
        "set": name,
        "line": case.line,
        "kind": case.kind,
        "figure": case.figure,
        "expect": [case.verdict, case.expect],
        "got": [outcome.status or "not extracted", outcome.got],
        "right": outcome.right,
    }


def _chosen(name: str, wanted: list[str]) -> bool:
    """Whether a set's name (``verdicts/urology``) is one of ``wanted``, by its full name or
    its last part."""
    return any(name == w or name.rsplit("/", 1)[-1] == w for w in wanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N misses")
    parser.add_argument("--threshold", type=float, default=None, help="lint's --threshold")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME", help="only sets named NAME"
    )
    parser.add_argument(
        "--json", type=Path, default=None, metavar="PATH", help="write one record per case"
    )
    args = parser.parse_args(argv)
    try:
        chosen = [s for s in discover_sets() if not args.set or _chosen(s.name, args.set)]
        if not chosen:
            raise SetError(f"no set is named {', '.join(args.set)}")
        loaded = load_sets(chosen)
    except SetError as error:
        print(f"verdict_accuracy: error: {error}", file=sys.stderr)
        return 2
    all_outcomes: list[Outcome] = []
    records: list[dict] = []
    misses: list[tuple[str, Outcome]] = []
    print(HEADER)
    for case_set, registry in loaded:
        outcomes = run_set(case_set, registry, args.threshold)
        all_outcomes.extend(outcomes)
        misses.extend((case_set.name, o) for o in outcomes if not o.right)
        print(row(case_set.name, score(outcomes)))
        records.extend(_record(case_set.name, o) for o in outcomes)
    print(row("overall", score(all_outcomes)))
    if args.json is not None:
        args.json.write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    kinds = Counter(o.case.kind for o in all_outcomes if o.case.kind)
    if kinds:
        right = Counter(o.case.kind for o in all_outcomes if o.case.kind and o.right)
        shown = ", ".join(f"{kind} {right[kind]}/{kinds[kind]}" for kind in sorted(kinds))
        print(f"\nright by kind: {shown}")
    if args.show and misses:
        print(f"\n{len(misses)} misses, first {min(args.show, len(misses))}:")
        for name, outcome in misses[: args.show]:
            print(describe_miss(name, outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
