""" "Without it" / "without them" after a treatment said before is the untreated arm, not
people without the disease: "… 3.1% of those given a statin. Without it, 4.7%" is the
untreated claim's figure; after a condition ("those without it", the disease), it is
still people without the condition."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: statin-arm
  statement: >-
    In the PRIMA trial, a heart attack occurred within 5 years in 3.1% of participants
    given a statin.
  subject: [PRIMA, heart attack]
  value: {value: 3.1, unit: percent}
  sources: [{citation: "PRIMA report", quote: "3.1%"}]
  status: approved
  review_by: 2030-01-01
- id: untreated-arm
  statement: >-
    In the PRIMA trial, a heart attack occurred within 5 years in 4.7% of untreated
    participants.
  subject: [PRIMA, heart attack]
  group: [untreated]
  value: {value: 4.7, unit: percent}
  sources: [{citation: "PRIMA report", quote: "4.7%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In PRIMA, 3.1% of participants given a statin had a heart attack within 5 years;"
         " without it, 4.7% did.", {}),
        ("In PRIMA, a heart attack occurred within 5 years in 3.1% of those given a statin."
         " Without it one occurred in 4.7%.", {}),
        ("In PRIMA, 3.1% of participants given a statin had a heart attack within 5 years;"
         " without it, 6.2% did.", {"6.2%": ("CC101", "untreated-arm")}),
        ("Among people with heart disease in PRIMA, 3.1% had a heart attack within 5 years;"
         " among those without it, 4.7% did.", {"4.7%": ("CC102", None)}),
    ],
)  # fmt: skip
def test_without_the_treatment_said_before(lint_text, text, expected):
    assert lint_text(text) == expected
