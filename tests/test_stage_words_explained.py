"""The words that say a stage a claim states ("whose cancer has spread to distant organs"
for a claim about distant disease) are words the claim explains: a wrong figure so said is
accused, not left unsupported for words the claim does not use."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gastric-5yr-distant
  statement: Five-year relative survival for distant stomach cancer is 31%.
  subject: [stomach cancer, gastric cancer]
  context: [five-year survival, distant, SEER]
  value: {value: 31, unit: percent}
  sources: [{citation: "SEER", quote: "31%"}]
  status: approved
  review_by: 2030-01-01
- id: gastric-5yr-all
  statement: Five-year relative survival for stomach cancer is 36%.
  subject: [stomach cancer, gastric cancer]
  context: [five-year survival, SEER]
  value: {value: 36, unit: percent}
  sources: [{citation: "SEER", quote: "36%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almost a third of women whose stomach cancer has spread to distant organs live for"
         " five years.", {}),
        ("Fewer than one in four women whose stomach cancer has spread to distant organs live"
         " for five years.", {"Fewer than one in four": ("CC101", "gastric-5yr-distant")}),
    ],
)  # fmt: skip
def test_stage_words_are_the_claims(lint_text, text, expected):
    assert lint_text(text) == expected
