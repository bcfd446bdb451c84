"""A count whose clause says later how often it happens (``22 people … die every day``) is a
count per that period, as ``17 deaths a day`` is; and a transplant's or a hospital's waiting
list is a queue, not a trial's waiting-list control arm."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities import find_quantities

REGISTRY = """\
- id: waiting-list-size
  statement: More than 7,000 people are on the national kidney transplant waiting list.
  subject: [kidney transplant waiting list, transplant waiting list]
  value: {low: 7000, low_inclusive: false, unit: people}
  sources: [{citation: "Transplant report 2023", quote: "more than 7,000 people"}]
  status: approved
  review_by: 2030-01-01
- id: waiting-list-deaths-per-week
  statement: About 6 people on the kidney transplant waiting list die each week.
  subject: [kidney transplant waiting list, transplant waiting list]
  value: {value: 6, unit: deaths/week, approx: true}
  sources: [{citation: "Transplant report 2023", quote: "about six people die each week"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 6 people on the kidney transplant waiting list die each week.", {}),
        (
            "Every week, 15 people on the kidney transplant waiting list die.",
            {"15 people": ("CC101", "waiting-list-deaths-per-week")},
        ),
        (
            "About 15 people on the kidney transplant waiting list die each week.",
            {"About 15 people": ("CC101", "waiting-list-deaths-per-week")},
        ),
        (
            "More than 7,000 people are on the national kidney transplant waiting list.",
            {},
        ),
        # a count without its period is no count per week, nor a stock one per week
        (
            "About 9,000 people on the kidney transplant waiting list die each month.",
            {"About 9,000 people": ("CC102", None)},
        ),
    ],
)
def test_a_count_said_to_happen_every_week_is_judged_per_week(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "Around 40 babies are born with the condition every week.",
            "Around 40 babies",
            "babies/week",
        ),
        (
            "In the UK, 12 young people die suddenly each week.",
            "12 young people",
            "young people/week",
        ),
        ("Some 300 patients visit the clinic daily.", "Some 300 patients", "patients/day"),
        ("About 2 women are diagnosed every hour.", "About 2 women", "women/hour"),
        ("The team treats 90 children in the clinic a month.", "90 children", "children/month"),
        ("Every day, 17 people on the list die.", "17 people", "people/day"),
        (
            "Each minute, a stroke kills about 2 million neurons.",
            "about 2 million neurons",
            "neurons/minute",
        ),
    ],
)
def test_a_count_with_its_period_later_in_the_clause_is_a_rate(text, figure, unit):
    (read,) = [q for q in find_quantities(text) if q.text == figure]
    assert (read.unit, read.kind) == (unit, "rate")
    assert text[read.start : read.end] == figure


@pytest.mark.parametrize(
    "text",
    [
        "About 5,000 women are diagnosed with it every year.",  # often an annual total
        "Of 200 people, most were daily smokers.",
        "We saw 40 patients, and 12 of them came back every week.",
    ],
)
def test_a_count_without_its_own_period_stays_a_count(text):
    first = find_quantities(text)[0]
    assert first.per is None


ANNUAL_REGISTRY = """\
- id: leukaemia-deaths-2012
  statement: Leukaemia caused 4,807 deaths in Freedonia in 2012.
  subject: [leukaemia]
  context: [Freedonia]
  value: {value: 4807, unit: deaths}
  sources: [{citation: "Freedonia cancer statistics 2014", quote: "4,807 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

annual_text = figure_verdicts_fixture(ANNUAL_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leukaemia caused about 4,800 deaths in Freedonia in 2012 – roughly 13 every day.",
            {"roughly 13 every day": ("CC102", None)},
        ),
        (
            "Leukaemia caused about 6,000 deaths in Freedonia in 2012, some 16 a day.",
            {
                "about 6,000 deaths": ("CC101", "leukaemia-deaths-2012"),
                "some 16 a day": ("CC102", None),
            },
        ),
    ],
)
def test_a_bare_number_per_day_is_no_years_total(annual_text, text, expected):
    """A day's count said as a bare number is never compared with the year's total: 13 a
    day is not a conflict with 4,807 deaths (it was accused as if it were 13 deaths)."""
    assert annual_text(text) == expected
