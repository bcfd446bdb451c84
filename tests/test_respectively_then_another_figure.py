"""A "respectively" pairs the figures said before it with its list, not a figure added after
it: in "… in 44% and 31% of patients given velbumab 8 mg/kg and 4 mg/kg, respectively, and in
12% of those on placebo" the 31% is the 4 mg/kg arm's and the 12% placebo's, though the
sentence holds three figures and the list two doses."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(claim_id: str, arm: str, value: int, group: str) -> str:
    return f"""\
- id: {claim_id}
  statement: In TRIDENT, {value}% of patients {arm} reached ACR50 at week 24.
  subject: [velbumab]
  context: [TRIDENT, ACR50, week 24]
  group: [{group}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "TRIDENT report", quote: "ACR50 {value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim("trident-8mg", "on velbumab 8 mg/kg", 44, "8 mg/kg")
    + _claim("trident-4mg", "on velbumab 4 mg/kg", 31, "4 mg/kg")
    + _claim("trident-placebo", "on placebo", 12, "placebo")
)

lint_text = figure_verdicts_fixture(REGISTRY)

SENTENCE = (
    "In TRIDENT, ACR50 responses at week 24 were seen in {a}% and {b}% of patients given"
    " velbumab 8 mg/kg and 4 mg/kg, respectively, and in {c}% of those on placebo."
)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ((44, 31, 12), {}),
        ((31, 44, 12), {"31%": ("CC101", "trident-8mg"), "44%": ("CC101", "trident-4mg")}),
        ((44, 31, 20), {"20%": ("CC101", "trident-placebo")}),
        ((44, 35, 12), {"35%": ("CC101", "trident-4mg")}),
    ],
)
def test_respectively_pairs_only_the_figures_before_it(lint_text, figures, expected):
    a, b, c = figures
    assert lint_text(SENTENCE.format(a=a, b=b, c=c)) == expected


NAMED_ARMS = (
    _claim("trident-8mg", "on velbumab 8 mg/kg", 44, "velbumab 8 mg/kg")
    + _claim("trident-4mg", "on velbumab 4 mg/kg", 31, "velbumab 4 mg/kg")
    + _claim("trident-placebo", "on placebo", 12, "placebo")
)

named_text = figure_verdicts_fixture(NAMED_ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SENTENCE.format(a=44, b=31, c=12), {}),
        (
            SENTENCE.format(a=31, b=44, c=12),
            {"31%": ("CC101", "trident-8mg"), "44%": ("CC101", "trident-4mg")},
        ),
        (
            "In TRIDENT, 44% and 31% of patients given velbumab 8 mg/kg and 4 mg/kg,"
            " respectively, reached ACR50 at week 24.",
            {},
        ),
    ],
)
def test_doses_listed_after_the_figures_are_the_arms(named_text, text, expected):
    """Where the registry names each arm by its drug and dose ("velbumab 8 mg/kg"), the doses
    listed after the figures are paired in order: the name holding the first dose is the
    first figure's, never the second's."""
    assert named_text(text) == expected
