"""A table's caption that says what its cells are compared with ("Drug X 20 mg versus
placebo", "difference from placebo") names no cell's arm: the row and column headers do. A
cell under "20 mg" is the drug arm's, judged against the drug's claim, not ruled out as
"another trial arm"."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: somnolin-20-month1
  statement: Somnolin 20 mg cut night waking by 14.2 minutes more than placebo at month 1.
  subject: [somnolin]
  context: [night waking, 20 mg]
  group: [20 mg]
  timepoint: month 1
  value: {value: 14.2, unit: minutes}
  sources: [{citation: "Somnolin trial 2025", quote: "14.2 minutes"}]
  status: approved
  review_by: 2030-01-01
- id: somnolin-40-month1
  statement: Somnolin 40 mg cut night waking by 21.5 minutes more than placebo at month 1.
  subject: [somnolin]
  context: [night waking, 40 mg]
  group: [40 mg]
  timepoint: month 1
  value: {value: 21.5, unit: minutes}
  sources: [{citation: "Somnolin trial 2025", quote: "21.5 minutes"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def _table(first: str, second: str, caption: str) -> str:
    return (
        f"#### {caption}\n\n| Dose | Month 1 |\n|---|---|\n"
        f"| 20 mg | {first} |\n| 40 mg | {second} |\n"
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Somnolin: night waking, difference from placebo (minutes)",
        "Somnolin versus placebo: night waking (minutes)",
    ],
)
def test_a_caption_naming_placebo_as_the_comparison_names_no_cell_arm(lint_text, caption):
    assert lint_text(_table("−14.2", "−21.5", caption)) == {}
    assert lint_text(_table("−21.5", "−14.2", caption)) == {
        "−21.5": ("CC101", "somnolin-20-month1"),
        "−14.2": ("CC101", "somnolin-40-month1"),
    }
