"""The shortcuts that keep lint's cost flat when thousands of registry claims share a subject
must never change a verdict: a candidate is set aside only when it provably could not be
the figure's match nor change what a verdict reads.

Checked on every candidate of the verdict and matching sets (tests/data/verdicts/*.yaml,
tests/data/matching_cases*.yaml, each against its registry, as
benchmarks/verdict_accuracy.py reads them), and on a registry of our own where hundreds of
claims share a subject and the draft's figure must still find its one claim.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

import claimcheck.verify.matching as matching
from claimcheck.documents import read_document
from claimcheck.lint import lint
from claimcheck.nlp.quantity import BEFORE
from claimcheck.registry import load_registry
from claimcheck.verify.matching import DEFAULT_THRESHOLD
from claimcheck.verify.retrieval import candidates
from claimcheck.verify.verdicts import AGREEING_MATCH_MARGIN, _best_verdict

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)
DATA, FIXTURES = REPO / "tests" / "data", REPO / "tests" / "fixtures"
SETS = {  # the verdict sets and the matching sets, each with its registry
    **{
        path: FIXTURES / f"registry_{path.stem}"
        for path in sorted((DATA / "verdicts").glob("*.yaml"))
    },
    DATA / "matching_cases.yaml": REPO / "claims",
    **{
        path: FIXTURES / f"registry_{path.stem.removeprefix('matching_cases_')}"
        for path in sorted(DATA.glob("matching_cases_*.yaml"))
    },
}


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """(registry, linted claims) of each matching set, one draft per case."""
    sets = []
    for path, folder in SETS.items():
        cases = yaml.safe_load(path.read_text("utf-8"))
        drafts = tmp_path_factory.mktemp(path.stem)
        documents = []
        for index, case in enumerate(cases):
            path = drafts / f"case{index:03d}.md"
            path.write_text(case["text"] + "\n", encoding="utf-8")
            documents.append(read_document(path))
        registry = load_registry(folder)
        result = lint(documents, registry, today=TODAY)
        claims = {id(v.claim): v.claim for r in result.documents for v in r.verdicts}
        sets.append((registry, list(claims.values())))
    return sets


def _window_read(allowed, window):
    """What a verdict reads of the allowed candidates: best first, to the first one further
    than ``window`` below the best."""
    if not allowed:
        return []
    top = allowed[0].rank
    read = []
    for match in allowed:
        if match.rank < top - window:
            break
        read.append(match)
    return read


@pytest.fixture(scope="module")
def walked(judged):
    """Every figure of the sets ranked in full and with the window, once: the frame
    shortcut's candidates, the allowed candidates before their last evidence (with their
    surroundings), and the figures whose windowed ranking differs from the full one."""
    walk = {"framed": [], "pending": [], "differ": [], "compared": 0}
    finished = matching._finished

    def spy(pending, around, last, window):
        if window is None:
            walk["pending"].extend((p, around) for p in pending)
        return finished(pending, around, last, window)

    matching._finished = spy
    try:
        for registry, claims in judged:
            for claim in claims:
                for quantity in claim.quantities:
                    named = candidates(registry, claim, quantity)
                    if not named:
                        continue
                    around = matching._without_alternatives(
                        matching.Surroundings.of(claim, quantity), registry, named
                    )
                    for claim_id, positions in named.items():
                        registry_claim = registry.by_id[claim_id]
                        if matching._frame_rules_out(
                            around, registry_claim, registry.subject_terms
                        ):
                            evidence = matching._evidence(
                                registry_claim, around, quantity, positions, registry.subject_terms
                            )
                            walk["framed"].append((claim.text, claim_id, evidence))
                    full, near = matching.ranked_matches(registry, claim, quantity, named)
                    if quantity.role == BEFORE:
                        continue  # a baseline reads every allowed candidate: never windowed
                    cut, cut_near = matching.ranked_matches(
                        registry, claim, quantity, named, AGREEING_MATCH_MARGIN
                    )
                    walk["compared"] += 1
                    read = (
                        cut_near,
                        _window_read(cut, AGREEING_MATCH_MARGIN),
                        cut[: matching.EXPLAINED_FOR],
                        _best_verdict(claim, quantity, cut, cut_near, DEFAULT_THRESHOLD),
                    )
                    whole = (
                        near,
                        _window_read(full, AGREEING_MATCH_MARGIN),
                        full[: matching.EXPLAINED_FOR],
                        _best_verdict(claim, quantity, full, near, DEFAULT_THRESHOLD),
                    )
                    if read != whole:
                        walk["differ"].append((claim.text, quantity.text))
    finally:
        matching._finished = finished
    return walk


def test_a_contradicting_frame_rules_a_candidate_out_whatever_its_names(walked):
    """Every candidate set aside by its frame alone is one the full evidence rules out."""
    assert len(walked["framed"]) > 100  # the sets exercise it
    for text, claim_id, (bonus, why) in walked["framed"]:
        assert bonus is None and why, (text, claim_id)


def test_rank_ceilings_hold_on_every_allowed_candidate(walked):
    """The ceiling of each allowed candidate's rank is never below the rank it gets, and
    the floors and ceilings of its parts hold too."""
    assert len(walked["pending"]) > 300
    for pending, around in walked["pending"]:
        registry_claim = pending.registry_claim
        match = matching._finish(pending, around)
        assert matching._rank_ceiling(pending, around) >= match.rank
        assert matching.unexplained_penalty_floor(
            registry_claim, around
        ) <= matching.unexplained_penalty(registry_claim, around)
        assert matching.companion_evidence(registry_claim, around) <= matching.companion_ceiling(
            around
        )


def test_the_window_leaves_what_a_verdict_reads_unchanged(walked):
    """With the window, the matches a verdict reads (those within the margin of the best,
    the first few, the near miss) are the very ones the full ranking gives, in the same
    order, with the same ranks and words, and the verdict is the same."""
    assert walked["compared"] > 100
    assert walked["differ"] == []


SIBLING = """\
- id: sibling-{n}
  statement: "{pct}% of adults in survey wave {n} of the Harbour study reported daily walking."
  subject: [daily walking]
  context: [survey wave {n}]
  value: {{value: {pct}, unit: percent}}
  sources:
    - citation: "Made-up source {n}. Journal of Tests 2026;1:{n}"
  status: approved
  review_by: 2030-01-01
"""
OWN = """\
- id: walking-teenagers
  statement: "31% of teenagers walk to school every day."
  subject: [daily walking]
  context: [teenagers]
  value: {value: 31, unit: percent}
  sources:
    - citation: "Made-up survey of school travel. Journal of Tests 2026;2:1"
  status: approved
  review_by: 2030-01-01
"""


@pytest.mark.parametrize(("figure", "verdict"), [("31%", "supported"), ("52%", "conflict")])
def test_a_figure_finds_its_claim_among_hundreds_sharing_its_subject(tmp_path, figure, verdict):
    """Hundreds of sibling claims about daily walking (survey waves the draft never names)
    leave the figure about teenagers matched to the teenagers' claim, agreeing or not."""
    folder = tmp_path / "claims"
    folder.mkdir()
    siblings = [SIBLING.format(n=n, pct=10 + n % 80) for n in range(400)]
    (folder / "walking.yaml").write_text("\n".join([OWN, *siblings]), encoding="utf-8")
    draft = tmp_path / "page.md"
    draft.write_text(
        f"Among teenagers, daily walking to school is common: {figure} walk to school every day.\n",
        encoding="utf-8",
    )
    result = lint([read_document(draft)], load_registry(folder), today=TODAY)
    [found] = [v for r in result.documents for v in r.verdicts if v.quantity.text == figure]
    assert found.status == verdict
    assert found.registry_claim is not None and found.registry_claim.id == "walking-teenagers"
