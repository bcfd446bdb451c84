"""A difference said against the control arm ("by 9.1 points over placebo", "versus
placebo", "compared with none in the sham group") is the treatment's effect, not the control
arm's own figure: a claim stating the effect "over placebo" backs it, and a swapped effect is
a conflict with its own claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: breathix-fev1-12w
  statement: Breathix raised FEV1 by 9.1 percentage points over placebo at 12 weeks.
  subject: [breathix]
  context: [FEV1, lung function, placebo]
  value: {value: 9.1, unit: percentage points}
  sources: [{citation: "BREATHE-2 2022", quote: "9.1 points at week 12 and 7.4 at week 48"}]
  status: approved
  review_by: 2030-01-01
- id: breathix-fev1-48w
  statement: Breathix raised FEV1 by 7.4 percentage points over placebo at 48 weeks.
  subject: [breathix]
  context: [FEV1, lung function, placebo]
  value: {value: 7.4, unit: percentage points}
  sources: [{citation: "BREATHE-2 2022", quote: "9.1 points at week 12 and 7.4 at week 48"}]
  status: approved
  review_by: 2030-01-01
- id: movera-milestones
  statement: In the MOVE trial, 44% of infants given movera reached a motor milestone.
  subject: [movera, MOVE trial]
  context: [motor milestone, sham]
  value: {value: 44, unit: percent}
  sources: [{citation: "MOVE trial 2021", quote: "44% of infants given movera, none given sham"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 12 weeks, breathix improved FEV1 by 9.1 percentage points versus placebo.", {}),
        ("Breathix raised FEV1 by 9.1 percentage points compared with placebo at 12 weeks.", {}),
        (
            "At 48 weeks, breathix improved FEV1 by 9.1 percentage points versus placebo.",
            {"9.1 percentage points": ("CC101", "breathix-fev1-48w")},
        ),
        (
            "Breathix improved lung function by 7.4 percentage points over placebo at 12 weeks.",
            {"7.4 percentage points": ("CC101", "breathix-fev1-12w")},
        ),
        (
            "In the MOVE trial, 44% of infants on movera reached a motor milestone, compared "
            "with none in the sham group.",
            {},
        ),
        (
            "In the MOVE trial, 54% of infants on movera reached a motor milestone, compared "
            "with none in the sham arm.",
            {"54%": ("CC101", "movera-milestones")},
        ),
    ],
)
def test_a_difference_against_the_control_is_the_treatments(lint_text, text, expected) -> None:
    assert lint_text(text) == expected
