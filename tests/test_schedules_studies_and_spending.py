"""Kinds of the biologics, surveillance and health-economics sets (issue 12): a dose given
"every other week" is the every-two-weeks arm, not the weekly one; a study named after a
modifier ("In the head-to-head CLEAR study") is another study than the registry's; spending
"per head" or "per capita" is spending per person; a ratio after the control group compares
the groups; "illnesses" are cases."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

SCHEDULES = _claim(
    "brook-drug-r-weekly-response",
    "In the BROOK-2 trial, 62% of adults given drug R weekly had clear skin at week 16.",
    62,
    "drug R, BROOK-2",
    "weekly, clear skin",
) + _claim(
    "brook-drug-r-q2w-itch",
    "In the BROOK-2 trial, 48% of adults given drug R every two weeks had no itch at week 16.",
    48,
    "drug R, BROOK-2",
    "every two weeks, itch",
)
lint_schedules = figure_verdicts_fixture(SCHEDULES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In BROOK-2, 62% of adults on drug R weekly had clear skin at week 16.", {}),
        (
            "In BROOK-2, 70% of adults on drug R weekly had clear skin at week 16.",
            {"70%": ("CC101", "brook-drug-r-weekly-response")},
        ),
        # the every-two-weeks arm's clear skin is a figure the registry does not hold
        (
            "In BROOK-2, 55% of adults injected with drug R every other week had clear skin.",
            {"55%": ("CC102", None)},
        ),
        (
            "In BROOK-2, 41% of adults on drug R every second week had clear skin.",
            {"41%": ("CC102", None)},
        ),
    ],
)
def test_every_other_week_is_every_two_weeks(lint_schedules, text, expected):
    assert lint_schedules(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the head-to-head OSPREY study, 71% of adults on drug R weekly had clear skin.",
        "In the pivotal HERON trial, 71% of adults on drug R weekly had clear skin.",
        "In the randomised KITE study, 71% of adults given drug R weekly had clear skin.",
        "In the open-label LARK trial, 71% of adults on drug R weekly had clear skin.",
    ],
)
def test_a_study_named_after_a_modifier_is_another_study(lint_schedules, text):
    assert lint_schedules(text) == {"71%": ("CC102", None)}


SPENDING = _valued(
    "ruritania-spending-per-person-2023",
    "Ruritania's health spending in 2023 came to $6,240 per person.",
    "{value: 6240, unit: USD/person}",
    "health spending",
    "Ruritania, in 2023",
) + _valued(
    "ruritania-spending-total-2023",
    "Ruritania's health spending in 2023 came to $38.1 billion.",
    "{value: 38100000000, unit: USD}",
    "health spending",
    "Ruritania, in 2023, total",
)
lint_spending = figure_verdicts_fixture(SPENDING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023 Ruritania's health spending came to about $6,200 per head.", {}),
        ("In 2023 Ruritania's health spending was $6,240 per capita.", {}),
        ("In 2023 Ruritania's health spending was $6,240 per resident.", {}),
        (
            "In 2023 Ruritania's health spending came to $7,100 per head.",
            {"$7,100 per head": ("CC101", "ruritania-spending-per-person-2023")},
        ),
        (
            "In 2023 Ruritania's health spending was $5,900 per inhabitant.",
            {"$5,900 per inhabitant": ("CC101", "ruritania-spending-per-person-2023")},
        ),
    ],
)
def test_per_head_is_per_person(lint_spending, text, expected):
    assert lint_spending(text) == expected


RATIO = _valued(
    "gout-kidney-stones-adjusted-hr",
    "In the cohort, gout raised the risk of kidney stones (adjusted hazard ratio 1.62).",
    "{value: 1.62}",
    "gout, kidney stones",
    "hazard ratio, cohort",
)
lint_ratio = figure_verdicts_fixture(RATIO)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio after the control group's rate compares the groups: no control arm's figure
        (
            "Kidney stones occurred at 5.1 per 1,000 person-years with gout and 3.2 per 1,000"
            " person-years in the control group (adjusted HR 1.62, 95% CI 1.31–2.00).",
            {
                "5.1 per 1,000 person-years": ("CC102", None),
                "3.2 per 1,000 person-years": ("CC102", None),
            },
        ),
        (
            "Kidney stones were more common with gout than in controls (adjusted HR 1.62).",
            {},
        ),
        (
            "Kidney stones were more common with gout than in controls (adjusted HR 2.10).",
            {"HR 2.10": ("CC101", "gout-kidney-stones-adjusted-hr")},
        ),
    ],
)
def test_a_ratio_after_the_control_group_compares_the_groups(lint_ratio, text, expected):
    assert lint_ratio(text) == expected


ILLNESSES = _valued(
    "rotavirus-cases-ruritania",
    "Each year in Ruritania, rotavirus causes 410,000 cases of diarrhoea in children.",
    "{value: 410000, unit: cases/year}",
    "rotavirus",
    "Ruritania, children, diarrhoea",
)
lint_illnesses = figure_verdicts_fixture(ILLNESSES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Ruritania, rotavirus causes about 410,000 illnesses in children a year.", {}),
        ("Rotavirus causes 410,000 childhood illnesses a year in Ruritania.", {}),
        (
            "Rotavirus causes up to 600,000 illnesses in children a year in Ruritania.",
            {"up to 600,000 illnesses": ("CC101", "rotavirus-cases-ruritania")},
        ),
    ],
)
def test_illnesses_are_cases(lint_illnesses, text, expected):
    assert lint_illnesses(text) == expected


OUT_OF_POCKET = _claim(
    "ruritania-out-of-pocket-share-2023",
    "In 2023, out-of-pocket payments made up 11% of Ruritania's health spending.",
    11,
    "out-of-pocket payments, out-of-pocket spending",
    "Ruritania, share of health spending",
)
lint_out_of_pocket = figure_verdicts_fixture(OUT_OF_POCKET)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, out-of-pocket payments made up 11% of Ruritania's health spending.", {}),
        # a level reached after the verb is a share, not a change
        ("In 2023, out-of-pocket payments rose to 11% of Ruritania's health spending.", {}),
        (
            "In 2023, out-of-pocket payments rose above 14% of Ruritania's health spending.",
            {"above 14%": ("CC101", "ruritania-out-of-pocket-share-2023")},
        ),
        # a change said by its verb with no "by" is no share of the spending
        (
            "In 2023, out-of-pocket spending in Ruritania grew 11% on the year before.",
            {"11%": ("CC102", None)},
        ),
        (
            "Out-of-pocket payments in Ruritania rose nearly 11% in 2023.",
            {"nearly 11%": ("CC102", None)},
        ),
    ],
)
def test_a_change_said_by_its_verb_is_no_share(lint_out_of_pocket, text, expected):
    assert lint_out_of_pocket(text) == expected
