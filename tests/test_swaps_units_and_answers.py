"""Figures the matcher gave to no claim or the wrong one (issue 12, the vascular,
hypertension, infection-prevention and break30 rounds): an age said after shares of both
sexes, a swap between claims of two subjects, units normalised to their symbol, grams that
weigh a baby, a sentence opening with a time and a treatment, an answer under its question,
a world claim beside its regions', and a figure converted from the unit it was written in."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

KNEES = _claim(
    "knee-oa-men-50",
    "Knee osteoarthritis of grade 2 or higher was found in 18.2% of men aged 50 and over.",
    18.2,
    "knee osteoarthritis",
    "men, aged 50 and over",
    group="[men aged 50 and over]",
) + _claim(
    "knee-oa-women-50",
    "Knee osteoarthritis of grade 2 or higher was found in 27.5% of women aged 50 and over.",
    27.5,
    "knee osteoarthritis",
    "women, aged 50 and over",
    group="[women aged 50 and over]",
)
lint_knees = figure_verdicts_fixture(KNEES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Knee osteoarthritis of grade 2 or higher was found in 27.5% of men and 18.2% of"
            " women aged 50 and over.",
            {"27.5%": ("CC101", "knee-oa-men-50"), "18.2%": ("CC101", "knee-oa-women-50")},
        ),
        (
            "Knee osteoarthritis of grade 2 or higher was found in 18.2% of men and 27.5% of"
            " women aged 50 and over.",
            {},
        ),
        (
            "A survey found grade 2 or higher knee osteoarthritis in 27.5% of men and in 18.2%"
            " of women aged 50 and over.",
            {"27.5%": ("CC101", "knee-oa-men-50"), "18.2%": ("CC101", "knee-oa-women-50")},
        ),
    ],
)
def test_an_age_said_after_both_sexes_holds_for_each(lint_knees, text, expected):
    assert lint_knees(text) == expected


XRAYS = _valued(
    "dose-xray-dental",
    "A dental X-ray gives an effective dose of about 0.005 mSv.",
    "{value: 0.005, unit: msv}",
    "dental X-ray, dental X-rays",
    "effective dose",
) + _valued(
    "dose-xray-chest",
    "A chest X-ray gives an effective dose of about 0.1 mSv.",
    "{value: 0.1, unit: msv}",
    "chest X-ray, chest X-rays",
    "effective dose",
)
lint_xrays = figure_verdicts_fixture(XRAYS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At our dental practice a chest X-ray gives about 0.005 mSv, while a dental X-ray"
            " gives about"
            " 0.1 mSv.",
            {
                "about 0.005 mSv": ("CC101", "dose-xray-chest"),
                "about 0.1 mSv": ("CC101", "dose-xray-dental"),
            },
        ),
        (
            "At our dental practice a chest X-ray gives about 0.1 mSv, while a dental X-ray"
            " gives about"
            " 0.005 mSv.",
            {},
        ),
    ],
)
def test_a_swap_between_two_subjects_named_in_the_sentence_is_a_conflict(
    lint_xrays, text, expected
):
    assert lint_xrays(text) == expected


MEASURES = (
    _valued(
        "walk-distance-copd",
        "Adults with moderate COPD walked a median of 452 m in six minutes.",
        "{value: 452, unit: m}",
        "six-minute walk, six-minute walk test",
        "COPD, distance",
    )
    + _valued(
        "newborn-weight-term",
        "Babies born at term in the survey weighed a mean of 3.4 kg.",
        "{value: 3.4, unit: kg}",
        "birth weight",
        "born at term, babies",
    )
    + _valued(
        "amoxicillin-adult-dose",
        "The usual adult dose of amoxicillin for this infection is 1,000 mg.",
        "{value: 1000, unit: mg}",
        "amoxicillin",
        "adult dose",
    )
)
lint_measures = figure_verdicts_fixture(MEASURES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With moderate COPD, adults covered a median of 0.45 km on the six-minute walk.", {}),
        (
            "With moderate COPD, adults covered a median of 0.62 km on the six-minute walk.",
            {"0.62 km": ("CC101", "walk-distance-copd")},
        ),
        ("The mean birth weight of babies born at term was 3,400 g.", {}),
        (
            "The mean birth weight of babies born at term was 2,900 g.",
            {"2,900 g": ("CC101", "newborn-weight-term")},
        ),
        ("For adults, the usual dose of amoxicillin is 1 g.", {}),
    ],
)
def test_units_by_their_symbol_and_weights_in_grams_convert(lint_measures, text, expected):
    assert lint_measures(text) == expected


HERNIA = "".join(
    _claim(
        f"hernia-recurrence-2y-{arm}",
        f"Two years after {how}, hernias had recurred in {value}% of patients.",
        value,
        "hernia, hernias",
        "recurrence, recurred",
        group=f"[{arm}]",
        timepoint="2 years",
    )
    for arm, how, value in (
        ("mesh", "mesh repair", 4.1),
        ("suture", "suture repair", 11.3),
        ("laparoscopic", "laparoscopic mesh repair", 3.6),
    )
)
lint_hernia = figure_verdicts_fixture(HERNIA)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years after suture repair, 11.3% of patients had a hernia that recurred.", {}),
        (
            "Two years after suture repair, 4.1% of patients had a hernia that recurred.",
            {"4.1%": ("CC101", "hernia-recurrence-2y-suture")},
        ),
        (
            "One year after suture repair, 4.1% of patients had a hernia that recurred.",
            {"4.1%": ("CC102", None)},  # "One year after …" times the 4.1% (session 37)
        ),
    ],
)
def test_a_sentence_opening_with_a_time_and_a_treatment_names_its_arm(lint_hernia, text, expected):
    assert lint_hernia(text) == expected


MEASLES = (
    _valued(
        "measles-deaths-africa-2022",
        "In 2022 the WHO African Region recorded about 95,000 measles deaths.",
        "{value: 95000, unit: deaths, approx: true}",
        "measles",
        "African Region, deaths",
        measure="deaths",
    )
    + _valued(
        "measles-deaths-world-2022",
        "Worldwide, measles killed about 136,000 people in 2022.",
        "{value: 136000, unit: deaths, approx: true}",
        "measles",
        "worldwide, deaths",
        measure="deaths",
    )
    + _valued(
        "measles-cases-world-2022",
        "Worldwide there were about 9 million measles cases in 2022.",
        "{value: 9000000, unit: cases, approx: true}",
        "measles",
        "worldwide, cases",
        measure="cases",
    )
)
lint_measles = figure_verdicts_fixture(MEASLES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Q: How many people died of measles in 2022?**\n\nA: About 136,000.", {}),
        (
            "**Q: How many people died of measles in 2022?**\n\nA: About 9 million.",
            {"About 9 million": ("CC101", "measles-deaths-world-2022")},
        ),
        ("**How many people caught measles in 2022?**\n\nAbout 9 million.", {}),
        ("Measles killed about 136,000 people in 2022.", {}),
        (
            "Measles killed about 95,000 people in 2022.",
            {"about 95,000 people": ("CC101", "measles-deaths-world-2022")},
        ),
    ],
)
def test_an_answer_counts_what_its_question_asks_and_the_world_is_the_whole(
    lint_measles, text, expected
):
    assert lint_measles(text) == expected


CONVERTED = _valued(
    "trial-median-follow-up",
    "The trial stopped early after a median follow-up of 2.18 years.",
    "{value: 2.18, unit: years}",
    "follow-up",
    "median, stopped early",
) + _valued(
    "stage-1-threshold-clinic",
    "Stage 1 hypertension is diagnosed from a clinic reading of 140 mmHg systolic or higher.",
    "{low: 140, unit: mmHg}",
    "stage 1 hypertension",
    "clinic reading, systolic",
)
lint_converted = figure_verdicts_fixture(CONVERTED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial stopped early after a median follow-up of 26 months.", {}),
        (
            "The trial stopped early after a median follow-up of 29 months.",
            {"29 months": ("CC101", "trial-median-follow-up")},
        ),
        ("Stage 1 hypertension starts at a clinic reading of 18.7 kPa systolic or higher.", {}),
    ],
)
def test_a_converted_figure_is_read_at_the_precision_of_its_own_unit(
    lint_converted, text, expected
):
    assert lint_converted(text) == expected


WEIGHT = (
    _claim(
        "velumab-15mg-weight",
        "In the LUMEN-1 trial, adults on velumab 15 mg lost 18.4% of their body weight at 68"
        " weeks.",
        18.4,
        "velumab, LUMEN-1",
        "body weight, weight loss",
        group="[velumab 15 mg]",
        timepoint="68 weeks",
    )
    + _claim(
        "velumab-placebo-weight",
        "In the LUMEN-1 trial, adults on placebo lost 2.6% of their body weight at 68 weeks.",
        2.6,
        "velumab, LUMEN-1",
        "body weight, weight loss",
        group="[placebo]",
        timepoint="68 weeks",
    )
    + _claim(
        "velumab-15mg-10pct",
        "In the LUMEN-1 trial, 84% of adults on velumab 15 mg lost 10% or more of their body"
        " weight.",
        84,
        "velumab, LUMEN-1",
        "10% or more, body weight",
        group="[velumab 15 mg]",
    )
)
lint_weight = figure_verdicts_fixture(WEIGHT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velumab 15 mg gave about seven times the weight loss of placebo in LUMEN-1: 18.4%"
            " versus 2.6% at 68 weeks.",
            {"about seven times": ("CC102", None)},
        ),
        (
            "Velumab 15 mg gave about seven times the weight loss of placebo in LUMEN-1: 2.6%"
            " versus 18.4% at 68 weeks.",
            {
                "about seven times": ("CC102", None),
                "2.6%": ("CC101", "velumab-15mg-weight"),
                "18.4%": ("CC101", "velumab-placebo-weight"),
            },
        ),
        (
            "In LUMEN-1, adults on velumab 15 mg had lost 12.1% of their body weight by week 30.",
            {"12.1%": ("CC102", None)},
        ),
        (
            "In LUMEN-1, adults on velumab 15 mg lost 84% of their body weight.",
            {"84%": ("CC101", "velumab-15mg-weight")},
        ),
    ],
)
def test_arms_in_order_after_a_dose_and_a_share_of_weight_is_no_share_of_people(
    lint_weight, text, expected
):
    assert lint_weight(text) == expected


CARE = (
    _claim(
        "gout-treated-men-2020",
        "In 2020, 41% of men with gout in the survey were treated with urate-lowering drugs.",
        41,
        "gout",
        "survey, men, '2020'",
        group="[men]",
    )
    + _claim(
        "gout-controlled-men-2020",
        "In 2020, gout was controlled in 23% of men with gout in the survey.",
        23,
        "gout",
        "survey, men, '2020'",
        group="[men]",
    )
    + _claim(
        "gout-diagnosed-men-2020",
        "In 2020, 68% of men with gout in the survey had been diagnosed by a doctor.",
        68,
        "gout",
        "survey, men, '2020'",
        group="[men]",
    )
    + _valued(
        "gout-flares-clinics-2020",
        "There were an estimated 190,000 gout flares seen in survey clinics in 2020.",
        "{value: 190000, unit: flares}",
        "gout",
        "survey clinics, flares, '2020'",
    )
    + _valued(
        "gout-deaths-2020",
        "About 9,000 patients with gout in the survey died in 2020.",
        "{value: 9000, unit: deaths}",
        "gout",
        "survey, patients, '2020'",
        measure="deaths",
    )
)
lint_care = figure_verdicts_fixture(CARE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the 2020 survey, 41% of men with gout had it under control.",
            {"41%": ("CC101", "gout-controlled-men-2020")},
        ),
        ("In the 2020 survey, 23% of men with gout had it under control.", {}),
        ("In the 2020 survey, 41% of men with gout were treated for it.", {}),
    ],
)
def test_a_word_only_one_rival_claim_says_tells_the_siblings_apart(lint_care, text, expected):
    assert lint_care(text) == expected
