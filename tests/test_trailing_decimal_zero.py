"""A statement that writes its figure with a trailing decimal zero ("24.0%", "2.0
percentage points") states that digit, though the YAML value reads as 24 or 2: a draft
written to the same digit (``24.3%``, ``2.4``) is another figure, a conflict, not the source
said more precisely; a finer one (``2.04``) is overprecise, and a coarser one (``24%``) the
source rounded."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hba1c-fall
  statement: In the GLYCO-3 trial, HbA1c fell by 2.0 percentage points at week 26 with drug K.
  subject: [GLYCO-3]
  value: {value: 2.0, unit: percentage points}
  sources: [{citation: "GLYCO-3 report", quote: "2.0 percentage points"}]
  status: approved
  review_by: 2030-01-01
- id: remission-share
  statement: In GLYCO-3, 24.0% of patients on drug K reached remission at week 26.
  subject: [GLYCO-3]
  value: {value: 24.0, unit: percent}
  sources: [{citation: "GLYCO-3 report", quote: "24.0%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In GLYCO-3, HbA1c fell by 2.4 percentage points at week 26 with drug K.",
         {"2.4 percentage points": ("CC101", "hba1c-fall")}),
        ("In GLYCO-3, 24.3% of patients on drug K reached remission at week 26.",
         {"24.3%": ("CC101", "remission-share")}),
        ("In GLYCO-3, HbA1c fell by 2.04 percentage points at week 26 with drug K.",
         {"2.04 percentage points": ("CC103", "hba1c-fall")}),
        ("In GLYCO-3, 24% of patients on drug K reached remission at week 26.", {}),
    ],
)  # fmt: skip
def test_a_trailing_decimal_zero_is_a_stated_digit(lint_text, text, expected):
    assert lint_text(text) == expected
