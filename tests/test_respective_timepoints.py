"""Timepoints listed once for as many figures, with "respectively" ("survival at 1, 5 and 10
years was 97%, 88% and 80%, respectively"), pair with the figures one by one: each figure is
judged against the claim at its own timepoint, never all against the last one said. Sizes of
a change listed the same way ("by 11.7 and 22.9 minutes") are no timepoints."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(years: int, value: float) -> str:
    return f"""\
- id: kite-survival-{years}y
  statement: In the Kite Cohort, survival {years} years after diagnosis was {value}%.
  subject: [myositis, Kite Cohort]
  context: [Kite Cohort, survival]
  timepoint: {years} years
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Kite Cohort", quote: "{value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(_claim(1, 97) + _claim(5, 88) + _claim(10, 80))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the Kite Cohort, survival with myositis at 1, 5 and 10 years was 97%, 88% and"
         " 80%, respectively.", {}),
        ("In the Kite Cohort, survival with myositis at 1, 5 and 10 years was 97%, 80% and"
         " 88%, respectively.",
         {"80%": ("CC101", "kite-survival-5y"), "88%": ("CC101", "kite-survival-10y")}),
    ],
)  # fmt: skip
def test_listed_timepoints_pair_with_the_figures(lint_text, text, expected):
    assert lint_text(text) == expected
