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
