"""Survival said as how long people live, "55% of men with myeloma live at least five years
after diagnosis", is survival, and "after diagnosis" says when the time is counted from,
not a count of new cases: the figure is judged against the five-year survival claim (it
was ruled out of every survival claim as a count of cases)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: myeloma-5y-men
  statement: In Freedonia, five-year survival from myeloma is 55% in men.
  subject: [myeloma]
  context: [Freedonia, five-year survival]
  group: [men]
  timepoint: 5 years
  measure: survival
  value: {value: 55, unit: percent}
  sources: [{citation: "Freedonia cancer survival 2024", quote: "55% of men"}]
  status: approved
  review_by: 2030-01-01
- id: myeloma-1y-men
  statement: In Freedonia, one-year survival from myeloma is 83% in men.
  subject: [myeloma]
  context: [Freedonia, one-year survival]
  group: [men]
  timepoint: 1 year
  measure: survival
  value: {value: 83, unit: percent}
  sources: [{citation: "Freedonia cancer survival 2024", quote: "83% of men"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, 55% of men with myeloma live at least five years after diagnosis.", {}),
        (
            "In Freedonia, 83% of men with myeloma live at least five years after diagnosis.",
            {"83%": ("CC101", "myeloma-5y-men")},
        ),
        (
            "In Freedonia, 70% of men with myeloma live more than five years after their"
            " diagnosis.",
            {"70%": ("CC101", "myeloma-5y-men")},
        ),
        ("In Freedonia, 83% of men with myeloma live for at least a year after diagnosis.", {}),
        (
            "In Freedonia, 70% of men with myeloma live for five years or more after they are"
            " diagnosed.",
            {"70%": ("CC101", "myeloma-5y-men")},
        ),
    ],
)
def test_living_for_years_is_survival(lint_text, text, expected):
    assert lint_text(text) == expected
