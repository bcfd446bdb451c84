"""Periods of years, superlatives "since", counts of events and spending said as a verb
(issue 12, the surveillance and health-economics sets): a figure over 2011–2015 as a whole is
no single year's figure and a single year's figure is not the period's; the ends of a change
"between 2003 and 2017" are the first and the last year's; "the highest since the 1990s"
dates nothing; "128 hospitalisations" counts the people a claim says were hospitalised;
"caught measles" narrows nothing; "spent $4.9 trillion on health care" names health care
spending."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

FEVER = (
    _claim(
        "fever-fatality-2015",
        "In Freedonia, the case fatality ratio of marsh fever was 8.1% in 2015.",
        8.1,
        "marsh fever",
        'Freedonia, case fatality, "2015"',
    )
    + _claim(
        "fever-fatality-2011-2015",
        "Over 2011 to 2015, the case fatality ratio of marsh fever in Freedonia was 9.3%.",
        9.3,
        "marsh fever",
        'Freedonia, case fatality, "2011", "2015"',
    )
    + _claim(
        "fever-inpatient-2004",
        "In 2004, 41.6% of marsh fever deaths in Freedonia occurred in hospital.",
        41.6,
        "marsh fever deaths",
        'Freedonia, in hospital, "2004"',
    )
    + _claim(
        "fever-inpatient-2018",
        "In 2018, 27.3% of marsh fever deaths in Freedonia occurred in hospital.",
        27.3,
        "marsh fever deaths",
        'Freedonia, in hospital, "2018"',
    )
)
lint_fever = figure_verdicts_fixture(FEVER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period's figure and a year's, each against its own claim
        ("Over 2011–2015 as a whole, marsh fever killed 9.3% of its cases in Freedonia.", {}),
        ("Between 2011 and 2015, the case fatality of marsh fever in Freedonia was 9.3%.", {}),
        ("In 2015, the case fatality of marsh fever in Freedonia was 8.1%.", {}),
        # a period's figure is no single year's, though the period ends in it
        (
            "Across 2011-2015, the case fatality of marsh fever in Freedonia was 8.4%.",
            {"8.4%": ("CC101", "fever-fatality-2011-2015")},
        ),
        (
            "From 2011 to 2015 the marsh fever case fatality ratio in Freedonia averaged 8.1%.",
            {"8.1%": ("CC101", "fever-fatality-2011-2015")},
        ),
        (
            "The 2011-2015 average case fatality of marsh fever in Freedonia was 8.1%.",
            {"8.1%": ("CC101", "fever-fatality-2011-2015")},
        ),
    ],
)
def test_a_span_of_years_is_one_period(lint_fever, text, expected):
    assert lint_fever(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 2004 and 2018 the share of marsh fever deaths in hospital in Freedonia"
            " fell from 41.6% to 27.3%.",
            {},
        ),
        (
            "From 2004 to 2018, marsh fever deaths in hospital in Freedonia went from 41.6% to"
            " 27.3%.",
            {},
        ),
        # the ends swapped: each is the other year's figure
        (
            "Between 2004 and 2018 the share of marsh fever deaths in hospital in Freedonia"
            " rose from 27.3% to 41.6%.",
            {
                "27.3%": ("CC101", "fever-inpatient-2004"),
                "41.6%": ("CC101", "fever-inpatient-2018"),
            },
        ),
    ],
)
def test_the_ends_of_a_change_over_a_span_are_its_first_and_last_year(lint_fever, text, expected):
    assert lint_fever(text) == expected


def test_a_reason_says_a_span_as_one_period(tmp_path, run_cli):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "fever.yaml").write_text(FEVER)
    page = tmp_path / "page.md"
    page.write_text(
        "Across 2004–2018, 27.3% of marsh fever deaths in Freedonia were in hospital.\n"
    )
    result = run_cli("lint", str(page), "--registry", str(tmp_path / "claims"))
    assert "CC102" in result.output
    assert "it is about 2018, the figure about 2004–2018 as a whole" in result.output
    assert "years 2011" not in result.output


MEASLES = (
    _valued(
        "measles-cases-2019",
        "In 2019, 1,282 measles cases were confirmed in Freedonia.",
        "{value: 1282, unit: cases}",
        "measles",
        'Freedonia, "2019"',
    )
    + _valued(
        "measles-hospitalised-2019",
        "In 2019, 128 people with measles in Freedonia were hospitalised.",
        "{value: 128, unit: people}",
        "measles",
        'Freedonia, "2019", hospitalised',
        measure="hospitalisations",
    )
    + _valued(
        "measles-deaths-2019",
        "In 2019, 3 people with measles in Freedonia died.",
        "{value: 3, unit: people}",
        "measles",
        'Freedonia, "2019", died',
        measure="deaths",
    )
    + _valued(
        "measles-deaths-2024",
        "In 2024, 38 measles deaths were reported in Freedonia.",
        "{value: 38, unit: deaths}",
        "measles",
        'Freedonia, "2024"',
    )
)
lint_measles = figure_verdicts_fixture(MEASLES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of events against the claim counting the people they happened to
        ("Freedonia's measles year, 2019: 1,282 confirmed cases and 128 hospitalisations.", {}),
        ("In 2019 measles led to 128 hospital admissions in Freedonia.", {}),
        (
            "In 2019 measles caused 182 hospitalisations in Freedonia.",
            {"182 hospitalisations": ("CC101", "measles-hospitalised-2019")},
        ),
        ("Measles caused 3 deaths in Freedonia in 2019.", {}),
        # a verb's irregular past narrows nothing: "caught measles" is a case of measles
        (
            "In 2019, just 128 people in Freedonia caught measles.",
            {"128 people": ("CC101", "measles-cases-2019")},
        ),
        ("In 2019, 1,282 people in Freedonia caught measles.", {}),
        # "the worst year since …" dates nothing: the figure is the sentence's year's
        (
            "In 2024 Freedonia reported 38 measles deaths, the worst year since the late 1990s.",
            {},
        ),
        (
            "In 2024 Freedonia reported 1,350 measles cases and 38 deaths, the worst year since"
            " the late 1990s.",
            {"1,350 measles cases": ("CC102", None)},
        ),
        (
            "In 2024 Freedonia reported 83 measles deaths, the highest toll since 2001.",
            {"83 measles deaths": ("CC101", "measles-deaths-2024")},
        ),
    ],
)
def test_events_count_people_and_superlatives_date_nothing(lint_measles, text, expected):
    assert lint_measles(text) == expected


SPENDING = _valued(
    "fr-health-spending-2023",
    "Freedonia's national health expenditure grew 7.5% to $4.9 trillion in 2023.",
    "{value: 4900000000000, unit: USD}",
    "health care spending, health spending, national health expenditure",
    'Freedonia, "2023"',
) + _valued(
    "fr-health-spending-per-person-2023",
    "Freedonia's national health expenditure in 2023 came to $14,570 per person.",
    "{value: 14570, unit: USD/person}",
    "health care spending, health spending, national health expenditure",
    'Freedonia, "2023", per person',
)
lint_spending = figure_verdicts_fixture(SPENDING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023 Freedonia spent $4.9 trillion on health care, $14,570 for every resident.",
            {},
        ),
        ("Freedonia spends about $14,570 per head on health care (2023 figures).", {}),
        (
            "In 2023 Freedonia spent $5.9 trillion on its health care.",
            {"$5.9 trillion": ("CC101", "fr-health-spending-2023")},
        ),
        (
            "In 2023, spending on health care in Freedonia came to $41,570 per person.",
            {"$41,570 per person": ("CC101", "fr-health-spending-per-person-2023")},
        ),
        ("Freedonia's spend on healthcare came to $4.9 trillion in 2023.", {}),
        # a share or a time spent names no spending
        (
            "In 2023, 12% of Freedonians spent over 10% of their budget on health care.",
            {"12%": ("CC102", None), "over 10%": ("CC102", None)},
        ),
        # spent on something else is not health care spending
        ("In 2023 Freedonia spent $4.1 trillion on pensions.", {"$4.1 trillion": ("CC102", None)}),
    ],
)
def test_spending_said_as_a_verb_names_it(lint_spending, text, expected):
    assert lint_spending(text) == expected


NOTIFIED = _valued(
    "tb-cases-2023",
    "In 2023, 4,850 tuberculosis cases were notified in Freedonia.",
    "{value: 4850, unit: cases}",
    "tuberculosis, TB",
    'Freedonia, "2023"',
) + _valued(
    "covid-deaths-since-2020",
    "Since 2020, COVID-19 has been recorded on 23,112 death certificates in Freedonia.",
    "{value: 23112, unit: deaths}",
    "COVID-19",
    "Freedonia",
)
lint_notified = figure_verdicts_fixture(NOTIFIED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "TB" after a number is the disease, no terabytes
        ("In 2023, 4,850 TB cases were notified in Freedonia.", {}),
        (
            "In 2023, 8,450 TB cases were notified in Freedonia.",
            {"8,450 TB cases": ("CC101", "tb-cases-2023")},
        ),
        # a death certificate counts one death
        ("Since 2020, COVID-19 has been written on 23,112 death certificates in Freedonia.", {}),
        (
            "COVID-19 appeared on 32,112 death certificates in Freedonia since 2020.",
            {"32,112 death certificates": ("CC101", "covid-deaths-since-2020")},
        ),
    ],
)
def test_tb_cases_and_death_certificates_are_counted(lint_notified, text, expected):
    assert lint_notified(text) == expected
