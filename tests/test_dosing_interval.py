"""A dosing interval said with its number ("every 8 weeks", "every-12-weeks") is a schedule of
its own, as "monthly" is: a figure for the arm dosed every 4 weeks is not the claim about the
arm dosed every 8 weeks, in a claim's `group` as on the page."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: solace-q4w-remission
  statement: In SOLACE, 38% of patients on tazumab every 4 weeks were in remission at week 52.
  subject: [tazumab, SOLACE]
  context: [remission]
  group: [every 4 weeks]
  value: {value: 38, unit: percent}
  sources: [{citation: "SOLACE trial 2022", quote: "38% (every 4 weeks) and 45% (every 8 weeks)"}]
  status: approved
  review_by: 2030-01-01
- id: solace-q8w-remission
  statement: In SOLACE, 45% of patients on tazumab every 8 weeks were in remission at week 52.
  subject: [tazumab, SOLACE]
  context: [remission]
  group: [every 8 weeks]
  value: {value: 45, unit: percent}
  sources: [{citation: "SOLACE trial 2022", quote: "38% (every 4 weeks) and 45% (every 8 weeks)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At week 52 in SOLACE, 38% of patients dosed every 4 weeks were in remission, versus "
            "45% of those dosed every 8 weeks.",
            {},
        ),
        (
            "At week 52 in SOLACE, 45% of patients dosed every 4 weeks were in remission, versus "
            "38% of those dosed every 8 weeks.",
            {"45%": ("CC101", "solace-q4w-remission"), "38%": ("CC101", "solace-q8w-remission")},
        ),
        (
            "In SOLACE, 38% of patients on the every-8-weeks dose of tazumab were in remission at "
            "week 52.",
            {"38%": ("CC101", "solace-q8w-remission")},
        ),
    ],
)
def test_a_dosing_interval_is_a_schedule_of_its_own(lint_text, text, expected):
    assert lint_text(text) == expected
