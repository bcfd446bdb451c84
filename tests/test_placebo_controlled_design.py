"""A trial's design ("a placebo-controlled trial", "sham-controlled") and a difference
from its comparison arm ("by a placebo-corrected 41%", "placebo-adjusted") name no arm:
the figure is the treated arm's, judged against the treated arm's claim, never the placebo
arm's (README, frames: "arm"). Read as the placebo arm, a right figure was accused and a
figure equal to the placebo arm's passed."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: orbit-velorant-response-week12
  statement: In the ORBIT trial, 44% of patients given velorant had a response at week 12.
  subject: [velorant]
  context: [ORBIT, migraine]
  value: {value: 44, unit: percent}
  sources: [{citation: "ORBIT trial report", quote: "44% responded on velorant"}]
  status: approved
  review_by: 2030-01-01
- id: orbit-placebo-response-week12
  statement: In the ORBIT trial, 21% of patients given placebo had a response at week 12.
  subject: [velorant]
  context: [ORBIT, migraine, placebo]
  value: {value: 21, unit: percent}
  sources: [{citation: "ORBIT trial report", quote: "21% responded on placebo"}]
  status: approved
  review_by: 2030-01-01
- id: paragon-tessmiran-ldl-day180
  statement: In PARAGON, tessmiran lowered LDL cholesterol by 48.2% (placebo-corrected) at day 180.
  subject: [tessmiran]
  context: [PARAGON, LDL cholesterol]
  value: {value: 48.2, unit: percent}
  sources: [{citation: "PARAGON trial report", quote: "a placebo-corrected reduction of 48.2%"}]
  status: approved
  review_by: 2030-01-01
- id: paragon-placebo-ldl-day180
  statement: In the PARAGON trial, LDL cholesterol rose by 2.1% on placebo at day 180.
  subject: [tessmiran]
  context: [PARAGON, LDL cholesterol, placebo]
  value: {value: 2.1, unit: percent}
  sources: [{citation: "PARAGON trial report", quote: "2.1% rise with placebo"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

DRUG, LDL = "orbit-velorant-response-week12", "paragon-tessmiran-ldl-day180"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the placebo-controlled ORBIT trial, 44% of patients on velorant responded by"
            " week 12.",
            {},
        ),
        (
            "In the placebo-controlled ORBIT trial, 21% of patients on velorant responded by"
            " week 12.",
            {"21%": ("CC101", DRUG)},
        ),
        (
            "In ORBIT, a double-blind, placebo-controlled study, velorant gave a response in 38%"
            " of patients at week 12.",
            {"38%": ("CC101", DRUG)},
        ),
        ("Tessmiran cut LDL cholesterol by 48.2% at day 180 in PARAGON.", {}),
        (
            "Tessmiran cut LDL cholesterol by 41% at day 180 in PARAGON, placebo-adjusted.",
            {"41%": ("CC101", LDL)},
        ),
        (
            "In PARAGON, tessmiran lowered LDL cholesterol by a placebo-corrected 41% at day 180.",
            {"41%": ("CC101", LDL)},
        ),
    ],
)
def test_the_design_names_no_arm(lint_text, text, expected):
    assert lint_text(text) == expected
