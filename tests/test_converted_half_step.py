"""A figure converted from another unit that lies exactly half a step of the source's last
digit from it ("500 mg" is 0.5 g against a source's 1 g) is a figure of its own, a
conflict, not the source's figure said more precisely; the same figure in the source's
unit ("1,000 mg") is supported."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: amoxicillin-dose
  statement: For early Lyme disease, adults take amoxicillin 1 g three times a day.
  subject: [amoxicillin]
  context: [Lyme disease]
  value: {value: 1, unit: g}
  sources: [{citation: "Guideline", quote: "1 g three times a day"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For early Lyme disease, adults take amoxicillin 500 mg three times a day.",
         {"500 mg": ("CC101", "amoxicillin-dose")}),
        ("For early Lyme disease, adults take amoxicillin 1,000 mg three times a day.", {}),
        ("For early Lyme disease, adults take amoxicillin 1 g three times a day.", {}),
    ],
)  # fmt: skip
def test_half_a_step_after_conversion_is_a_conflict(lint_text, text, expected):
    assert lint_text(text) == expected
