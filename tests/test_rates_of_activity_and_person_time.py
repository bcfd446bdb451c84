"""Rates that were lost or misread (issue 11, round ext25): a period after ``of <activity>``
keeps its period as an amount of a substance does (``90 minutes of yoga a week``); a
person-time with no number is a rate's denominator (``per person-year``, ``per
patient-month``); and a slash before ``10k``, ``100k`` or ``1M`` is a population (per 10,000,
100,000, a million), never a score out of 100 with a stray letter."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

ACTIVITY = [
    (
        "The leaflet suggests 45 minutes of swimming a week.",
        [fig("45 minutes", 45.0, unit="minute", kind="duration", per="week")],
    ),
    (
        "Toddlers need 12 hours of sleep a night.",
        [fig("12 hours", 12.0, unit="hour", kind="duration", per="night")],
    ),
    (
        "Try 20 minutes of brisk walking every day.",
        [fig("20 minutes", 20.0, unit="minute", kind="duration", per="day")],
    ),
    (
        "Older people should do 3 days of balance training per week.",
        [fig("3 days", 3.0, unit="day", kind="duration", per="week")],
    ),
    (
        "Students slept 6 hours of broken sleep each night.",
        [fig("6 hours", 6.0, unit="hour", kind="duration", per="night")],
    ),
    (
        "Aim for 90 to 120 minutes of cycling a week.",
        [fig("90 to 120 minutes", 90.0, 120.0, unit="minute", kind="duration", per="week")],
    ),
    (
        "She drinks 1.5 litres of tea a day.",
        [fig("1.5 litres", 1.5, unit="L", kind="measure", per="day")],
    ),
    # a period that says when, or one no longer than the unit, is no rate
    (
        "He had 15 minutes of chest pain a week ago.",
        [fig("15 minutes", 15.0, unit="minute", kind="duration", per=None)],
    ),
    (
        "They took 2 weeks of leave a week before the move.",
        [fig("2 weeks", 2.0, unit="week", kind="duration", per=None)],
    ),
]

PERSON_TIME = [
    (
        "Seizures happened at 0.6 per person-year.",
        [fig("0.6 per person-year", 0.6, per="person-year")],
    ),
    ("Pregnancies ran at 2 per woman-year.", [fig("2 per woman-year", 2.0, per="woman-year")]),
    (
        "Bleeds dropped to 0.3 per patient-month.",
        [fig("0.3 per patient-month", 0.3, per="patient-month", role="after")],
    ),
    (
        "Pressure sores were 1.4 per 1,000 patient-days.",
        [fig("1.4 per 1,000 patient-days", 1.4, per="1,000 patient-days")],
    ),
    (
        "Relapses were 6 per 100 person-years.",
        [fig("6 per 100 person-years", 6.0, per="100 person-years")],
    ),
    (
        "Line infections were 1.1 per catheter-day.",
        [fig("1.1 per catheter-day", 1.1, per="catheter-day")],
    ),
    # "per person" alone stays a price or count per head
    ("Tickets are £4 per person.", [fig("£4 per person", 4.0, unit="GBP", per="person")]),
]

SLASH_POPULATION = [
    ("The rate was 6.5/100k last year.", [fig("6.5/100k", 6.5, per="100,000")]),
    ("Deaths were 1.7/100K adults.", [fig("1.7/100K adults", 1.7, per="100,000 adults")]),
    ("Cases reached 2.4/10k.", [fig("2.4/10k", 2.4, per="10,000")]),
    ("The region logged 15/1M.", [fig("15/1M", 15.0, per="1,000,000")]),
    (
        "Incidence stood at 8.1/100k person-years.",
        [fig("8.1/100k person-years", 8.1, per="100,000 person-years")],
    ),
    ("Deaths were 62/100k.", [fig("62/100k", 62.0, per="100,000")]),
    # a score with its scale named is still a score
    ("Her pain score was 6.5/10 on the ward.", [fig("6.5/10", 6.5, per=None)]),
]

CASES = ACTIVITY + PERSON_TIME + SLASH_POPULATION


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("rates"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rates_of_activity_and_person_time(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
