"""A survey's look-back period said without a number is part of a figure's frame: a
past-year (12-month) prevalence is not the lifetime prevalence, and the words that say the
period ("at some point in their lives") are the frame's to weigh, not words a claim must say
(NCS-R and NSDUH report both periods for one condition)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gad-lifetime-us
  statement: The lifetime prevalence of generalised anxiety disorder among US adults is 5.7%.
  subject: [generalised anxiety disorder, GAD]
  context: [US]
  value: {value: 5.7, unit: percent}
  sources: [{citation: "Survey report", quote: "lifetime prevalence 5.7%"}]
  status: approved
  review_by: 2030-01-01
- id: gad-past-year-us
  statement: In the past year, 2.7% of US adults had generalised anxiety disorder.
  subject: [generalised anxiety disorder, GAD]
  context: [US]
  value: {value: 2.7, unit: percent}
  sources: [{citation: "Survey report", quote: "12-month prevalence 2.7%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5.7% of US adults have GAD at some point in their lives.", {}),
        ("The 12-month prevalence of GAD among US adults is 2.7%.", {}),
        (
            "About 9% of US adults have GAD at some point in their lives.",
            {"About 9%": ("CC101", "gad-lifetime-us")},
        ),
        (
            "The past-year prevalence of GAD among US adults is 5.7%.",
            {"5.7%": ("CC101", "gad-past-year-us")},
        ),
        (
            "The lifetime prevalence of GAD among US adults is 2.7%.",
            {"2.7%": ("CC101", "gad-lifetime-us")},
        ),
    ],
)
def test_past_year_is_not_lifetime(lint_text, text, expected):
    assert lint_text(text) == expected
