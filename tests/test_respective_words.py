""" "Respectively" pairs figures with the words that tell their claims apart, in order, even
when they are no group or registry name: in "mild and serious side effects occurred in 4.2%
and 31% of patients, respectively", the first figure is the mild one's (swapped here)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: drug-v-mild-events
  statement: Mild side effects occurred in 31% of patients taking drug V.
  subject: [drug V]
  context: [side effects]
  value: {value: 31, unit: percent}
  sources: [{citation: "V trial", quote: "mild 31%, serious 4.2%"}]
  status: approved
  review_by: 2030-01-01
- id: drug-v-serious-events
  statement: Serious side effects occurred in 4.2% of patients taking drug V.
  subject: [drug V]
  context: [side effects]
  value: {value: 4.2, unit: percent}
  sources: [{citation: "V trial", quote: "mild 31%, serious 4.2%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With drug V, mild and serious side effects occurred in 4.2% and 31% of patients, "
            "respectively.",
            {"4.2%": ("CC101", "drug-v-mild-events"), "31%": ("CC101", "drug-v-serious-events")},
        ),
        (
            "With drug V, mild and serious side effects occurred in 31% and 4.2% of patients, "
            "respectively.",
            {},
        ),
    ],
)
def test_respectively_pairs_the_telling_words_in_order(lint_text, text, expected):
    assert lint_text(text) == expected
