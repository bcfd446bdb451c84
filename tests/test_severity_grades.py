"""How severe the condition a figure counts is belongs to its frame, as graded scales say it:
one grade is a part of a claim that counts several grades together or all severities (not
accused), and another grade than the claim's rules the claim out."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hearing-loss-any
  statement: In the survey, mild, moderate or severe hearing loss affected 23% of adults over 60.
  subject: [hearing loss]
  context: [adults over 60]
  value: {value: 23, unit: percent}
  sources: [{citation: "Hearing survey 2018", quote: "23% had mild, moderate or severe loss"}]
  status: approved
  review_by: 2030-01-01
- id: psoriasis-severe-share
  statement: About 10% of people with psoriasis have severe disease.
  subject: [psoriasis]
  value: {value: 10, unit: percent, approx: true}
  sources: [{citation: "Dermatology review 2020", quote: "about 10% severe"}]
  status: approved
  review_by: 2030-01-01
- id: anaemia-all-grades
  statement: Anaemia of all grades was reported in 41% of patients on drug Q.
  subject: [anaemia, anemia]
  context: [drug Q, all grades]
  value: {value: 41, unit: percent}
  sources: [{citation: "Drug Q label 2022", quote: "anaemia (all grades) 41%; grade 3 or 4, 9%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mild, moderate or severe hearing loss affects 23% of adults over 60.", {}),
        (
            "Mild, moderate or severe hearing loss affects 31% of adults over 60.",
            {"31%": ("CC101", "hearing-loss-any")},
        ),
        # one grade of the several the claim counts together
        (
            "Mild hearing loss affects 15% of adults over 60.",
            {"15%": ("CC102", None)},
        ),
        (
            "Among adults over 60, 4% have severe hearing loss.",
            {"4%": ("CC102", None)},
        ),
        # another grade than the claim's
        (
            "Counting all grades, about 10% of people with psoriasis have the disease on"
            " their nails.",
            {"about 10%": ("CC102", None)},
        ),
        (
            "About 60% of people with psoriasis have mild disease.",
            {"About 60%": ("CC102", None)},
        ),
        (
            "About 25% of people with psoriasis have severe disease.",
            {"About 25%": ("CC101", "psoriasis-severe-share")},
        ),
        # one grade against a claim of all grades
        (
            "Severe anaemia was reported in 9% of patients on drug Q.",
            {"9%": ("CC102", None)},
        ),
        (
            "Anaemia of any grade was reported in 52% of patients on drug Q.",
            {"52%": ("CC101", "anaemia-all-grades")},
        ),
    ],
)
def test_one_grade_of_severity_is_not_a_claim_about_others(lint_text, text, expected):
    assert lint_text(text) == expected
