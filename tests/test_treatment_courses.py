"""How long a treatment is given is an arm of a trial: "treated for 7 days", "a 7-day course",
"seven days of antibiotics" is not the 14-day arm, and the length of a course is no timepoint
(the outcome is measured after it, "had died at 60 days")."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: short-course-relapse
  statement: In the SHORT trial, 11.2% of patients treated for 7 days relapsed by day 60.
  subject: [SHORT trial]
  context: [relapse]
  value: {value: 11.2, unit: percent}
  sources: [{citation: "SHORT 2021", quote: "relapse 11.2% (7 days) vs 9.8% (14 days)"}]
  status: approved
  review_by: 2030-01-01
- id: long-course-relapse
  statement: In the SHORT trial, 9.8% of patients treated for 14 days relapsed by day 60.
  subject: [SHORT trial]
  context: [relapse]
  value: {value: 9.8, unit: percent}
  sources: [{citation: "SHORT 2021", quote: "relapse 11.2% (7 days) vs 9.8% (14 days)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the SHORT trial, 9.8% of patients on a 7-day course relapsed.",
            {"9.8%": ("CC101", "short-course-relapse")},
        ),
        (
            "In the SHORT trial, seven days of antibiotics left 9.8% of patients with a relapse.",
            {"9.8%": ("CC101", "short-course-relapse")},
        ),
        (
            "In the SHORT trial, 11.2% of patients given antibiotics for 14 days relapsed.",
            {"11.2%": ("CC101", "long-course-relapse")},
        ),
        ("In the SHORT trial, 11.2% of patients treated for 7 days relapsed.", {}),
        ("After a 14-day course, 9.8% of SHORT trial patients relapsed.", {}),
    ],
)
def test_a_course_length_is_an_arm(lint_text, text, expected):
    assert lint_text(text) == expected
