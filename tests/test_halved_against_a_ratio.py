"""A relative fall said by the verb that is the figure ("halved the risk", "cut it in half")
is a ratio of 0.5 against a claim stating a relative risk; the review a figure is reported
from ("according to the Cochrane review") and a definition's verbs ("means", "weighs") are
no words a claim must say."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: zinc-diarrhoea-rr
  statement: Zinc supplements reduced persistent diarrhoea in children (risk ratio 0.74).
  subject: [zinc supplements]
  context: [persistent diarrhoea]
  value: {value: 0.74}
  sources: [{citation: "Cochrane review", quote: "RR 0.74"}]
  status: approved
  review_by: 2030-01-01
- id: vlbw-definition
  statement: Very low birthweight is a weight at birth of less than 1,500 g.
  subject: [very low birthweight]
  value: {high: 1500, high_inclusive: false, unit: g}
  sources: [{citation: "WHO", quote: "less than 1500 g"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zinc supplements halved persistent diarrhoea in children, according to the"
            " Cochrane review.",
            {"halved": ("CC101", "zinc-diarrhoea-rr")},
        ),
        (
            "Zinc supplements cut persistent diarrhoea in children by 26%, according to the"
            " Cochrane review.",
            {},
        ),
        ("Very low birthweight means a baby weighs under 1,000 g at birth.",
         {"under 1,000 g": ("CC101", "vlbw-definition")}),
        ("Very low birthweight means a baby weighs under 1,500 g at birth.", {}),
    ],
)  # fmt: skip
def test_halved_and_definitions(lint_text, text, expected):
    assert lint_text(text) == expected
