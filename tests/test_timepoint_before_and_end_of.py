"""A duration after ``before`` or ``the end of`` says when the figure was measured ("had
stopped it before 18 months", "improved at the end of 7 weeks"): it divides no clause, so the
arm said before it stays the figure's (a figure equal to the whole trial's is not backed by the
whole when its clause names an arm)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: trial-overall-stopped
  statement: In HARBOR-S, 74% of all patients had stopped their assigned drug before 18 months.
  subject: [HARBOR-S]
  context: [discontinuation]
  value: {value: 74, unit: percent}
  sources: [{citation: "HARBOR-S report", quote: "74% overall"}]
  status: approved
  review_by: 2030-01-01
- id: trial-zelotrine-stopped
  statement: In HARBOR-S, 79% of patients assigned to zelotrine had stopped it before 18 months.
  subject: [HARBOR-S, zelotrine]
  context: [discontinuation]
  value: {value: 79, unit: percent}
  sources: [{citation: "HARBOR-S report", quote: "79% on zelotrine"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In HARBOR-S, 79% of patients assigned to zelotrine had stopped it before 18 months.", {}),
        (
            "In HARBOR-S, 74% of patients assigned to zelotrine had stopped it before 18 months.",
            {"74%": ("CC101", "trial-zelotrine-stopped")},
        ),
        ("In HARBOR-S, 74% of all patients had stopped their drug before 18 months.", {}),
    ],
)
def test_before_a_duration_says_when(lint_text, text, expected):
    assert lint_text(text) == expected
