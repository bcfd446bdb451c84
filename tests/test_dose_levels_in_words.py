"""A dose said in words names a trial's arm as milligrams do: the low-dose arm's figure is
not the standard- or high-dose arm's claim (ELITE-Symphony, ENGAGE AF name arms so)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: trial-x-rejection-standard
  statement: In TRIAL-X, 25.8% of patients on standard-dose ciclomab had acute rejection at 1 year.
  subject: [ciclomab]
  context: [TRIAL-X, acute rejection]
  value: {value: 25.8, unit: percent}
  sources: [{citation: "TRIAL-X 2007", quote: "25.8% standard-dose, 24.0% low-dose"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In TRIAL-X, 25.8% of patients on standard-dose ciclomab had acute rejection.", {}),
        (
            "In TRIAL-X, 31% of patients on standard-dose ciclomab had acute rejection.",
            {"31%": ("CC101", "trial-x-rejection-standard")},
        ),
        (
            "In TRIAL-X, 24.0% of patients on low-dose ciclomab had acute rejection.",
            {"24.0%": ("CC102", None)},
        ),
        (
            "With reduced-dose ciclomab, acute rejection affected 24.0% in TRIAL-X.",
            {"24.0%": ("CC102", None)},
        ),
    ],
)
def test_a_dose_in_words_names_the_arm(lint_text, text, expected):
    assert lint_text(text) == expected
