"""A share whose clause says its period away from the figure ("5.6% of patients die each
year") is a rate per that period, as "5.6% a year" is: judged against claims per year, never
against a share with another period or none ("per decade", a lifetime risk). "Within a year"
and "a year later" say when, not a rate."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: mortality-per-year
  statement: In severe anorexia, crude mortality is 0.5% per year of follow-up.
  subject: [severe anorexia]
  value: {value: 0.5, unit: percent}
  sources: [{citation: "Meta-analysis", quote: "0.5% per year"}]
  status: approved
  review_by: 2030-01-01
- id: mortality-per-decade
  statement: In severe anorexia, about 5% of patients die per decade of follow-up.
  subject: [severe anorexia]
  value: {value: 5, approx: true, unit: percent}
  sources: [{citation: "Meta-analysis", quote: "5% per decade"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In severe anorexia, about 5% of patients die each year.",
         {"about 5%": ("CC101", "mortality-per-year")}),
        ("In severe anorexia, 0.5% of patients die every year.", {}),
        ("In severe anorexia, about 5% of patients die per decade of follow-up.", {}),
    ],
)  # fmt: skip
def test_a_share_said_per_year_in_its_clause(lint_text, text, expected):
    assert lint_text(text) == expected
