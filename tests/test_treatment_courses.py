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


DECLARED = """\
- id: drug-r-8wk
  statement: Drug R cured 95% of patients.
  subject: [drug R]
  group: [8 weeks]
  value: {value: 95, unit: percent}
  sources: [{citation: "R trial", quote: "SVR 95% (8 weeks), 98% (12 weeks)"}]
  status: approved
  review_by: 2030-01-01
- id: drug-r-12wk
  statement: Drug R cured 98% of patients.
  subject: [drug R]
  group: [12 weeks]
  value: {value: 98, unit: percent}
  sources: [{citation: "R trial", quote: "SVR 95% (8 weeks), 98% (12 weeks)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_declared = figure_verdicts_fixture(DECLARED)


def test_a_course_declared_as_the_claims_group(lint_declared):
    assert lint_declared("With 8 weeks of drug R, 98% of patients were cured.") == {
        "98%": ("CC101", "drug-r-8wk")
    }
    assert lint_declared("Patients treated with drug R for 12 weeks: 98% cured.") == {}
