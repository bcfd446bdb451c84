"""Names listed after the figures that "respectively" pairs them with ("69% and 61% of
patients given drug X 5 mg/kg and 10 mg/kg, respectively"): each figure is its own name's,
and a dose per body weight (mg/kg, mg/m2) is a dose like one in mg."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: orbit-5mg-response
  statement: In ORBIT, 69% of patients given ralimab 5 mg/kg responded at week 8.
  subject: [ralimab]
  context: [ORBIT, 5 mg/kg, response]
  value: {value: 69, unit: percent}
  sources: [{citation: "ORBIT trial 2021", quote: "69% (5 mg/kg) and 61% (10 mg/kg)"}]
  status: approved
  review_by: 2030-01-01
- id: orbit-10mg-response
  statement: In ORBIT, 61% of patients given ralimab 10 mg/kg responded at week 8.
  subject: [ralimab]
  context: [ORBIT, 10 mg/kg, response]
  value: {value: 61, unit: percent}
  sources: [{citation: "ORBIT trial 2021", quote: "69% (5 mg/kg) and 61% (10 mg/kg)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ORBIT, 69% and 61% of patients given ralimab 5 mg/kg and 10 mg/kg, respectively, "
            "responded at week 8.",
            {},
        ),
        (
            "In ORBIT, 61% and 69% of patients given ralimab 5 mg/kg and 10 mg/kg, respectively, "
            "responded at week 8.",
            {"61%": ("CC101", "orbit-5mg-response"), "69%": ("CC101", "orbit-10mg-response")},
        ),
    ],
)
def test_names_after_the_figures_pair_with_them(lint_text, text, expected):
    found = lint_text(text)
    assert {k: v for k, v in found.items() if v[0] == "CC101" or k in expected} == expected
