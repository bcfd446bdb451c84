"""A registry written in British English and a page in American, or the other way round
(issue 12): "anemia" names the registry's "anaemia", "fibre" its "fiber", "esophageal
cancer" its "oesophageal cancer"; a word with no other spelling names nothing more."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture

SPELLED = (
    _claim(
        "anaemia-women",
        "In Freedonia, 29.9% of women aged 15 to 49 have anaemia.",
        29.9,
        "anaemia",
        "Freedonia, women",
    )
    + _claim(
        "oesophageal-survival",
        "In Freedonia, 5-year survival from oesophageal cancer is 12.4%.",
        12.4,
        "oesophageal cancer",
        "Freedonia, 5-year survival",
    )
    + _claim(
        "gonorrhoea-rise-2023",
        "Gonorrhoea diagnoses in Freedonia rose by 7.5% in 2023.",
        7.5,
        "gonorrhoea",
        'Freedonia, "2023"',
    )
    + _claim(
        "fiber-intake",
        "In Freedonia, 9.2% of adults eat the recommended amount of fiber.",
        9.2,
        "fiber, dietary fiber",
        "Freedonia, adults",
    )
)
lint_spelled = figure_verdicts_fixture(SPELLED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, 29.9% of women aged 15 to 49 have anemia.", {}),
        (
            "In Freedonia, 39.9% of women aged 15 to 49 are anemic.",
            {"39.9%": ("CC101", "anaemia-women")},
        ),
        ("Five-year survival from esophageal cancer in Freedonia is 12.4%.", {}),
        (
            "Five-year survival from esophageal cancer in Freedonia is 21.4%.",
            {"21.4%": ("CC101", "oesophageal-survival")},
        ),
        ("Only 9.2% of adults in Freedonia eat enough dietary fibre.", {}),
        ("In Freedonia, gonorrhea diagnoses rose by 7.5% in 2023.", {}),
        (
            "Only 2.9% of adults in Freedonia eat enough fibre.",
            {"2.9%": ("CC101", "fiber-intake")},
        ),
    ],
)
def test_a_name_is_found_in_its_other_spelling(lint_spelled, text, expected):
    assert lint_spelled(text) == expected


DOCTORS = _claim(
    "physician-burnout-2021",
    "In 2021, 62.8% of Freedonian physicians reported at least one symptom of burnout.",
    62.8,
    "physician burnout, burnout",
    'Freedonia, physicians, "2021"',
) + _claim(
    "physician-burnout-2017",
    "In 2017, 43.9% of Freedonian physicians reported at least one symptom of burnout.",
    43.9,
    "physician burnout, burnout",
    'Freedonia, physicians, "2017"',
)
lint_doctors = figure_verdicts_fixture(DOCTORS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doctors are physicians
        ("Burnout peaked in the pandemic: in 2021 it affected 62.8% of doctors in Freedonia.", {}),
        (
            "In 2021, burnout affected 68.2% of doctors in Freedonia.",
            {"68.2%": ("CC101", "physician-burnout-2021")},
        ),
        # a year said only as what the figure is compared with is not its year
        ("In 2021, 62.8% of Freedonian physicians reported burnout, up from 2017.", {}),
        (
            "In 2021, 43.9% of Freedonian physicians reported burnout, up from 2017.",
            {"43.9%": ("CC101", "physician-burnout-2021")},
        ),
        # … while a start figure said with its year keeps that year
        (
            "Burnout among Freedonian physicians rose to 62.8% in 2021, up from 43.9% in 2017.",
            {},
        ),
    ],
)
def test_doctors_are_physicians_and_a_compared_year_is_not_the_figures(
    lint_doctors, text, expected
):
    assert lint_doctors(text) == expected
