"""A relative change said as a share ("raises the risk of stroke by 30%", "cut deaths by a
quarter", "a 26% lower risk") is the ratio a study reports (1.30, 0.75, 0.74): it is judged
against a claim whose value is a relative risk, hazard ratio or odds ratio, when its
clause names the claim's outcome (a context name). A change of another outcome, or of a
part of it ("fatal strokes"), is no figure of that claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: shift-work-stroke-rr
  statement: Night shift work raises the risk of stroke, relative risk 1.30.
  subject: [night shift work, shift work]
  context: [stroke, relative risk]
  value: {value: 1.30}
  sources: [{citation: "Shift cohort 2019", quote: "relative risk of stroke 1.30 (1.10-1.52)"}]
  status: approved
  review_by: 2030-01-01
- id: drug-q-death-hr
  statement: Drug Q lowered the risk of death from heart failure, hazard ratio 0.74.
  subject: [drug Q]
  context: [death, heart failure]
  value: {value: 0.74}
  sources: [{citation: "Q trial 2021", quote: "death: HR 0.74 (0.65-0.85)"}]
  status: approved
  review_by: 2030-01-01
- id: stroke-subject
  statement: Stroke is the second cause of death worldwide.
  subject: [stroke]
  value: {value: 2}
  sources: [{citation: "Global report", quote: "the second leading cause of death"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Night shift work raises the risk of stroke by 30%.", {}),
        ("Drug Q cut the risk of death from heart failure by 26%.", {}),
        ("With drug Q, patients had a 26% lower risk of death from heart failure.", {}),
        (
            "Night shift work raises the risk of stroke by 75%.",
            {"75%": ("CC101", "shift-work-stroke-rr")},
        ),
        (
            "Drug Q cut the risk of death from heart failure by half.",
            {"half": ("CC101", "drug-q-death-hr")},
        ),
        # another outcome, or a part of the claim's: no figure of that claim
        (
            "Night shift work raises the risk of diabetes by 75%.",
            {"75%": ("CC102", None)},
        ),
        (
            "Night shift work raises the risk of fatal stroke by 75%.",
            {"75%": ("CC102", None)},
        ),
    ],
)
def test_a_relative_change_is_judged_as_the_ratio(lint_text, text, expected):
    assert lint_text(text) == expected
