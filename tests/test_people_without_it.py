"""A figure about people without a condition ("54 years for people without it", "a patient
without IBD", "the non-CKD group") is judged against the claim about them, never against the
claim about people with the condition, and the other way round; after a comparison ("three
times as likely as people without it") those without it are only whom the figure is compared
with."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: copd-life-expectancy
  statement: In Northland, people with COPD have a life expectancy of 71 years.
  subject: [COPD, chronic obstructive pulmonary disease]
  context: [life expectancy, Northland]
  value: {value: 71, unit: years}
  sources: [{citation: "Northland cohort 2023", quote: "71 years with COPD"}]
  status: approved
  review_by: 2030-01-01
- id: non-copd-life-expectancy
  statement: In Northland, a matched cohort free of COPD had a life expectancy of 80 years.
  subject: [life expectancy]
  context: [non-COPD, matched cohort, Northland]
  value: {value: 80, unit: years}
  sources: [{citation: "Northland cohort 2023", quote: "80 years without COPD"}]
  status: approved
  review_by: 2030-01-01
- id: copd-hospital-risk
  statement: People with COPD are four times as likely to be admitted to hospital.
  subject: [COPD, chronic obstructive pulmonary disease]
  context: [hospital admission]
  value: {value: 4, unit: fold}
  sources: [{citation: "Northland cohort 2023", quote: "four times as likely"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Northland, people with COPD have a life expectancy of 71 years, compared with"
            " 80 years for people without it.",
            {},
        ),
        (
            "In Northland, people with COPD have a life expectancy of 80 years, compared with"
            " 71 years for people without it.",
            {
                "80 years": ("CC101", "copd-life-expectancy"),
                "71 years": ("CC101", "non-copd-life-expectancy"),
            },
        ),
        (
            "Life expectancy in Northland is 71 years for a patient with COPD and 80 years for a"
            " patient without COPD.",
            {},
        ),
        (
            "Life expectancy in Northland is 80 years for a patient with COPD and 71 years for a"
            " patient without COPD.",
            {
                "80 years": ("CC101", "copd-life-expectancy"),
                "71 years": ("CC101", "non-copd-life-expectancy"),
            },
        ),
        # those without it are only what a ratio is compared with
        (
            "People with COPD are four times as likely to be admitted to hospital as people"
            " without it.",
            {},
        ),
        (
            "People with COPD are twice as likely to be admitted to hospital as people without it.",
            {"twice": ("CC101", "copd-hospital-risk")},
        ),
    ],
)
def test_people_without_it_are_judged_against_their_own_claim(lint_text, text, expected):
    assert lint_text(text) == expected
