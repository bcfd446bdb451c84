"""A share said of a sex and an age group ("31.0% of men aged 40–59") where the survey's
claims are told apart by sex and by age: neither the claim about all adults of that age nor
the one about men of all ages is that figure's, so it is unsupported, not accused (README,
"A word that narrows the subject"). Where a trial's claims are about one sex only, the sex
narrows nothing."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(claim_id: str, group: str, who: str, value: float, context: str) -> str:
    return f"""\
- id: {claim_id}
  statement: In the 2021 Freedonia Health Survey, {value}% of {who} had high blood pressure.
  subject: [high blood pressure, hypertension]
  context: [{context}]
  group: [{group}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Freedonia Health Survey 2021", quote: "{value}% of {who}"}}]
  status: approved
  review_by: 2030-01-01
"""


SURVEY = 'Freedonia Health Survey, Freedonia, "2021"'
REGISTRY = (
    _claim("fhs-aged-40-59", "aged 40-59", "adults aged 40–59", 26.0, SURVEY)
    + _claim("fhs-aged-20-39", "aged 20-39", "adults aged 20–39", 9.1, SURVEY)
    + _claim("fhs-men", "men", "men", 22.4, SURVEY)
    + _claim("fhs-women", "women", "women", 18.7, SURVEY)
    + """\
- id: mentor-lorvatan-bp-control
  statement: In the MENTOR trial, blood pressure was controlled in 61% of patients given lorvatan.
  subject: [high blood pressure, hypertension, lorvatan]
  context: [MENTOR]
  value: {value: 61, unit: percent}
  sources: [{citation: "MENTOR trial report", quote: "controlled in 61%"}]
  status: approved
  review_by: 2030-01-01
"""
)

lint_text = figure_verdicts_fixture(REGISTRY)

OPENING = "In the 2021 Freedonia Health Survey,"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{OPENING} 31.0% of men aged 40–59 had high blood pressure.", {"31.0%": ("CC102", None)}),
        # the men's own figure, said of men aged 40–59, is not backed by the men's claim
        (f"{OPENING} 22.4% of men aged 40–59 had high blood pressure.", {"22.4%": ("CC102", None)}),
        (
            f"{OPENING} 12.0% of women aged 20–39 had high blood pressure.",
            {"12.0%": ("CC102", None)},
        ),
        (
            f"{OPENING} 24.0% of adults aged 40–59 had high blood pressure.",
            {"24.0%": ("CC101", "fhs-aged-40-59")},
        ),
        (f"{OPENING} 28.0% of men had high blood pressure.", {"28.0%": ("CC101", "fhs-men")}),
        (
            "In the MENTOR trial, blood pressure was controlled in 55% of men given lorvatan.",
            {"55%": ("CC101", "mentor-lorvatan-bp-control")},
        ),
    ],
)
def test_a_part_the_survey_does_not_hold(lint_text, text, expected):
    assert lint_text(text) == expected
