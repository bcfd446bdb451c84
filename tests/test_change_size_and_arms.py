"""Minutes, hours or days after "by" are how much a measure changed ("cut waking time by
18 minutes"), not when it was measured, so a sentence with two of them and two timepoints
("… by 18 minutes at month 1 and by 23 minutes at month 3") has two clauses, each with its
own time. A dose between two figures belongs to the figure its clause holds: a conjunction
after the dose ("… with drug X 25 mg and by 12 minutes with 50 mg") ends the first figure's
clause, and a "respectively" pairs listed doses with the figures in order."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(dose: int, month: int, minutes: float) -> str:
    return f"""\
- id: somnorex-{dose}-month{month}
  statement: >-
    Somnorex {dose} mg cut waking time by {minutes} minutes more than placebo at month {month}.
  subject: [somnorex]
  context: [waking time, {dose} mg]
  group: [{dose} mg]
  timepoint: month {month}
  value: {{value: {minutes}, unit: minutes}}
  sources: [{{citation: "Somnorex trial 2024", quote: "{minutes} minutes"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _claim(50, 1, 18.3) + _claim(50, 3, 22.9) + _claim(25, 1, 12.1) + _claim(25, 3, 11.7)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somnorex 50 mg cut waking time by 18.3 minutes at month 1"
            " and by 22.9 minutes at month 3.",
            {},
        ),
        (
            "Somnorex 50 mg cut waking time by 22.9 minutes at month 1"
            " and by 18.3 minutes at month 3.",
            {
                "22.9 minutes": ("CC101", "somnorex-50-month1"),
                "18.3 minutes": ("CC101", "somnorex-50-month3"),
            },
        ),
        (
            "At month 1, waking time fell by 12.1 minutes more than placebo with somnorex 25 mg"
            " and by 18.3 minutes with the 50 mg dose.",
            {},
        ),
        (
            "At month 1, waking time fell by 18.3 minutes more than placebo with somnorex 25 mg"
            " and by 12.1 minutes with the 50 mg dose.",
            {
                "18.3 minutes": ("CC101", "somnorex-25-month1"),
                "12.1 minutes": ("CC101", "somnorex-50-month1"),
            },
        ),
        (
            "Somnorex 25 mg and 50 mg cut waking time at month 3 by 11.7 and 22.9 minutes,"
            " respectively.",
            {},
        ),
        (
            "Somnorex 25 mg and 50 mg cut waking time at month 3 by 22.9 and 11.7 minutes,"
            " respectively.",
            {
                "22.9": ("CC101", "somnorex-25-month3"),
                "11.7 minutes": ("CC101", "somnorex-50-month3"),
            },
        ),
    ],
)
def test_each_figure_keeps_its_own_time_and_dose(lint_text, text, expected):
    assert lint_text(text) == expected


FREQUENCY_REGISTRY = """\
- id: thyra-50
  statement: On Thyra 50 micrograms, TSH was normal at week 8 in 64% of patients.
  subject: [Thyra]
  context: [TSH, 50 micrograms]
  value: {value: 64, unit: percent}
  sources: [{citation: "THYRA-2 2024", quote: "64%"}]
  status: approved
  review_by: 2030-01-01
- id: thyra-100
  statement: On Thyra 100 micrograms, TSH was normal at week 8 in 77% of patients.
  subject: [Thyra]
  context: [TSH, 100 micrograms]
  value: {value: 77, unit: percent}
  sources: [{citation: "THYRA-2 2024", quote: "77%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_doses = figure_verdicts_fixture(FREQUENCY_REGISTRY)


def test_how_often_a_dose_is_given_is_no_figure_a_respectively_pairs(lint_doses):
    """ "(once daily)" between the listed doses and the figures is the doses' regimen: the
    "respectively" still pairs 50 micrograms with the first figure."""
    text = (
        "Thyra 50 micrograms and 100 micrograms (once daily) normalised TSH at week 8 in"
        " {} and {} of patients, respectively."
    )
    found = lint_doses(text.format("77%", "64%"))
    assert (found["77%"], found["64%"]) == (("CC101", "thyra-50"), ("CC101", "thyra-100"))
    assert "77%" not in lint_doses(text.format("64%", "77%"))
