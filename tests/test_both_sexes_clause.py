"""A clause that points back ("the figure for …", "of them") takes its group from before
only where it names none: "adults", "the whole population" or "everyone" are both sexes, so
"… 9.6% of women, while the figure for all adults is 8.2%" gives the 8.2% to the claim about
all adults, never to the women's."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gout-adults
  statement: In Westland, 8.2% of adults have had gout.
  subject: [gout]
  context: [Westland]
  value: {value: 8.2, unit: percent}
  sources: [{citation: "Westland health survey", quote: "8.2%"}]
  status: approved
  review_by: 2030-01-01
- id: gout-women
  statement: In Westland, 9.6% of women have had gout.
  subject: [gout]
  context: [Westland]
  group: [women]
  value: {value: 9.6, unit: percent}
  sources: [{citation: "Westland health survey", quote: "9.6%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Westland, gout has affected 9.6% of women, while the figure for all adults is"
         " 8.2%.", {}),
        ("In Westland, gout has affected 8.2% of women, while the figure for all adults is"
         " 9.6%.", {"8.2%": ("CC101", "gout-women"), "9.6%": ("CC101", "gout-adults")}),
        ("In Westland, gout has affected 9.6% of women, while the figure for the whole"
         " population is 9.9%.", {"9.9%": ("CC101", "gout-adults")}),
    ],
)  # fmt: skip
def test_adults_after_a_sex_are_both_sexes(lint_text, text, expected):
    assert lint_text(text) == expected
