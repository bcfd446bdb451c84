"""A table's year columns, cases said fatal and deaths from an infection (issue 12, the
workforce and drug-safety sets): under a heading that lists a table's years ("…, 2018 and
2022"), a cell's column header names its own year, so a figure moved to the other year's
column is that year's conflict; "fatal lactic acidosis … 0.03 cases per 1,000" counts deaths,
not the cases of the incidence claim; "led to death from infection in 2 patients" counts
deaths, so "diagnosed in 2 patients" is no figure of it."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

SURVEY = (
    _claim(
        "staff-burnout-2018",
        "In 2018, 11.6% of Freedonian health workers reported feeling burned out very often.",
        11.6,
        "burned out very often, burnout",
        'Freedonia, health workers, "2018"',
    )
    + _claim(
        "staff-burnout-2022",
        "In 2022, 19.0% of Freedonian health workers reported feeling burned out very often.",
        19.0,
        "burned out very often, burnout",
        'Freedonia, health workers, "2022"',
    )
    + _claim(
        "staff-harassed-2022",
        "In 2022, 13.4% of Freedonian health workers reported harassment at work.",
        13.4,
        "harassment, harassed at work",
        'Freedonia, health workers, "2022"',
    )
)
lint_survey = figure_verdicts_fixture(SURVEY)

TABLE = """### Freedonian health workers, 2018 and 2022 (worklife survey)

| Measure | 2018 | 2022 |
|---|---|---|
| Burned out very often | {a} | {b} |
| Harassed at work | 6.4% | {c} |
"""


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"a": "11.6%", "b": "19.0%", "c": "13.4%"}, {"6.4%": ("CC102", None)}),
        # the two years' figures swapped: each is the other column's conflict
        (
            {"a": "19.0%", "b": "11.6%", "c": "13.4%"},
            {
                "19.0%": ("CC101", "staff-burnout-2018"),
                "11.6%": ("CC101", "staff-burnout-2022"),
                "6.4%": ("CC102", None),
            },
        ),
    ],
)
def test_a_year_column_dates_its_cells(lint_survey, cells, expected):
    assert lint_survey(TABLE.format(**cells)) == expected


def test_a_year_row_header_dates_its_cells(lint_survey):
    table = (
        "Burned out very often, Freedonian health workers, 2018 and 2022:\n\n"
        "| Year | Share |\n|---|---|\n| 2018 | 19.0% |\n| 2022 | 19.0% |\n"
    )
    assert lint_survey(table) == {"19.0%": ("CC101", "staff-burnout-2018")}


METFORMIN = (
    _valued(
        "lactic-acidosis-incidence",
        "Lactic acidosis occurs in about 0.03 cases per 1,000 patient-years of metformin use.",
        '{value: 0.03, unit: "cases per 1,000 patient-years"}',
        "lactic acidosis",
        "metformin",
    )
    + _valued(
        "lactic-acidosis-fatal",
        "Fatal lactic acidosis occurs in about 0.015 cases per 1,000 patient-years of metformin"
        " use.",
        '{value: 0.015, unit: "cases per 1,000 patient-years"}',
        "lactic acidosis",
        "metformin, fatal",
    )
    + _valued(
        "neutropenia-deaths",
        "Among 9,800 patients given drug Q, neutropenia led to death from infection in 3 patients.",
        "{value: 3, unit: patients}",
        "neutropenia",
        "drug Q",
    )
)
lint_metformin = figure_verdicts_fixture(METFORMIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lactic acidosis on metformin occurs at about 0.03 cases per 1,000 patient-years.", {}),
        (
            "Fatal lactic acidosis on metformin occurs at about 0.015 cases per 1,000"
            " patient-years.",
            {},
        ),
        # a fatal figure is the deaths claim's, never the incidence claim's
        (
            "Fatal lactic acidosis on metformin occurs at about 0.03 cases per 1,000"
            " patient-years.",
            {"about 0.03 cases per 1,000 patient-years": ("CC101", "lactic-acidosis-fatal")},
        ),
        # deaths from infection count deaths: a diagnosis count is not theirs
        ("On drug Q, neutropenia led to death from infection in 3 patients.", {}),
        (
            "On drug Q, neutropenia was diagnosed in 3 patients.",
            {"3 patients": ("CC102", None)},
        ),
        (
            "On drug Q, 3 patients developed neutropenia and went on to die of an infection.",
            {},
        ),
    ],
)
def test_fatal_cases_are_deaths_and_deaths_from_infection_no_cases(lint_metformin, text, expected):
    assert lint_metformin(text) == expected


WORLD = _valued(
    "bp-adults-world",
    "An estimated 1.28 billion adults aged 30-79 years worldwide have hypertension.",
    "{value: 1280000000, unit: adults}",
    "hypertension",
    "worldwide",
) + _claim(
    "bp-share-lmic",
    "Two-thirds of adults with hypertension live in low- and middle-income countries.",
    66.7,
    "hypertension",
    "low- and middle-income countries",
)
lint_world = figure_verdicts_fixture(WORLD)


@pytest.mark.parametrize(
    "text",
    [
        # a place said past ", and", in the other figure's clause, is that figure's only
        "An estimated 1.28 billion adults aged 30–79 have hypertension, and about two thirds of"
        " them live in low- and middle-income countries.",
        "Some 1.28 billion adults have hypertension; about two thirds of them live in low- and"
        " middle-income countries.",
    ],
)
def test_a_place_in_a_later_clause_is_not_the_first_figures(lint_world, text):
    assert lint_world(text) == {}


OECD = _valued(
    "oecd-doctors-2021",
    "In 2021 OECD countries had on average 3.7 practising doctors per 1,000 population.",
    '{value: 3.7, unit: "per 1,000"}',
    "practising doctors, doctors",
    'OECD, OECD average, "2021"',
)
lint_oecd = figure_verdicts_fixture(OECD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Across OECD countries there were 3.7 practising doctors per 1,000 people in 2021.", {}),
        (
            "The OECD average in 2021 was 4.7 practising doctors per 1,000 population.",
            {"4.7 practising doctors per 1,000 population": ("CC101", "oecd-doctors-2021")},
        ),
        # one country's figure is no figure of the OECD average
        (
            "In 2021, Germany had 4.5 practising doctors per 1,000 population.",
            {"4.5 practising doctors per 1,000 population": ("CC102", None)},
        ),
    ],
)
def test_one_countrys_figure_is_not_the_oecd_average(lint_oecd, text, expected):
    assert lint_oecd(text) == expected


FALLS = _claim(
    "falls-admissions",
    "Falls account for 14% of emergency hospital admissions among people aged 65 and over in"
    " Freedonia.",
    14,
    "falls",
    "emergency admissions, emergency hospital admissions, Freedonia",
) + _valued(
    "ssi-cases",
    "In the national colorectal surgery audit, 412 patients developed a surgical site infection.",
    "{value: 412, unit: patients}",
    "surgical site infection",
    "colorectal surgery",
    measure="cases",
)
lint_falls = figure_verdicts_fixture(FALLS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Falls account for 14% of emergency admissions of people aged 65+ in Freedonia.", {}),
        # a change said by a noun is no share, though the subject's name is "falls"
        (
            "In Freedonia, a falls prevention drive led to a 14% reduction in emergency"
            " admissions among people aged 65 and over.",
            {"14%": ("CC102", None)},
        ),
        # events said fatal in the unit are deaths, no cases
        ("The national colorectal surgery audit counted 412 surgical site infections.", {}),
        (
            "The national colorectal surgery audit counted 412 fatal surgical site infections.",
            {"412 fatal surgical site infections": ("CC102", None)},
        ),
    ],
)
def test_a_change_is_no_share_and_fatal_events_no_cases(lint_falls, text, expected):
    assert lint_falls(text) == expected
