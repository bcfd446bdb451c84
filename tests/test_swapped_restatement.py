"""A figure swapped between two clauses of one sentence is a conflict with its own clause's
claim, even when the other clause's claim states it as its value (that claim backs only the
figures its statement gives besides its own). A disease the registry knows, said before a
noun ("flu symptoms"), names the disease; it does not narrow the claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: quellavir-adults
  statement: In adults, quellavir shortened the time to relief of influenza symptoms by 20 hours.
  subject: [quellavir]
  context: [adults, time to relief of symptoms]
  value: {value: 20, unit: hours}
  sources: [{citation: "Review 2021", quote: "adults: 20 hours; children: 31 hours"}]
  status: approved
  review_by: 2030-01-01
- id: quellavir-children
  statement: In children, quellavir shortened the time to relief of symptoms by 31 hours.
  subject: [quellavir]
  context: [children, time to relief of symptoms]
  value: {value: 31, unit: hours}
  sources: [{citation: "Review 2021", quote: "adults: 20 hours; children: 31 hours"}]
  status: approved
  review_by: 2030-01-01
- id: flu-deaths-world
  statement: Seasonal influenza causes up to 650,000 deaths a year.
  subject: [influenza, flu]
  context: [deaths]
  value: {high: 650000, unit: deaths/year}
  sources: [{citation: "WHO fact sheet", quote: "up to 650 000 respiratory deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In children, quellavir shortened flu symptoms by 31 hours; in adults, by 20 hours.", {}),
        (
            "In children, quellavir shortened flu symptoms by 20 hours; in adults, by 31 hours.",
            {
                "20 hours": ("CC101", "quellavir-children"),
                "31 hours": ("CC101", "quellavir-adults"),
            },
        ),
    ],
)
def test_a_swap_is_not_backed_by_the_other_clauses_claim(lint_text, text, expected) -> None:
    assert lint_text(text) == expected
