"""A sentence that opens with a pronoun for the group or arm the sentence before named ("…
given placebo fared worse. Only 12% of them …") is about that group: its figure is judged
against that arm's claim, not the drug arm's."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: calm2-remission-drug
  statement: In CALM-2, 31% of patients given lenvasib reached remission at week 12.
  subject: [CALM-2, lenvasib]
  context: [remission]
  value: {value: 31, unit: percent}
  sources: [{citation: "Our own trial report", quote: "31% on lenvasib reached remission"}]
  status: approved
  review_by: 2030-01-01
- id: calm2-remission-placebo
  statement: In CALM-2, 12% of patients given placebo reached remission at week 12.
  subject: [CALM-2, lenvasib]
  context: [remission, placebo]
  group: [placebo]
  value: {value: 12, unit: percent}
  sources: [{citation: "Our own trial report", quote: "12% on placebo reached remission"}]
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients given placebo in CALM-2 fared worse. Only 12% of them reached remission.", {}),
        (
            "Patients given placebo in CALM-2 fared worse. Only 31% of them reached remission.",
            {"31%": ("CC101", "calm2-remission-placebo")},
        ),
        ("Those on placebo in CALM-2 did poorly. Just 12% of them reached remission.", {}),
        # no pronoun: the sentence before lends nothing
        ("Patients given placebo in CALM-2 fared worse. With lenvasib, 31% reached remission.", {}),
    ],
)
def test_them_stands_for_the_arm_of_the_sentence_before(lint_text, text, expected):
    assert lint_text(text) == expected
