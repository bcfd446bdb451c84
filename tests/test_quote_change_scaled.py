"""A claim about a level whose source quotes the change beside it ("increased by 41%, from
3.2 million in 2000 to 4.5 million in 2021") is no claim about a change: the quote writes its
value with a scale word, and that part of the quote says no change. So "grew by 1.3 million"
(a change's size) is not its figure, while the level itself is."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gout-living-2021
  statement: In 2021, 4.5 million people were living with gout in Northland.
  subject: [gout]
  context: [Northland, "2021"]
  value: {value: 4500000, unit: people}
  sources:
    - citation: "Northland gout survey 2021"
      quote: >-
        the number of people living with gout increased by 41%, from 3.2 million in 2000 to
        4.5 million in 2021
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2021, 4.5 million people in Northland were living with gout.", {}),
        ("In 2021, 5.9 million people in Northland were living with gout.",
         {"5.9 million people": ("CC101", "gout-living-2021")}),
        ("Between 2000 and 2021, the number of people living with gout in Northland grew by"
         " 1.3 million.", {"1.3 million": ("CC102", None)}),
    ],
)  # fmt: skip
def test_level_claim_quoting_its_change(lint_text, text, expected):
    assert lint_text(text) == expected
