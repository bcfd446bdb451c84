"""A share per year ("10.6% a year", "1.7% per year") is a rate: it is judged against claims
that say their share is per year ("each year", "annual", "annualised", "/year"), never
against a share with no period, such as a lifetime risk or a prevalence."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gout-lifetime-men
  statement: The lifetime risk of gout is 19% in men.
  subject: [gout]
  group: [men]
  value: {value: 19, unit: percent}
  sources: [{citation: "Cohort", quote: "19% lifetime risk"}]
  status: approved
  review_by: 2030-01-01
- id: flare-annual-rate
  statement: In the FLARE-1 trial, the annualised rate of gout flares on placebo was 1.50%.
  subject: [gout flares, FLARE-1]
  group: [placebo]
  value: {value: 1.50, unit: percent}
  sources: [{citation: "FLARE-1 report", quote: "1.50% per year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The incidence of gout among men is 10.6% a year.", {"10.6% a year": ("CC102", None)}),
        ("The lifetime risk of gout is 25% in men.", {"25%": ("CC101", "gout-lifetime-men")}),
        ("In FLARE-1, gout flares on placebo occurred at 1.50% per year.", {}),
        (
            "In FLARE-1, gout flares on placebo occurred at 1.69% per year.",
            {"1.69% per year": ("CC101", "flare-annual-rate")},
        ),
    ],
)
def test_a_share_per_year_is_a_rate(lint_text, text, expected):
    assert lint_text(text) == expected
