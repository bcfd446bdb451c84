"""A claim's timepoint and measure are read from its whole statement when a dosing interval
splits the clause of its value from them ("41.8% of patients who continued vedolizumab every
8 weeks were in clinical remission at week 52"): a figure at week 6 is not that claim's, and
with no other figure of the value's kind in the statement, nothing else can own them (issue
12, held-out IBD and stroke sets)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: remixa-remission-week-52
  statement: In TRAVEL-2, 38.5% of patients given remixa every 4 weeks were in remission at week 52.
  subject: [remixa, TRAVEL-2]
  context: [Crohn's disease]
  value: {value: 38.5, unit: percent}
  sources: [{citation: "TRAVEL-2 2023", quote: "38.5%"}]
  status: approved
  review_by: 2030-01-01
"""  # noqa: E501

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In TRAVEL-2, 38.5% of patients on remixa were in remission at week 52.", {}),
        (
            "In TRAVEL-2, 45.2% of patients on remixa were in remission at week 52.",
            {"45.2%": ("CC101", "remixa-remission-week-52")},
        ),
        # another timepoint: not the week-52 claim's figure
        (
            "In TRAVEL-2, 45.2% of patients on remixa were in remission at week 8.",
            {"45.2%": ("CC102", None)},
        ),
        # another measure
        (
            "In TRAVEL-2, 45.2% of patients on remixa died by week 52.",
            {"45.2%": ("CC102", None)},
        ),
    ],
)
def test_the_statement_gives_its_value_its_timepoint(lint_text, text, expected):
    assert lint_text(text) == expected
