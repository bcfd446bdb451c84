"""Two timepoints are one when at most 3% apart in days: 76 weeks is "18 months" (2.9%),
but a figure for babies born at 22 weeks is not the claim about 23 weeks (4.3%)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: survival-22-weeks
  statement: Among actively treated babies born at 22 weeks' gestation, 30% survived to discharge.
  subject: [extremely preterm]
  timepoint: 22 weeks
  value: {value: 30, unit: percent}
  sources: [{citation: "Network report", quote: "30%"}]
  status: approved
  review_by: 2030-01-01
- id: survival-23-weeks
  statement: Among actively treated babies born at 23 weeks' gestation, 55% survived to discharge.
  subject: [extremely preterm]
  timepoint: 23 weeks
  value: {value: 55, unit: percent}
  sources: [{citation: "Network report", quote: "55%"}]
  status: approved
  review_by: 2030-01-01
- id: plaque-clearance-76-weeks
  statement: Amyloid clearance was reached by 76% of patients given lecadumab at 76 weeks.
  subject: [lecadumab]
  timepoint: 76 weeks
  value: {value: 76, unit: percent}
  sources: [{citation: "Trial report", quote: "76%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of extremely preterm babies born at 22 weeks and actively treated, 55% survived to"
         " discharge.", {"55%": ("CC101", "survival-22-weeks")}),
        ("Of extremely preterm babies born at 23 weeks and actively treated, 55% survived to"
         " discharge.", {}),
        ("After 18 months on lecadumab, about 76% of patients had reached amyloid clearance.",
         {}),
    ],
)  # fmt: skip
def test_timepoints_three_percent_apart(lint_text, text, expected):
    assert lint_text(text) == expected
