"""A registry name written in the plural is found in the singular too ("hot flushes" in "hot
flush duration", "rashes" in "a rash"), as a plural in the text finds a singular name: the
figure is then judged against the claim, not left unbacked."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: night-sweats-duration
  statement: In the MIDLIFE study, hot flushes lasted a median of 7.2 years.
  subject: [hot flushes]
  context: [MIDLIFE study, median, duration]
  value: {value: 7.2, unit: years}
  sources: [{citation: "MIDLIFE study 2015", quote: "a median of 7.2 years"}]
  status: approved
  review_by: 2030-01-01
- id: drug-rashes
  statement: Rashes occurred in 12% of patients given dermazol.
  subject: [rashes]
  context: [dermazol, side effects]
  value: {value: 12, unit: percent}
  sources: [{citation: "Dermazol label", quote: "rash 12%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the MIDLIFE study, the median hot flush duration was 7.2 years.", {}),
        (
            "In the MIDLIFE study, the median hot flush duration was 4.1 years.",
            {"4.1 years": ("CC101", "night-sweats-duration")},
        ),
        ("A rash occurred in 12% of patients given dermazol.", {}),
        ("A rash occurred in 31% of patients given dermazol.", {"31%": ("CC101", "drug-rashes")}),
    ],
)
def test_a_plural_name_is_found_in_the_singular(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
