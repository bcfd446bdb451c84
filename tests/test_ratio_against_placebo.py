"""A ratio claim compares the arms: its statement's "… than with placebo (rate ratio 0.37)"
makes it no figure of the placebo arm, so a page's relative change "by 35% compared with
placebo" is judged against it, not ruled out as another arm's; and the statement's own
percentage that says the ratio as a change ("55% less likely … (hazard ratio 0.455)") is
the claim's own figure, so a page repeating it is supported although one minus 55% is not
0.455 to the digit (README, "How a figure is compared": relative changes against ratios)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: bravia-flare-rate-ratio
  statement: In BRAVIA, the rate of flares was 63% lower with tolumab than with placebo
    (rate ratio 0.37).
  subject: [tolumab]
  context: [BRAVIA, flares, rate ratio, placebo]
  value: {value: 0.37}
  sources: [{citation: "BRAVIA report", quote: "rate ratio 0.37"}]
  status: approved
  review_by: 2030-01-01
- id: corvo-attack-hazard-ratio
  statement: In CORVO, people on delvastat were 55% less likely to have an attack than people
    on placebo (hazard ratio 0.455).
  subject: [delvastat]
  context: [CORVO, attack, hazard ratio, placebo]
  value: {value: 0.455}
  sources: [{citation: "CORVO report", quote: "hazard ratio, 0.455"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "In BRAVIA, tolumab lowered the rate of flares by 35% compared with placebo.",
            "35%",
            ("CC101", "bravia-flare-rate-ratio"),
        ),
        (
            "In BRAVIA, flares were 50% less frequent on tolumab than on placebo.",
            "50%",
            ("CC101", "bravia-flare-rate-ratio"),
        ),
        (
            "In CORVO, people taking delvastat were 45% less likely to have an attack than"
            " those on placebo.",
            "45%",
            ("CC101", "corvo-attack-hazard-ratio"),
        ),
    ],
)
def test_a_relative_change_against_placebo_is_judged(lint_text, text, figure, expected):
    assert lint_text(text).get(figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In BRAVIA, tolumab lowered the rate of flares by 63% compared with placebo.",
        "In BRAVIA, tolumab cut flares by nearly two-thirds against placebo.",
        "In CORVO, people taking delvastat were 55% less likely to have an attack than those"
        " on placebo.",
    ],
)
def test_the_claims_own_change_is_no_finding(lint_text, text):
    assert lint_text(text) == {}
