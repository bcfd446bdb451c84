"""A trial's reference arm, whose claim's subject also names the trial's own drug (registries
file every arm of a davoxetine trial under davoxetine): the arm a statement says around its
value ("… on tarimolol (18, 36 or 54 mg/day) were much improved (CGI-I 1 or 2) at the end of 7
weeks") is the claim's arm, so "61% of children on davoxetine" is never backed by the reference
arm's 61%. The doses in brackets after an arm, the scale's scores and "at the end of 7 weeks"
divide nothing in the statement."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _arm(cid: str, value: int, drug: str, doses: str, subject: str) -> str:
    return f"""\
- id: {cid}
  statement: >-
    In VELOX-2, {value}% of children and adolescents on {drug} ({doses} mg/day) were much
    improved (CGI-I 1 or 2) at the end of 7 weeks.
  subject: [{subject}]
  context: [VELOX-2, improved]
  timepoint: 7 weeks
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "VELOX-2 report", quote: "{value}% improved"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _arm("velox-drug-arm", 78, "davoxetine", "30, 50 or 70", "davoxetine") + _arm(
    "velox-reference-arm", 61, "tarimolol", "18, 36 or 54", "tarimolol, davoxetine"
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In VELOX-2, 78% of children on davoxetine and 61% of those on tarimolol were much"
            " improved after 7 weeks.",
            {},
        ),
        (
            "In VELOX-2, 61% of children on davoxetine and 78% of those on tarimolol were much"
            " improved after 7 weeks.",
            {"61%": ("CC101", "velox-drug-arm"), "78%": ("CC101", "velox-reference-arm")},
        ),
    ],
)
def test_the_arm_said_decides(lint_text, text, expected):
    assert lint_text(text) == expected
