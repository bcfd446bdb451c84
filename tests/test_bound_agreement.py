"""A figure that agrees with a one-sided claim ("over 60%", "up to 30%") is no evidence that it
is that claim's figure: every figure past the bound agrees. The agreeing figure's bonus
(``AGREEMENT_BONUS``) is for claims that state a point or a range."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gout-lmic-share
  statement: Over 60% of people with gout live in low- and middle-income countries.
  subject: [gout]
  context: [low- and middle-income countries]
  value: {low: 60, unit: percent, low_inclusive: false}
  sources: [{citation: "Gout atlas 2022", quote: "Over 60% of people with gout live in LMICs"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 65% of people with gout live in low- and middle-income countries.", {}),
        # another share of people with gout, worded far from the claim: not its figure
        ("Men make up 65% of the people living with gout.", {"65%": ("CC102", None)}),
    ],
)
def test_agreeing_with_a_bound_is_no_evidence(lint_text, text, expected):
    assert lint_text(text) == expected
