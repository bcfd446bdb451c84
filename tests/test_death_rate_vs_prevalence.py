"""A rate of those who have a condition ("a prevalence of 2,638 per 100,000") is never
judged against a death rate of the same condition, however alike their words and place:
the claim counts deaths, the figure those living with it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: bronchiectasis-death-rate
  statement: >-
    In 2019 the age-standardised death rate from bronchiectasis in England was 6.2
    per 100,000.
  subject: [bronchiectasis]
  context: [England]
  value: {value: 6.2, unit: "deaths per 100,000"}
  sources: [{citation: "Registry report", quote: "6.2 deaths per 100,000"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2019 the age-standardised prevalence of bronchiectasis in England"
            " was 566 per 100,000.",
            {"566 per 100,000": ("CC102", None)},
        ),
        (
            "About 485 per 100,000 people in England were living with bronchiectasis in 2019.",
            {"About 485 per 100,000 people": ("CC102", None)},
        ),
        (
            "In 2019 bronchiectasis killed 7.9 per 100,000 people in England (age-standardised).",
            {"7.9 per 100,000 people": ("CC101", "bronchiectasis-death-rate")},
        ),
        (
            "The age-standardised death rate from bronchiectasis in England was"
            " 6.2 per 100,000 in 2019.",
            {},
        ),
    ],
)
def test_prevalence_is_no_death_rate(lint_text, text, expected):
    assert lint_text(text) == expected
