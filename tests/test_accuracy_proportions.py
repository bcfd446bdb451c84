"""A bare decimal under one said as a test's sensitivity, specificity or predictive value is
a proportion (``a sensitivity of 0.79`` is 79%), so a claim in percent is its claim; other
decimals (``AUC 0.79``, a bare ``0.35``) stay numbers."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig
from verdict_helpers import figure_verdicts_fixture

CASES = [
    ("Stool DNA testing had a sensitivity of 0.92.", [fig("0.92", 0.92, unit="proportion")]),
    ("A review put the scan's specificity for appendicitis at 0.88.",
     [fig("0.88", 0.88, unit="proportion")]),
    ("Its positive predictive value was 0.12 and its NPV 0.99.",
     [fig("0.12", 0.12, unit="proportion"), fig("0.99", 0.99, unit="proportion")]),
    ("The model's AUC was 0.79.", [fig("AUC was 0.79", 0.79, statistic="AUC")]),
    ("The index rose to 0.35.", [fig("0.35", 0.35, role="after")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("accuracy"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_accuracy_decimal_is_a_proportion(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


REGISTRY = """\
- id: fit-sensitivity
  statement: In a pooled analysis, FIT detected colorectal cancer with a sensitivity of 79%.
  subject: [FIT, faecal immunochemical test]
  context: [sensitivity, colorectal cancer]
  value: {value: 79, unit: percent}
  sources: [{citation: "Pooled FIT analysis", quote: "79%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pooled analysis put FIT's sensitivity for colorectal cancer at 0.79.", {}),
        ("A pooled analysis put FIT's sensitivity for colorectal cancer at 0.91.",
         {"0.91": ("CC101", "fit-sensitivity")}),
    ],
)  # fmt: skip
def test_accuracy_decimal_against_a_percent_claim(lint_text, text, expected):
    assert lint_text(text) == expected
