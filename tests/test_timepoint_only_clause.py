"""A clause of nothing but a figure and its timepoint ("… 70% at 2 weeks and 45% from 10 weeks
on") is about what the clause before names, at its own time: judged against that subject's
claim for that time. "from 10 weeks on" is a timepoint, not a figure (a change's start,
"rose from 18 weeks to 26 weeks", still is one)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: protect-2w
  statement: Velarin protection against symptomatic infection was 70% at 2 weeks.
  subject: [Velarin]
  context: [symptomatic infection]
  timepoint: 2 weeks
  value: {value: 70, unit: percent}
  sources: [{citation: "Velarin study", quote: "70% at 2 weeks"}]
  status: approved
  review_by: 2030-01-01
- id: protect-10w
  statement: Velarin protection against symptomatic infection was 45% at 10 or more weeks.
  subject: [Velarin]
  context: [symptomatic infection]
  timepoint: 10 weeks
  value: {value: 45, unit: percent}
  sources: [{citation: "Velarin study", quote: "45% from 10 weeks"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velarin protection against symptomatic infection was 70% at 2 weeks and 45% from"
            " 10 weeks on.",
            {},
        ),
        (
            "Velarin protection against symptomatic infection was 70% at 2 weeks and 55% from"
            " 10 weeks on.",
            {"55%": ("CC101", "protect-10w")},
        ),
        (
            "Velarin protection against symptomatic infection was 45% at 2 weeks and 70% from"
            " week 10 onwards.",
            {"45%": ("CC101", "protect-2w"), "70%": ("CC101", "protect-10w")},
        ),
    ],
)
def test_figure_and_timepoint_clause(lint_text, text, expected):
    assert lint_text(text) == expected
