"""``of cases`` after a share says what the share is of ("intact in 82.3% of cases"), not that
it counts cases: the figure is still judged against a survival claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: ankle-implant-10y
  statement: Ankle replacements had a 10-year implant survival rate of 89%.
  subject: [ankle replacement]
  measure: survival
  timepoint: 10 years
  value: {value: 89, unit: percent}
  sources: [{citation: "Registry report", quote: "89% at 10 years"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 10 years, ankle replacements were still working in 89% of cases.", {}),
        (
            "At 10 years, ankle replacements were still working in 97% of all cases.",
            {"97%": ("CC101", "ankle-implant-10y")},
        ),
    ],
)
def test_share_of_cases_is_no_count_of_cases(lint_text, text, expected):
    assert lint_text(text) == expected
