"""A count of people who newly caught an infection ("was newly contracted by 210,000 people",
"acquired it") counts new infections (incidence), not those living with it (prevalence):
it is judged against the claim about new infections, whose unit may be ``infections``."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hcv-new-infections-2022
  statement: In 2022 there were 210,000 new hepatitis C infections in Egypt.
  subject: [hepatitis C, HCV]
  context: [Egypt, new infections, "2022"]
  value: {value: 210000, unit: infections}
  sources: [{citation: "Our own test source", quote: "210,000 new infections in 2022"}]
  status: approved
  review_by: 2030-01-01
- id: hcv-living-with-2022
  statement: In 2022, 3.5 million people in Egypt were living with hepatitis C.
  subject: [hepatitis C, HCV]
  context: [Egypt, living with, "2022"]
  value: {value: 3500000, unit: people}
  sources: [{citation: "Our own test source", quote: "3.5 million people living with HCV"}]
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Egypt in 2022, hepatitis C was newly contracted by 210,000 people.", {}),
        ("In Egypt, 210,000 people acquired hepatitis C in 2022.", {}),
        (
            "In Egypt in 2022, hepatitis C was newly contracted by 3.5 million people.",
            {"3.5 million people": ("CC101", "hcv-new-infections-2022")},
        ),
        ("In 2022, 3.5 million people in Egypt were living with hepatitis C.", {}),
    ],
)
def test_a_count_of_people_newly_infected_counts_new_infections(lint_text, text, expected):
    assert lint_text(text) == expected
