"""The matching test sets against their registries: the shipped claims/ (the set the matcher
was tuned on) and an out-of-domain registry of weight-loss claims (a check that it carries).

Each case is a one-sentence draft of our own; its figure must match the expected registry
claim with the expected verdict, or, for near misses, match nothing. Top-1 accuracy is the
share of cases that pass: ``python -m pytest tests/test_matching.py -q -rx``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from claimcheck.documents import read_document
from claimcheck.lint import lint
from claimcheck.registry import load_registry

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)
SETS = {  # case file -> its registry
    "matching_cases.yaml": REPO / "claims",
    "matching_cases_obesity.yaml": REPO / "tests" / "fixtures" / "registry_obesity",
}
CASES = [
    (name, index, case)
    for name in SETS
    for index, case in enumerate(
        yaml.safe_load((REPO / "tests" / "data" / name).read_text("utf-8"))
    )
]


@pytest.fixture(scope="module")
def verdicts_by_case(tmp_path_factory):
    """Each set linted in one run, one draft per case: {(set, index): verdicts}."""
    verdicts = {}
    for name, registry in SETS.items():
        folder = tmp_path_factory.mktemp(name.removesuffix(".yaml"))
        documents, keys = [], []
        for case_name, index, case in CASES:
            if case_name == name:
                path = folder / f"case{index:03d}.md"
                path.write_text(case["text"] + "\n", encoding="utf-8")
                documents.append(read_document(path))
                keys.append((name, index))
        result = lint(documents, load_registry(registry), today=TODAY)
        verdicts.update(zip(keys, (r.verdicts for r in result.documents), strict=True))
    return verdicts


def _params():
    for name, index, case in CASES:
        marks = (
            [pytest.mark.xfail(strict=True, reason=case["known_gap"])]
            if "known_gap" in case
            else []
        )
        yield pytest.param(name, index, case, marks=marks, id=f"{name[:-5]}:{case['figure']}")


@pytest.mark.parametrize(("name", "index", "case"), list(_params()))
def test_figure_matches_its_registry_claim(verdicts_by_case, name, index, case):
    found = [v for v in verdicts_by_case[(name, index)] if v.quantity.text == case["figure"]]
    assert found, f"{case['figure']!r} not extracted from {case['text']!r}"
    verdict = found[0]
    got = verdict.registry_claim.id if verdict.registry_claim else None
    assert got == case["expect"]
    assert verdict.status == case.get("verdict", "unsupported")
