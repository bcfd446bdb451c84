"""A whole number a source writes with two zeros or more at its end ("$9,400", "3,700
deaths") was rounded by that source: a draft figure that rounds to it (``$9,412``) is more
precise than the source can back (CC103), not a conflict; one that does not is a conflict."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hip-replacement-cost
  statement: In 2019 the mean hospital cost of a hip replacement stay in the US was $16,500.
  subject: [hip replacement]
  context: [US]
  value: {value: 16500, unit: USD}
  sources: [{citation: "Statistical brief", quote: "$16,500"}]
  status: approved
  review_by: 2030-01-01
- id: clinic-visit-fee
  statement: A visit to the fracture clinic costs £605.
  subject: [fracture clinic]
  value: {value: 605, unit: GBP}
  sources: [{citation: "Tariff", quote: "£605"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2019 a hip replacement stay in a US hospital cost $16,512 on average.",
            {"$16,512": ("CC103", "hip-replacement-cost")},
        ),
        (
            "In 2019 a hip replacement stay in a US hospital cost $16,950 on average.",
            {"$16,950": ("CC101", "hip-replacement-cost")},
        ),
        ("A visit to the fracture clinic costs £612.", {"£612": ("CC101", "clinic-visit-fee")}),
    ],
)
def test_trailing_zeros_are_the_sources_rounding(lint_text, text, expected):
    assert lint_text(text) == expected
