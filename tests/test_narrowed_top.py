"""When the best-worded claim is about the whole (all people with the condition) and the
sentence narrows the figure to a part ("… were women"), the claim about that part, named as
well, is the figure's: a swapped figure is a conflict with the part's claim, not left
unbacked beside the claim about the whole."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: grey-fever-us-2023
  statement: An estimated 3.5 million Americans 65 and older had grey fever in 2023.
  subject: [grey fever]
  context: [US, Americans]
  value: {value: 3500000, unit: people}
  sources: [{citation: "Facts and figures 2023", quote: "3.5 million Americans"}]
  status: approved
  review_by: 2030-01-01
- id: grey-fever-us-women-2023
  statement: Of 3.5 million Americans 65 and older with grey fever in 2023, 2.1 million are women.
  subject: [grey fever]
  context: [US]
  group: [women]
  value: {value: 2100000, unit: people}
  sources: [{citation: "Facts and figures 2023", quote: "2.1 million women and 1.4 million men"}]
  status: approved
  review_by: 2030-01-01
- id: grey-fever-us-men-2023
  statement: Of 3.5 million Americans 65 and older with grey fever in 2023, 1.4 million are men.
  subject: [grey fever]
  context: [US]
  group: [men]
  value: {value: 1400000, unit: people}
  sources: [{citation: "Facts and figures 2023", quote: "2.1 million women and 1.4 million men"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of older Americans with grey fever in 2023, 2.1 million were women and 1.4 million "
            "were men.",
            {},
        ),
        (
            "Of older Americans with grey fever in 2023, 1.4 million were women and 2.1 million "
            "were men.",
            {
                "1.4 million": ("CC101", "grey-fever-us-women-2023"),
                "2.1 million": ("CC101", "grey-fever-us-men-2023"),
            },
        ),
    ],
)
def test_the_part_named_is_the_figures_claim(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
