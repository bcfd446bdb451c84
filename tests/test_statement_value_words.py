"""A statement may state other figures beside its value ("12 years free of disability out
of a total life expectancy of 15 years"), and a draft repeating one of them is backed. Not
when the draft writes its figure with the very words the statement writes right after its
value ("15 years free of disability"): that is the value's measure with the other figure's
number, a swap, and only the value can back it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: dfle-men
  statement: >-
    At age 70, men in the Northfield cohort could expect 12 years free of disability out
    of a total life expectancy of 15 years.
  subject: [disability-free life expectancy, years free of disability]
  context: [Northfield, at 70]
  group: [men]
  value: {value: 12, unit: years}
  sources: [{citation: "Northfield cohort report", quote: "12 years"}]
  status: approved
  review_by: 2030-01-01
- id: clinic-wait
  statement: >-
    Patients at Harbour Clinic waited a median of 9 days for a first appointment and
    21 days for surgery.
  subject: [Harbour Clinic, waiting time]
  value: {value: 9, unit: days}
  sources: [{citation: "Harbour Clinic audit", quote: "9 days"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 70, men in the Northfield cohort could expect 15 years free of disability.",
         {"15 years": ("CC101", "dfle-men")}),
        ("At 70, Northfield men could expect 12 years free of disability.", {}),
        ("At 70, Northfield men had a total life expectancy of 15 years, 12 years free of"
         " disability.", {}),
        ("At Harbour Clinic, patients waited a median of 21 days for a first appointment.",
         {"21 days": ("CC101", "clinic-wait")}),
        ("At Harbour Clinic, patients waited a median of 21 days for surgery.", {}),
    ],
)  # fmt: skip
def test_figure_with_the_words_of_the_value(lint_text, text, expected):
    assert lint_text(text) == expected
