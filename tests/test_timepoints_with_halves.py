"""A timepoint with a half in words, "after a year and a half", "at two and a half years",
"one and a half years on", is that time (18 and 30 months), so it meets the 18-month claim
and rules out the one-year claim, as "after 18 months" does (it was read as one year)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: lumatinib-ccr-18m
  statement: In the SPIRE trial, 76% of patients on lumatinib had a complete response at 18 months.
  subject: [lumatinib]
  context: [SPIRE, complete response]
  timepoint: 18 months
  value: {value: 76, unit: percent}
  sources: [{citation: "SPIRE report", quote: "76% at 18 months"}]
  status: approved
  review_by: 2030-01-01
- id: lumatinib-ccr-12m
  statement: In the SPIRE trial, 62% of patients on lumatinib had a complete response at 12 months.
  subject: [lumatinib]
  context: [SPIRE, complete response]
  timepoint: 12 months
  value: {value: 62, unit: percent}
  sources: [{citation: "SPIRE report", quote: "62% at 12 months"}]
  status: approved
  review_by: 2030-01-01
- id: lumatinib-ccr-30m
  statement: In the SPIRE trial, 81% of patients on lumatinib had a complete response at 30 months.
  subject: [lumatinib]
  context: [SPIRE, complete response]
  timepoint: 30 months
  value: {value: 81, unit: percent}
  sources: [{citation: "SPIRE report", quote: "81% at 30 months"}]
  status: approved
  review_by: 2030-01-01
"""

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
