"""A "respectively" list whose first group is the control arm by its bare name ("in the
control, low-dose and high-dose groups, respectively") pairs that figure with the control
arm's claim: supported when it agrees, never judged against a treated arm's."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(cid: str, arm: str, value: float, control: bool = False) -> str:
    group = "\n  group: [control]" if control else ""
    return f"""\
- id: {cid}
  statement: In WREN, median time to relapse was {value} months in the {arm} group.
  subject: [tarnolimab, WREN]
  context: [WREN, median time to relapse, {arm}]{group}
  value: {{value: {value}, unit: months}}
  sources: [{{citation: "WREN report", quote: "{value} months"}}]
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(
    _claim("wren-control", "control", 6.4, control=True)
    + _claim("wren-low-dose", "low-dose", 8.8)
    + _claim("wren-high-dose", "high-dose", 11.5)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In WREN, median time to relapse was 6.4, 8.8 and 11.5 months in the control,"
         " low-dose and high-dose groups, respectively.", {}),
        ("In WREN, median time to relapse was 8.8, 6.4 and 11.5 months in the control,"
         " low-dose and high-dose groups, respectively.",
         {"8.8": ("CC101", "wren-control"), "6.4": ("CC101", "wren-low-dose")}),
    ],
)  # fmt: skip
def test_a_respective_control_arm_pairs_with_its_claim(lint_text, text, expected):
    assert lint_text(text) == expected
