"""A numbered outcome said once in a sentence holds for its clauses that say none: in
"… 73.1% of patients on abatacept had an ACR20 response, versus 39.7% on placebo" the
39.7% is the placebo arm's ACR20 figure, not its ACR50 or ACR70 one (it was accused
against the ACR70 claim). A sentence that says two labels leaves such a clause unlabelled."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(claim_id: str, arm: str, label: str, value: float) -> str:
    return f"""\
- id: {claim_id}
  statement: In the CREST trial, {value}% of patients on {arm} had an {label} response at one year.
  subject: [velbumab]
  context: [CREST, {label}, response]
  group: [{arm}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "CREST report", quote: "{label} {value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim("crest-drug-acr20", "velbumab", "ACR20", 73.1)
    + _claim("crest-placebo-acr20", "placebo", "ACR20", 39.7)
    + _claim("crest-placebo-acr50", "placebo", "ACR50", 18.2)
    + _claim("crest-placebo-acr70", "placebo", "ACR70", 6.1)
)

lint_text = figure_verdicts_fixture(REGISTRY)

SENTENCE = (
    "After one year in the CREST trial, 73.1% of patients on velbumab had an ACR20 response,"
    " versus {x}% on placebo."
)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        ("39.7", {}),
        ("6.1", {"6.1%": ("CC101", "crest-placebo-acr20")}),
        ("30.0", {"30.0%": ("CC101", "crest-placebo-acr20")}),
    ],
)
def test_a_label_said_once_holds_for_the_versus_clause(lint_text, x, expected):
    assert lint_text(SENTENCE.format(x=x)) == expected
