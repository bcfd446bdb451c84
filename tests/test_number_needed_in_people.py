"""A number needed to treat is a count of people treated: a draft's "the NNT for one
averted stroke was 40" is judged against a claim stated in people ("40 patients had to be
treated to prevent one stroke"), supported or a conflict, never left unsupported."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: harrow-nnt
  statement: In HARROW, 40 patients had to be treated with clopivar for a year to prevent one
    stroke.
  subject: [HARROW, clopivar]
  context: [stroke, number needed to treat]
  value: {value: 40, unit: patients}
  sources: [{citation: "HARROW report", quote: "NNT 40"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In HARROW, the number needed to treat with clopivar to prevent one stroke was 40.", {}),
        ("In HARROW, the NNT for one averted stroke with clopivar was 40.", {}),
        ("In HARROW (clopivar against stroke) the number needed to treat was 40.", {}),
        ("In HARROW (clopivar against stroke) the NNT was 14.",
         {"NNT was 14": ("CC101", "harrow-nnt")}),
        ("In HARROW, the number needed to treat with clopivar to prevent one stroke was 14.",
         {"14": ("CC101", "harrow-nnt")}),
    ],
)  # fmt: skip
def test_number_needed_is_judged_against_a_claim_in_people(lint_text, text, expected):
    assert lint_text(text) == expected
