"""An outcome defined by a threshold ("reached a serum urate below 6.0 mg/dL", "a
haemoglobin rise of at least 1.0 g/dL", "lost at least 15% of their weight") is another
outcome at another threshold: a share said for "below 5.0 mg/dL" is neither backed nor
accused by the claim for "below 6.0 mg/dL", and the message names the claim's threshold."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter

REGISTRY = """\
- id: febux-urate-6
  statement: >-
    In the CARE-G trial, 67% of patients given febuxostat 80 mg reached a serum urate
    below 6.0 mg/dL by month 6.
  subject: [CARE-G, febuxostat]
  value: {value: 67, unit: percent}
  sources: [{citation: "CARE-G report", quote: "67%"}]
  status: approved
  review_by: 2030-01-01
- id: iron-hb-rise-1
  statement: >-
    In the FERRO-2 trial, 72% of women given ferric carboxymaltose had a haemoglobin rise
    of at least 1.0 g/dL by week 6.
  subject: [FERRO-2, ferric carboxymaltose]
  value: {value: 72, unit: percent}
  sources: [{citation: "FERRO-2 report", quote: "72%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In CARE-G, 67% of patients on febuxostat 80 mg reached a serum urate below 5.0"
         " mg/dL by month 6.", "67%"),
        ("In CARE-G, 41% of patients on febuxostat 80 mg reached a serum urate below 5.0"
         " mg/dL by month 6.", "41%"),
        ("In FERRO-2, 72% of women given ferric carboxymaltose had a haemoglobin rise of more"
         " than 2.0 g/dL by week 6.", "72%"),
    ],
)  # fmt: skip
def test_another_threshold_is_another_outcome(lint_text, text, figure):
    assert lint_text(text)[figure] == ("CC102", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In CARE-G, 67% of patients on febuxostat 80 mg reached a serum urate below 6.0"
         " mg/dL by month 6.", {}),
        ("In CARE-G, 60% of patients on febuxostat 80 mg reached a serum urate below 6.0"
         " mg/dL by month 6.", {"60%": ("CC101", "febux-urate-6")}),
    ],
)  # fmt: skip
def test_the_same_threshold_is_judged(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_names_the_claims_threshold(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)(
        "page.md",
        "In CARE-G, 67% of patients on febuxostat 80 mg reached a serum urate below 5.0 mg/dL"
        " by month 6.",
    )
    message = next(f["message"] for f in findings if '"67%"' in f["message"])
    assert "another threshold (below 6.0 mg/dL)" in message
