"""A mean (or median: writers use them for one another) is not a centile: a response time
said on average is not the 90th-centile target, and "90% of calls within 18 minutes" is the
90th centile (NHS England's ambulance standards state both for one category)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import read_frame

REGISTRY = """\
- id: triage-mean
  statement: Emergency departments should triage patients in 15 minutes on average.
  subject: [triage, emergency department triage]
  context: [mean, average, waiting time]
  value: {value: 15, unit: minutes}
  sources: [{citation: "Care standard 2022", quote: "a mean time to triage of 15 minutes"}]
  status: approved
  review_by: 2030-01-01
- id: triage-90th
  statement: Emergency departments should triage 9 in 10 patients within 30 minutes (90th centile).
  subject: [triage, emergency department triage]
  context: [90th centile, waiting time]
  value: {value: 30, unit: minutes}
  sources: [{citation: "Care standard 2022", quote: "90th centile of 30 minutes"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emergency department triage should take 15 minutes on average.", {}),
        ("At the 90th centile, emergency department triage should take 30 minutes.", {}),
        (
            "Emergency department triage should take 30 minutes on average.",
            {"30 minutes": ("CC101", "triage-mean")},
        ),
    ],
)
def test_a_mean_is_not_a_centile(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "skip", "summaries"),
    [
        ("reached in 18 minutes on average", None, {"central"}),
        ("median survival was 14 months", None, {"central"}),
        ("the 95th percentile wait was 6 hours", None, {"centile 95"}),
        ("90% of calls reached within 18 minutes", (30, 40), {"centile 90"}),
        ("90% of calls reached within 18 minutes", (0, 3), set()),
        ("90 per cent of calls are reached in 18 minutes", (35, 46), {"centile 90"}),
    ],
)
def test_summaries_are_read_from_the_clause(text, skip, summaries):
    assert read_frame(text, skip=skip).summaries == summaries
