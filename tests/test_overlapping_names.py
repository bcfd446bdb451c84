"""Names that overlap ("chronic hepatitis" and "hepatitis C" in "chronic hepatitis C") are
both found, so the figure's subject is not lost to the name that starts first; and "Within
10 years," opening a sentence is the time of the figure after it, capital letter or not."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: fever-q-scarring
  statement: Over 20 years, 10-20% of people with chronic fever Q develop liver scarring.
  subject: [fever Q]
  context: [chronic fever, liver scarring]
  timepoint: 20 years
  value: {low: 10, high: 20, unit: percent}
  sources: [{citation: "Q review", quote: "10-20% over 20 years"}]
  status: approved
  review_by: 2030-01-01
- id: fever-q-treated
  statement: About 5% of people with chronic fever Q had been treated by 2022.
  subject: [fever Q]
  context: [chronic fever, treated]
  value: {value: 5, unit: percent, approx: true}
  sources: [{citation: "Q report", quote: "about 5% treated"}]
  status: approved
  review_by: 2030-01-01
- id: fever-r-kidney
  statement: Kidney damage follows fever R in 8% of people.
  subject: [fever R]
  context: [kidney damage]
  value: {value: 8, unit: percent}
  sources: [{citation: "R report", quote: "kidney damage 8%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 20 years, 10–20% of people with chronic fever Q develop liver scarring.", {}),
        (
            "Over 20 years, 30–40% of people with chronic fever Q develop liver scarring.",
            {"30–40%": ("CC101", "fever-q-scarring")},
        ),
        # a time opening the sentence is the figure's, whatever its capital letter
        (
            "Within 10 years, 10–20% of people with chronic fever Q develop liver scarring.",
            {"10–20%": ("CC102", None)},
        ),
    ],
)
def test_overlapping_names_and_unexplained_names(lint_text, text, expected):
    assert lint_text(text) == expected
