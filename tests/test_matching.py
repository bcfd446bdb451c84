"""The matching test set (tests/data/matching_cases.yaml) against the shipped registry.

Each case is a one-sentence draft of our own; its figure must match the expected registry
claim with the expected verdict, or, for near misses, match nothing. Top-1 accuracy is the
share of cases that pass: ``python -m pytest tests/test_matching.py -q``.
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
CASES = yaml.safe_load((REPO / "tests" / "data" / "matching_cases.yaml").read_text("utf-8"))
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def verdicts_by_case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("matching")
    documents = []
    for index, case in enumerate(CASES):
        path = folder / f"case{index:03d}.md"
        path.write_text(case["text"] + "\n", encoding="utf-8")
        documents.append(read_document(path))
    result = lint(documents, load_registry(REPO / "claims"), today=TODAY)
    return {int(r.document.path[-6:-3]): r.verdicts for r in result.documents}


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["figure"] for c in CASES])
def test_figure_matches_its_registry_claim(verdicts_by_case, index):
    case = CASES[index]
    verdicts = verdicts_by_case.get(index, [])
    found = [v for v in verdicts if v.quantity.text == case["figure"]]
    assert found, f"{case['figure']!r} not extracted from {case['text']!r}"
    verdict = found[0]
    got = verdict.registry_claim.id if verdict.registry_claim else None
    assert got == case["expect"]
    assert verdict.status == case.get("verdict", "unsupported")
