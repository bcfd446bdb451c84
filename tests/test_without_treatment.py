"""People without treatment, or not treated, are the untreated arm whatever the words:
"without treatment it kills up to 50%", "if not treated", "patients who are not treated",
"Untreated, …" are judged against the untreated claim, and a figure swapped between the
treated and untreated claims is a conflict on both sides."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: cholera-untreated
  statement: Untreated, severe cholera kills up to 50% of patients.
  subject: [cholera]
  group: [untreated]
  value: {high: 50, unit: percent}
  sources: [{citation: "WHO", quote: "up to 50%"}]
  status: approved
  review_by: 2030-01-01
- id: cholera-treated
  statement: With prompt rehydration treatment, fewer than 1% of cholera patients die.
  subject: [cholera]
  group: [treated]
  value: {high: 1, high_inclusive: false, unit: percent}
  sources: [{citation: "WHO", quote: "less than 1%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Without treatment, severe cholera kills up to 50% of patients, while with"
         " treatment fewer than 1% die.", {}),
        ("Severe cholera is deadly: without treatment it kills up to 50% of patients.", {}),
        ("If not treated, severe cholera kills up to 50% of patients.", {}),
        ("Cholera patients who are not treated die in up to 50% of cases.", {}),
        ("Without treatment, severe cholera kills fewer than 1% of patients, while with"
         " treatment up to 50% die.",
         {"fewer than 1%": ("CC101", "cholera-untreated"),
          "up to 50%": ("CC101", "cholera-treated")}),
    ],
)  # fmt: skip
def test_without_treatment_is_the_untreated_arm(lint_text, text, expected):
    assert lint_text(text) == expected


REGISTRY_INTERVENTION = """\
- id: transmission-without
  statement: >-
    Without any intervention, mother-to-child transmission of hepatitis B occurs in 70% to
    90% of births to mothers who are HBeAg-positive.
  subject: [mother-to-child transmission]
  value: {low: 70, high: 90, unit: percent}
  sources: [{citation: "WHO", quote: "70-90%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_intervention = figure_verdicts_fixture(REGISTRY_INTERVENTION)


def test_without_any_intervention_is_the_untreated_arm(lint_intervention):
    assert (
        lint_intervention(
            "Without treatment, mother-to-child transmission of hepatitis B occurs in 70% to"
            " 90% of births to mothers who are HBeAg-positive."
        )
        == {}
    )
