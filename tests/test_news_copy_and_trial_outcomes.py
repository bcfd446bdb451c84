"""How news copy and trial press releases state figures (issue 12, the break31 round and the
hypertension and CKD sets): a UK nation is no other nation's figure, "the year before" a
season is the season before, who said a figure is no word a claim must explain, a drug that
"cut the risk from 8.0% to 6.5%" names its trial's two arms, a death count is no figure of
the trial's primary outcome unless the page says so, and a ratio's outcome is no figure or
statistic in its context."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

OBESITY = _claim(
    "obesity-adults-england-2022",
    "In 2022, 29% of adults in England were obese.",
    29,
    "obesity, obese",
    "adults, England",
) + _valued(
    "obesity-nhs-cost",
    "Obesity costs the NHS about £6.5 billion a year.",
    "{value: 6500000000, unit: GBP/year, approx: true}",
    "obesity, obese",
    "NHS, cost",
)
lint_obesity = figure_verdicts_fixture(OBESITY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022, 29% of adults in England were obese.", {}),
        ("In 2022, 31% of adults in Scotland were obese.", {"31%": ("CC102", None)}),
        ("In 2022, 25% of adults in Wales were obese.", {"25%": ("CC102", None)}),
        (
            "In 2022, 25% of adults in England were obese.",
            {"25%": ("CC101", "obesity-adults-england-2022")},
        ),
        (
            "Obesity costs the NHS an estimated £9.7 billion a year, according to Hartley"
            " Associates.",
            {"an estimated £9.7 billion a year": ("CC101", "obesity-nhs-cost")},
        ),
        (
            "'Obesity costs the NHS £9.7 billion a year,' said Dr Ann Pruitt, a public health"
            " consultant.",
            {"£9.7 billion a year": ("CC101", "obesity-nhs-cost")},
        ),
    ],
)
def test_nations_and_attributions(lint_obesity, text, expected):
    assert lint_obesity(text) == expected


VACCINE = _claim(
    "rotavirus-dose1-2019-20",
    "In 2019-20, 90.1% of children in England had a first dose of rotavirus vaccine by 12 months.",
    90.1,
    "rotavirus vaccine, rotavirus",
    "first dose, 12 months, England",
) + _claim(
    "rotavirus-dose1-2018-19",
    "In 2018-19, 89.5% of children in England had a first dose of rotavirus vaccine by 12 months.",
    89.5,
    "rotavirus vaccine, rotavirus",
    "first dose, 12 months, England",
)
lint_vaccine = figure_verdicts_fixture(VACCINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In England, 90.1% of children had a first dose of rotavirus vaccine by 12 months in"
            " 2019-20, up from 89.5% the year before.",
            {},
        ),
        (
            "In England, 90.1% of children had a first dose of rotavirus vaccine by 12 months in"
            " 2019-20, up from 88.2% the year before.",
            {"88.2%": ("CC101", "rotavirus-dose1-2018-19")},
        ),
    ],
)
def test_the_year_before_a_season_is_the_season_before(lint_vaccine, text, expected):
    assert lint_vaccine(text) == expected


TRIAL = (
    _claim(
        "cardatide-primary-drug",
        "In the HALCYON trial, the primary end point occurred in 5.9% of patients on cardatide.",
        5.9,
        "HALCYON, cardatide",
        "primary end point, heart attack, stroke",
        group="[cardatide]",
    )
    + _claim(
        "cardatide-primary-placebo",
        "In the HALCYON trial, the primary end point occurred in 7.4% of patients on placebo.",
        7.4,
        "HALCYON, cardatide",
        "primary end point, heart attack, stroke",
        group="[placebo]",
    )
    + _claim(
        "cardatide-stopped-drug",
        "In the HALCYON trial, adverse events led 12.2% of patients on cardatide to stop it.",
        12.2,
        "HALCYON, cardatide",
        "stopped, adverse events",
        group="[cardatide]",
    )
)
lint_trial = figure_verdicts_fixture(TRIAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cardatide cut the risk of a heart attack, stroke or cardiovascular death from 7.4% to"
            " 5.9% in HALCYON.",
            {},
        ),
        (
            "Cardatide cut the risk of a heart attack, stroke or cardiovascular death from 7.4% to"
            " 4.9% in HALCYON.",
            {"4.9%": ("CC101", "cardatide-primary-drug")},
        ),
        (
            "In HALCYON, death from any cause occurred in 3.1% of the cardatide group and 3.5% of"
            " the placebo group.",
            {"3.1%": ("CC102", None), "3.5%": ("CC102", None)},
        ),
        ("In HALCYON, the primary end point occurred in 7.4% of the placebo group.", {}),
    ],
)
def test_a_drug_that_cut_the_risk_names_both_arms_and_deaths_are_no_primary_outcome(
    lint_trial, text, expected
):
    assert lint_trial(text) == expected


RATIO = _valued(
    "bp-lowering-stroke-rr",
    "Every 10 mmHg reduction in systolic blood pressure lowered the risk of stroke, relative"
    " risk 0.73.",
    "{value: 0.73}",
    "blood pressure lowering, reduction in systolic blood pressure",
    "stroke, relative risk, 10 mmHg, meta-analysis",
)
lint_ratio = figure_verdicts_fixture(RATIO)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the meta-analysis, every 10 mmHg reduction in systolic blood pressure lowered the"
            " risk of stroke by 27%.",
            {},
        ),
        (
            "In the meta-analysis, every 10 mmHg reduction in systolic blood pressure lowered the"
            " risk of heart failure by 27%.",
            {"10 mmHg": ("CC102", None), "27%": ("CC102", None)},
        ),
    ],
)
def test_a_ratio_outcome_is_no_figure_or_statistic_of_its_context(lint_ratio, text, expected):
    assert lint_ratio(text) == expected
