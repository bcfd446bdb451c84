"""A figure about one group (an ethnic group, or a sex where the registry holds one sex's
claim beside everyone's) is a part of those the claim about everyone counts: an equal
figure of that claim does not back it, nor is it accused of differing from it; in prose and
in a table's rows alike."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gallstones-us
  statement: About 10% of US adults have gallstones.
  subject: [gallstones]
  context: [US]
  value: {value: 10, unit: percent}
  sources: [{citation: "Survey", quote: "10%"}]
  status: approved
  review_by: 2030-01-01
- id: gallstones-us-men
  statement: About 7% of US men have gallstones.
  subject: [gallstones]
  context: [US]
  group: [men]
  value: {value: 7, unit: percent}
  sources: [{citation: "Survey", quote: "7%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
| Group | Share with gallstones |
|---|---|
| Men | 7% |
| Women | 14% |
| Black adults | 10% |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5% of Asian American adults have gallstones.", {"About 5%": ("CC102", None)}),
        ("About 10% of Hispanic adults in the US have gallstones.",
         {"About 10%": ("CC102", None)}),
        ("About 14% of US women have gallstones.", {"About 14%": ("CC102", None)}),
        ("About 10% of US women have gallstones.", {"About 10%": ("CC102", None)}),
        ("About 10% of US adults have gallstones, and about 7% of US men.", {}),
        ("About 12% of US adults have gallstones.", {"About 12%": ("CC101", "gallstones-us")}),
        (TABLE, {"14%": ("CC102", None), "10%": ("CC102", None)}),
    ],
)  # fmt: skip
def test_a_group_is_a_part_of_everyone(lint_text, text, expected):
    assert lint_text(text) == expected
