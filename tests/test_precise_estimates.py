"""A figure given to three significant digits or more is precise whatever word of
approximation comes before it: "an estimated 604,100 deaths", "some 57.4 million" say where
the figure came from (an estimate), not that it is rounded, so the 10% latitude of "about"
does not apply, and a sibling's or another year's figure within 10% is a conflict (README,
"How a figure is compared", rule 1). A rounder figure ("about 600,000", "around 6.9
million") keeps the latitude, and so does a figure whose digits a unit conversion made."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gullet-cancer-deaths-2020
  statement: There were an estimated 544,100 deaths from gullet cancer worldwide in 2020.
  subject: [gullet cancer]
  context: [deaths, worldwide]
  value: {value: 544100, unit: deaths}
  sources: [{citation: "Registry report", quote: "544,100 deaths from gullet cancer in 2020"}]
  status: approved
  review_by: 2030-01-01
- id: fenwick-fever-cases-2021
  statement: Fenwick fever caused 55 million cases worldwide in 2021.
  subject: [Fenwick fever]
  context: [cases, worldwide]
  value: {value: 55000000, unit: cases}
  sources: [{citation: "Surveillance report", quote: "55 million cases in 2021"}]
  status: approved
  review_by: 2030-01-01
- id: home-care-fee-weekly
  statement: In 2023 home care in Freedonia cost £1,050 a week on average.
  subject: [home care]
  context: [Freedonia, cost, fee]
  value: {value: 1050, unit: GBP/week}
  sources: [{citation: "Fee survey", quote: "average £1,050 a week"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Gullet cancer killed an estimated 604,100 people worldwide in 2020.",
            "an estimated 604,100 people",
            ("CC101", "gullet-cancer-deaths-2020"),
        ),
        (
            "Worldwide, gullet cancer caused approximately 571,000 deaths in 2020.",
            "approximately 571,000 deaths",
            ("CC101", "gullet-cancer-deaths-2020"),
        ),
        (
            "Fenwick fever caused some 57.4 million cases worldwide in 2021.",
            "some 57.4 million cases",
            ("CC101", "fenwick-fever-cases-2021"),
        ),
    ],
)
def test_a_precise_estimate_is_compared_to_the_digit(lint_text, text, figure, expected):
    assert lint_text(text).get(figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gullet cancer killed an estimated 544,100 people worldwide in 2020.",
        "Gullet cancer killed about 600,000 people worldwide in 2020.",
        "Gullet cancer killed around 544,000 people worldwide in 2020.",
        "Fenwick fever caused some 57 million cases worldwide in 2021.",
        "Fenwick fever caused roughly 5.8 crore cases worldwide in 2021.",
        "In 2023 home care in Freedonia cost about £4,450 a month on average.",
    ],
)
def test_a_round_or_converted_estimate_keeps_its_latitude(lint_text, text):
    assert lint_text(text) == {}
