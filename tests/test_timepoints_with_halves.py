"""A timepoint with a half in words, "after a year and a half", "at two and a half years",
"one and a half years on", is that time (18 and 30 months), so it meets the 18-month claim
and rules out the one-year claim, as "after 18 months" does (it was read as one year)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(months: int, value: int) -> str:
    return f"""\
- id: lumatinib-ccr-{months}m
  statement: >-
    In the SPIRE trial, {value}% of patients on lumatinib had a complete response at
    {months} months.
  subject: [lumatinib]
  context: [SPIRE, complete response]
  timepoint: {months} months
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "SPIRE report", quote: "{value}% at {months} months"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _claim(18, 76) + _claim(12, 62) + _claim(30, 81)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After a year and a half on lumatinib, about three quarters of SPIRE patients had a"
            " complete response.",
            {},
        ),
        (
            "After a year and a half on lumatinib, 62% of SPIRE patients had a complete response.",
            {"62%": ("CC101", "lumatinib-ccr-18m")},
        ),
        (
            "At two and a half years, 81% of SPIRE patients on lumatinib had a complete response.",
            {},
        ),
        (
            "One and a half years into SPIRE, 70% of patients on lumatinib had a complete"
            " response.",
            {"70%": ("CC101", "lumatinib-ccr-18m")},
        ),
        (  # half a year is six months: no claim at 6 months, none of these is its
            "After half a year on lumatinib, 62% of SPIRE patients had a complete response.",
            {"62%": ("CC102", None)},
        ),
    ],
)
def test_a_time_with_a_half_in_words(lint_text, text, expected):
    assert lint_text(text) == expected
