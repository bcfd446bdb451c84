"""A clause that only changes the arm ("… affected 3.1% of the drug group and 0.8% of the
placebo group") leaves out the outcome of the clause before it: the placebo figure is about
that outcome in the placebo arm, not about another of the placebo arm's outcomes."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: vorax-liver-drug
  statement: Liver enzyme rises occurred in 3.1% of people given voraxumab.
  subject: [voraxumab]
  context: [liver enzyme rises]
  value: {value: 3.1, unit: percent}
  sources: [{citation: "VORAX trial 2024", quote: "3.1% vs 0.8%"}]
  status: approved
  review_by: 2030-01-01
- id: vorax-liver-placebo
  statement: Liver enzyme rises occurred in 0.8% of the placebo group in VORAX.
  subject: [voraxumab]
  context: [liver enzyme rises]
  group: [placebo]
  value: {value: 0.8, unit: percent}
  sources: [{citation: "VORAX trial 2024", quote: "3.1% vs 0.8%"}]
  status: approved
  review_by: 2030-01-01
- id: vorax-infusion-placebo
  statement: Infusion reactions occurred in 5.2% of the placebo group in VORAX.
  subject: [voraxumab]
  context: [infusion reactions]
  group: [placebo]
  value: {value: 5.2, unit: percent}
  sources: [{citation: "VORAX trial 2024", quote: "5.2% on placebo"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liver enzyme rises affected 3.1% of the voraxumab group and 0.8% of the placebo "
            "group.",
            {},
        ),
        # the outcome said after both arms holds for the first
        (
            "3.1% of the voraxumab group and 0.8% of the placebo group had liver enzyme rises.",
            {},
        ),
        (
            "0.8% of the voraxumab group and 3.1% of the placebo group had liver enzyme rises.",
            {"0.8%": ("CC101", "vorax-liver-drug"), "3.1%": ("CC101", "vorax-liver-placebo")},
        ),
        (
            "Liver enzyme rises affected 0.8% of the voraxumab group and 3.1% of the placebo "
            "group.",
            {"0.8%": ("CC101", "vorax-liver-drug"), "3.1%": ("CC101", "vorax-liver-placebo")},
        ),
    ],
)
def test_a_clause_that_only_changes_the_arm_keeps_the_outcome(lint_text, text, expected):
    found = lint_text(text)
    assert {k: v for k, v in found.items() if k in expected or v[0] == "CC101"} == expected
