"""A row header that names a trial and, in brackets, its experimental arm ("KESTREL
(high-dose lorvaban)") describes the row, not the cell: under a column headed by the control
arm ("Aspirin") the cell is the control arm's, and a swapped figure there is the control
claim's conflict, not the experimental arm's support."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kestrel-lorvaban
  statement: In KESTREL, the yearly rate of stroke was 1.21% with high-dose lorvaban.
  subject: [KESTREL, lorvaban]
  context: [high-dose, stroke, yearly rate]
  value: {value: 1.21, unit: percent}
  sources: [{citation: "KESTREL report", quote: "1.21%"}]
  status: approved
  review_by: 2030-01-01
- id: kestrel-aspirin
  statement: In KESTREL, the yearly rate of stroke was 1.64% with aspirin.
  subject: [KESTREL, lorvaban]
  context: [aspirin, stroke, yearly rate]
  value: {value: 1.64, unit: percent}
  sources: [{citation: "KESTREL report", quote: "1.64%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def _table(new: str, old: str) -> str:
    return (
        "## Stroke, % per year\n\n| Trial | New drug | Aspirin |\n|---|---|---|\n"
        f"| KESTREL (high-dose lorvaban) | {new} | {old} |\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_table("1.21%", "1.64%"), {}),
        (_table("1.64%", "1.21%"), {"1.64%": ("CC101", "kestrel-lorvaban"),
                                    "1.21%": ("CC101", "kestrel-aspirin")}),
        (_table("1.21%", "1.90%"), {"1.90%": ("CC101", "kestrel-aspirin")}),
    ],
)  # fmt: skip
def test_row_bracket_describes_the_trial_not_the_cell(lint_text, text, expected):
    assert lint_text(text) == expected
