"""A claim about the subject another clause names outnames none whose subject the figure's
own clause names: in "… incidence of HPV-positive throat cancer fell by 30% and that of
HPV-negative throat cancer rose by 40%", the claim about the HPV-negative fall lists "fell"
in its context, yet the 30% is the HPV-positive claim's figure: a swapped pair is two
conflicts, never support borrowed from the other subject's claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hpv-positive-throat-rise
  statement: In Eastmoor, the incidence of HPV-positive throat cancer rose by 40% from 2010
    to 2020.
  subject: [HPV-positive throat cancer, HPV-positive]
  context: [incidence, increase, rose, Eastmoor, "2010", "2020"]
  value: {value: 40, unit: percent}
  sources: [{citation: "Eastmoor registry", quote: "rose by 40%"}]
  status: approved
  review_by: 2030-01-01
- id: hpv-negative-throat-fall
  statement: In Eastmoor, the incidence of HPV-negative throat cancer fell by 30% from 2010
    to 2020.
  subject: [HPV-negative throat cancer, HPV-negative]
  context: [incidence, decline, fell, Eastmoor, "2010", "2020"]
  value: {value: -30, unit: percent}
  sources: [{citation: "Eastmoor registry", quote: "fell by 30%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 2010 and 2020, Eastmoor's incidence of HPV-positive throat cancer rose by 40%"
         " and that of HPV-negative throat cancer fell by 30%.", {}),
        ("Between 2010 and 2020, Eastmoor's incidence of HPV-positive throat cancer fell by 30%"
         " and that of HPV-negative throat cancer rose by 40%.",
         {"30%": ("CC101", "hpv-positive-throat-rise"),
          "40%": ("CC101", "hpv-negative-throat-fall")}),
    ],
)  # fmt: skip
def test_the_subject_the_clause_names_decides(lint_text, text, expected):
    assert lint_text(text) == expected
