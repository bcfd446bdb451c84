"""A figure whose clause says the drug its people were on ("men on docetaxel") is not the
claim about another drug's arm of the same trial, when a sibling claim's statement names
that drug as its arm: swapped arm figures are each a conflict with their own arm's claim.
Arms listed with "respectively" are paired by that rule instead."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: prism-radioligand-response
  statement: In PRISM, a PSA response occurred in 61% of men given radioligand RX-7.
  subject: [PRISM, RX-7]
  context: [PSA response, docetaxel, prostate cancer]
  value: {value: 61, unit: percent}
  sources: [{citation: "PRISM trial 2022", quote: "61% (RX-7) vs 39% (docetaxel)"}]
  status: approved
  review_by: 2030-01-01
- id: prism-docetaxel-response
  statement: In PRISM, a PSA response occurred in 39% of men given docetaxel.
  subject: [PRISM, RX-7]
  context: [PSA response, docetaxel, chemotherapy]
  value: {value: 39, unit: percent}
  sources: [{citation: "PRISM trial 2022", quote: "61% (RX-7) vs 39% (docetaxel)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In PRISM, 39% of men on docetaxel had a PSA response.", {}),
        ("In PRISM, 61% of men given RX-7 had a PSA response.", {}),
        (
            "In PRISM, 61% of men on docetaxel had a PSA response.",
            {"61%": ("CC101", "prism-docetaxel-response")},
        ),
        (
            "In PRISM, 39% of men treated with docetaxel had a PSA response.",
            {},
        ),
        (
            "In PRISM, 61% and 39% of men on RX-7 and docetaxel had a PSA response, respectively.",
            {},
        ),
    ],
)
def test_a_figure_said_of_another_drugs_arm(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected


COMBINATIONS = """\
- id: lumen-combined-clots
  statement: >-
    In the LUMEN trial, clots occurred at 34 per 10,000 person-years on hormone H plus
    progestin.
  subject: [LUMEN trial, hormone H]
  context: [clots]
  value: {value: 34, unit: "per 10,000 person-years"}
  sources:
    - citation: "LUMEN 2004"
      quote: "34 per 10,000 person-years (combined), 21 per 10,000 person-years (alone)"
  status: approved
  review_by: 2030-01-01
- id: lumen-alone-clots
  statement: In the LUMEN trial, clots occurred at 21 per 10,000 person-years on hormone H alone.
  subject: [LUMEN trial, hormone H]
  context: [clots]
  value: {value: 21, unit: "per 10,000 person-years"}
  sources:
    - citation: "LUMEN 2004"
      quote: "34 per 10,000 person-years (combined), 21 per 10,000 person-years (alone)"
  status: approved
  review_by: 2030-01-01
- id: lumen-pe-combined
  statement: >-
    In the LUMEN trial, lung clots occurred at 16 per 10,000 person-years on hormone H plus
    progestin.
  subject: [LUMEN trial, hormone H]
  context: [lung clots]
  value: {value: 16, unit: "per 10,000 person-years"}
  sources: [{citation: "LUMEN 2004", quote: "lung clots: 16 per 10,000 person-years (combined)"}]
  status: approved
  review_by: 2030-01-01
"""

combined_lint = figure_verdicts_fixture(COMBINATIONS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the LUMEN trial, clots occurred at 21 per 10,000 person-years on hormone H alone.",
            {},
        ),
        (
            "In the LUMEN trial, clots occurred at 34 per 10,000 person-years on hormone H alone.",
            {"34 per 10,000 person-years": ("CC101", "lumen-alone-clots")},
        ),
        (
            "In the LUMEN trial, clots occurred at 21 per 10,000 person-years on hormone H plus "
            "progestin.",
            {"21 per 10,000 person-years": ("CC101", "lumen-combined-clots")},
        ),
        (
            "In the LUMEN trial, lung clots occurred at 16 per 10,000 person-years on hormone H "
            "alone.",
            {"16 per 10,000 person-years": ("CC102", None)},
        ),
    ],
)
def test_a_drug_alone_is_not_its_combination(combined_lint, text: str, expected: dict) -> None:
    assert combined_lint(text) == expected


NUMBERED_TRIALS = """\
- id: skyfall-1-week-12
  statement: In SKYFALL 1, fezomab cut hot flushes by 64% at week 12.
  subject: [fezomab, SKYFALL 1]
  context: [hot flushes, week 12]
  value: {value: 64, unit: percent}
  sources: [{citation: "SKYFALL 1, 2023", quote: "a 64% cut in hot flushes at week 12"}]
  status: approved
  review_by: 2030-01-01
"""

numbered_lint = figure_verdicts_fixture(NUMBERED_TRIALS)


def test_a_trial_numbered_after_a_space_is_another_trial(numbered_lint) -> None:
    """SKYFALL 2 is not SKYFALL 1: a figure from it is no conflict with SKYFALL 1's claim."""
    text = "In SKYFALL 2, fezomab cut hot flushes by 58% at week 12."
    assert [code for code, _id in numbered_lint(text).values()] == ["CC102"]
    same = "In SKYFALL 1, fezomab cut hot flushes by 58% at week 12."
    assert [code for code, _id in numbered_lint(same).values()] == ["CC101"]
