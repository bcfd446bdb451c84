"""A multiple said in words ("1.74 times as likely", "raises the odds 7.7-fold", "almost
fivefold") is the ratio a study reports: it is judged against a claim whose value is a
relative risk, odds or hazard ratio (no unit), as a relative change said as a share is
(README, "How a figure is compared"). Before, the multiple found no candidate: a wrong
multiple passed as unsupported."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: vaping-asthma-rr
  statement: Daily vapers have a relative risk of asthma of 1.74 compared with never users.
  subject: [vaping, vapers]
  context: [asthma, relative risk]
  value: {value: 1.74}
  sources: [{citation: "Cohort study", quote: "relative risk 1.74"}]
  status: approved
  review_by: 2030-01-01
- id: heartburn-stricture-or
  statement: People with weekly heartburn have an odds ratio of 7.7 for oesophageal stricture.
  subject: [heartburn]
  context: [oesophageal stricture, odds ratio]
  value: {value: 7.7}
  sources: [{citation: "Case-control study", quote: "odds ratio 7.7"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Daily vapers are 2.5 times as likely to develop asthma as never users.",
            "2.5 times",
            ("CC101", "vaping-asthma-rr"),
        ),
        (
            "Weekly heartburn raises the odds of an oesophageal stricture 3-fold.",
            "3-fold",
            ("CC101", "heartburn-stricture-or"),
        ),
    ],
)
def test_a_wrong_multiple_is_a_conflict(lint_text, text, figure, expected):
    assert lint_text(text).get(figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Daily vapers are 1.74 times as likely to develop asthma as never users.",
        "Weekly heartburn raises the odds of an oesophageal stricture 7.7-fold.",
        "Weekly heartburn raises the odds of an oesophageal stricture almost eightfold.",
    ],
)
def test_the_claims_multiple_is_no_finding(lint_text, text):
    assert lint_text(text) == {}
