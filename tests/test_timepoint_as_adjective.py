"""A timepoint said as an adjective before what was measured at it ("by the 24-week
measure", "the 52-week visit", "12-week confirmed disability progression", "the 5-year
recurrence rate") frames the figures after it, like "at 24 weeks" (README, frames:
"timepoint"); a course ("a 12-week course") says how long a treatment was given, no
timepoint."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import read_frame


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("By the 24-week measure, 31% of patients had progression.", {168.0}),
        ("At the 52-week visit, 40% were in remission.", {364.0}),
        ("In the 24-week analysis, 40% responded.", {168.0}),
        ("12-week confirmed disability progression occurred in 29.6%.", {84.0}),
        ("The 5-year recurrence rate is 20%.", {1826.25}),
        # a numbered outcome's name between the timepoint and its noun
        ("The 52-week PASI 75 rate with the drug was 71%.", {364.0}),
        ("The 24-week ACR20 response was 60%.", {168.0}),
        ("Its 16-week EASI-75 response reached 51%.", {112.0}),
        ("A 12-week course of the drug cured 95% of patients.", set()),
    ],
)
def test_timepoint_words(text, days):
    assert set(read_frame(text).timepoints) == days


REGISTRY = """\
- id: veldra-cdp12
  statement: In VELDRA, 24.1% of patients on ozatumab had progression confirmed at 12 weeks.
  subject: [ozatumab]
  context: [VELDRA, multiple sclerosis, disability progression]
  timepoint: 12 weeks
  value: {value: 24.1, unit: percent}
  sources: [{citation: "VELDRA trial report", quote: "24.1% at 12 weeks"}]
  status: approved
  review_by: 2030-01-01
- id: veldra-cdp24
  statement: In VELDRA, 19.8% of patients on ozatumab had progression confirmed at 24 weeks.
  subject: [ozatumab]
  context: [VELDRA, multiple sclerosis, disability progression]
  timepoint: 24 weeks
  value: {value: 19.8, unit: percent}
  sources: [{citation: "VELDRA trial report", quote: "19.8% at 24 weeks"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the 24-week measure, 24.1% of VELDRA patients on ozatumab had confirmed"
            " disability progression.",
            {"24.1%": ("CC101", "veldra-cdp24")},
        ),
        (
            "By the 24-week measure, 19.8% of VELDRA patients on ozatumab had confirmed"
            " disability progression.",
            {},
        ),
        (
            "In VELDRA, 12-week confirmed disability progression occurred in 19.8% of patients on"
            " ozatumab.",
            {"19.8%": ("CC101", "veldra-cdp12")},
        ),
    ],
)
def test_the_adjective_timepoint_picks_the_claim(lint_text, text, expected):
    assert lint_text(text) == expected
