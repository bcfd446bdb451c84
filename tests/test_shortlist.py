"""Bounded retrieval (verify/shortlist.py): a figure whose names and unit retrieve more than
CANDIDATE_CAP registry claims hands the matcher only the CANDIDATE_CAP best by the first
stage's score; below the cap retrieval is what it always was.

Checked on a registry of our own where hundreds of claims share the figure's subject and
unit (its own claim written last, so registry order cannot keep it), and on the examples,
the shipped claims and the verdict sets' registries, where the bounded path with nothing
cut must give what retrieval always gave: the same ids, in the same order, with the same
offsets.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
import yaml

import claimcheck.verify.shortlist as shortlist
import claimcheck.verify.verdicts as verdicts
from claimcheck.documents import read_document
from claimcheck.lint import lint
from claimcheck.registry import load_registry
from claimcheck.verify.retrieval import candidates

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)
CAP = shortlist.CANDIDATE_CAP

SIBLING = """\
- id: ward-{n}
  statement: "{pct}% of patients on ward {n} of the Riverside trust had a fall during {year}."
  subject: [inpatient falls]
  context: [ward {n}]
  value: {{value: {pct}, unit: percent}}
  sources:
    - citation: "Made-up audit {n}. Journal of Tests 2026;1:{n}"
  status: approved
  review_by: 2030-01-01
"""
OWN = """\
- id: falls-over-80s-hip
  statement: "Among inpatients aged over 80, 23% of falls ended in a hip fracture."
  subject: [inpatient falls]
  context: [hip fracture, aged over 80]
  value: {value: 23, unit: percent}
  sources:
    - citation: "Made-up falls audit. Journal of Tests 2026;2:1"
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """A registry where three times the cap of claims share the figure's subject and unit,
    the figure's own claim last of all."""
    assert CAP is not None
    folder = tmp_path_factory.mktemp("crowded") / "claims"
    folder.mkdir()
    siblings = [SIBLING.format(n=n, pct=5 + n % 60, year=1990 + n % 30) for n in range(3 * CAP)]
    (folder / "falls.yaml").write_text("\n".join([*siblings, OWN]), encoding="utf-8")
    return load_registry(folder)


def _verdict(tmp_path, registry, text, figure):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    result = lint([read_document(draft)], registry, today=TODAY)
    [found] = [v for r in result.documents for v in r.verdicts if v.quantity.text == figure]
    return found


@pytest.mark.parametrize(("figure", "verdict"), [("23%", "supported"), ("41%", "conflict")])
def test_the_figure_finds_its_claim_past_the_cap(tmp_path, crowded, figure, verdict):
    """Among hundreds of ward audits about inpatient falls, the figure about hip fractures
    in the over-80s is still judged against its own claim, agreeing or not."""
    found = _verdict(
        tmp_path,
        crowded,
        f"In inpatient falls among patients aged over 80, {figure} ended in a hip fracture.",
        figure,
    )
    assert found.status == verdict
    assert found.registry_claim is not None and found.registry_claim.id == "falls-over-80s-hip"


def test_retrieval_past_the_cap_is_bounded(tmp_path, crowded, monkeypatch):
    """The matcher is handed exactly the cap, the figure's own claim among them."""
    handed = []

    def recorded(registry, claim, quantity):
        found = candidates(registry, claim, quantity)
        handed.append(found)
        return found

    monkeypatch.setattr(verdicts, "candidates", recorded)
    _verdict(
        tmp_path,
        crowded,
        "In inpatient falls among patients aged over 80, 23% ended in a hip fracture.",
        "23%",
    )
    assert [len(found) for found in handed] == [CAP]
    assert "falls-over-80s-hip" in handed[0]


@pytest.mark.parametrize(
    "text",
    [
        "In inpatient falls among patients aged over 80, 23% ended in a hip fracture.",
        "Inpatient falls cost the service dearly: 23% of the budget went on them.",
        "On ward 12 of the Riverside trust, 17% of patients had a fall during 2002.",
        "Inpatient falls on ward 7 rose to 71% in 1997.",
    ],
)
def test_verdicts_past_the_cap_are_the_uncapped_ones(tmp_path, crowded, monkeypatch, text):
    """Each figure gets the verdict, and the claim, the matcher gives when it weighs every
    claim that shares the subject."""
    figure = next(word for word in text.split() if word.endswith("%"))
    capped = _verdict(tmp_path, crowded, text, figure)
    monkeypatch.setattr(shortlist, "CANDIDATE_CAP", None)
    uncapped = _verdict(tmp_path, crowded, text, figure)
    assert capped.status == uncapped.status
    assert capped.registry_claim == uncapped.registry_claim


DATA, FIXTURES = REPO / "tests" / "data", REPO / "tests" / "fixtures"
SETS = {  # the matching sets and the first verdict sets, each with its registry
    DATA / "matching_cases.yaml": REPO / "claims",
    **{
        path: FIXTURES / f"registry_{path.stem.removeprefix('matching_cases_')}"
        for path in sorted(DATA.glob("matching_cases_*.yaml"))
    },
    **{
        path: FIXTURES / f"registry_{path.stem}"
        for path in sorted((DATA / "verdicts").glob("*.yaml"))[:10]
    },
}


def _retrieved(registry, claim, quantity, cap, keep_all=False):
    kept = shortlist.CANDIDATE_CAP, shortlist._best
    shortlist.CANDIDATE_CAP = cap
    if keep_all:
        shortlist._best = lambda scores, cap: np.arange(len(scores))
    try:
        return candidates(registry, claim, quantity)
    finally:
        shortlist.CANDIDATE_CAP, shortlist._best = kept


@pytest.mark.parametrize("cases", list(SETS), ids=lambda path: path.stem)
def test_the_bounded_path_with_nothing_cut_is_retrieval_as_ever(tmp_path, cases):
    """Every figure of a set's texts (and of the examples) retrieved through the bounded
    path (a cap of 1, nothing cut) gets the ids, order and offsets of plain retrieval:
    names said in the sentence, before it and in table headers, units the figure converts
    to, subject names said split around the figure."""
    documents = [read_document(path) for path in sorted((REPO / "examples").iterdir())]
    for index, case in enumerate(yaml.safe_load(cases.read_text("utf-8"))):
        path = tmp_path / f"case{index:03d}.md"
        path.write_text(case["text"] + "\n", encoding="utf-8")
        documents.append(read_document(path))
    registry = load_registry(SETS[cases])
    result = lint(documents, registry, today=TODAY)
    compared = 0
    for claim in {id(v.claim): v.claim for r in result.documents for v in r.verdicts}.values():
        for quantity in claim.quantities:
            plain = _retrieved(registry, claim, quantity, None)
            if len(plain) > 1:
                compared += 1
                bounded = _retrieved(registry, claim, quantity, 1, keep_all=True)
                assert list(bounded.items()) == list(plain.items())
    assert compared > 0


def test_below_the_cap_no_index_is_built(tmp_path, monkeypatch):
    """A registry whose names are shared by fewer claims than the cap never builds the
    word index: retrieval is what it always was."""

    def refused(claims):
        raise AssertionError("the word index was built below the cap")

    monkeypatch.setattr(shortlist, "_build", refused)
    documents = [read_document(path) for path in sorted((REPO / "examples").iterdir())]
    result = lint(documents, load_registry(REPO / "claims"), today=TODAY)
    assert any(v.status == "supported" for r in result.documents for v in r.verdicts)
