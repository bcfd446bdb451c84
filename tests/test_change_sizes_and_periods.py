"""Two ways a right figure is written that a claim states otherwise: a change as a negative
number ("−3.1 days" in a table of changes) against a claim stating the size of the fall
("reduced … by 3.1 days"), and money per one period against the same currency per another
("$7,200 a year" against $600 a month)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: calmab-monthly-days
  statement: In the CALM trial, calmab reduced monthly headache days by 3.1 days.
  subject: [calmab, CALM trial]
  context: [monthly headache days, reduction]
  value: {value: 3.1, unit: days}
  sources: [{citation: "CALM trial 2019", quote: "reduced monthly headache days by 3.1 days"}]
  status: approved
  review_by: 2030-01-01
- id: calmab-price
  statement: Calmab has a list price of $600 a month in the US.
  subject: [calmab]
  context: [list price, US, cost]
  value: {value: 600, unit: USD/month}
  sources: [{citation: "Maker price list 2024", quote: "$600 per month"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = "### CALM trial\n\n| Arm | Change in monthly headache days |\n|---|---|\n| Calmab | {x} |"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TABLE.format(x="−3.1 days"), {}),
        (TABLE.format(x="-3.1 days"), {}),
        (TABLE.format(x="−4.9 days"), {"−4.9 days": ("CC101", "calmab-monthly-days")}),
        ("In the US, calmab costs $7,200 a year at list price.", {}),
        (
            "In the US, calmab costs $9,000 a year at list price.",
            {"$9,000 a year": ("CC101", "calmab-price")},
        ),
    ],
)
def test_a_fall_and_a_price_said_another_way(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
