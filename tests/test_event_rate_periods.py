"""A count of events per one calendar period is that count per another, scaled: "about 0.2
painful crises a month" is 2.4 a year, against a claim of 2.5 crises per year; the scaled
figure's digits are the conversion's, so it is compared as an approximate one."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kestrel-crisis-rate
  statement: In KESTREL, adults given lorvatin had a median of 2.5 painful crises per year.
  subject: [lorvatin, KESTREL]
  context: [KESTREL, painful crises, crises per year]
  value: {value: 2.5, unit: crises/year}
  sources: [{citation: "KESTREL report", quote: "2.5 crises per year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In KESTREL, adults given lorvatin had a median of about 0.2 painful crises a month.",
         {}),
        ("In KESTREL, adults given lorvatin had a median of 0.6 painful crises a month.",
         {"0.6 painful crises a month": ("CC101", "kestrel-crisis-rate")}),
        ("In KESTREL, adults given lorvatin had a median of 2.5 painful crises a year.", {}),
    ],
)  # fmt: skip
def test_events_per_month_against_per_year(lint_text, text, expected):
    assert lint_text(text) == expected
