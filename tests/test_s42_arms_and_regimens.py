"""Arms, trials and regimen steps read right (session 42): a claim whose ``group`` is the
bare word "vehicle" is the vehicle arm's and keeps its statement's age bracket; a
"respectively" list of numbered trials pairs each figure with its trial; the doses of one
regimen (a daily dose and the course's total, a starting dose and the next step) are each
judged by their own claim; and a sex every claim of a study states is the study's people."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

ARMS = "".join(
    (
        approved_claim(
            "dermolin-active-clear",
            "In the pooled dermolin trials, 21.0% of patients aged 12 and over using dermolin"
            " gel were clear at week 12.",
            21.0,
            "dermolin",
            "rosacea, clear skin, phase 3",
            timepoint="week 12",
        ),
        approved_claim(
            "dermolin-vehicle-clear",
            "In the pooled dermolin trials, 9.0% of patients aged 12 and over using vehicle"
            " gel were clear at week 12.",
            9.0,
            "dermolin",
            "rosacea, clear skin, phase 3",
            group="[vehicle]",
            timepoint="week 12",
        ),
        approved_claim(
            "horizon1-velfimab-response",
            "In HORIZON 1, 35.2% of patients given velfimab had a response at week 16.",
            35.2,
            "HORIZON 1, velfimab",
            "psoriasis, response",
            timepoint="week 16",
        ),
        approved_claim(
            "horizon2-velfimab-response",
            "In HORIZON 2, 48.6% of patients given velfimab had a response at week 16.",
            48.6,
            "HORIZON 2, velfimab",
            "psoriasis, response",
            timepoint="week 16",
        ),
    )
)
lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "group: [vehicle]" is the vehicle arm, whatever the drug the subject names
        (
            "In the dermolin trials, 21.0% of patients aged 12 and over using dermolin gel"
            " were clear at week 12, against 9.0% with vehicle gel.",
            {},
        ),
        (
            "In the dermolin trials, 9.0% of patients aged 12 and over using dermolin gel"
            " were clear at week 12, against 21.0% with vehicle gel.",
            {
                "9.0%": ("CC101", "dermolin-active-clear"),
                "21.0%": ("CC101", "dermolin-vehicle-clear"),
            },
        ),
        (
            "With vehicle gel in the dermolin trials, 14% of patients were clear at week 12.",
            {"14%": ("CC101", "dermolin-vehicle-clear")},
        ),
        (
            "In the dermolin trials, 9.0% of patients in the vehicle group were clear at week 12.",
            {},
        ),
        # a "respectively" list of numbered trials pairs each figure with one trial
        (
            "Response at week 16 was 35.2% and 48.6% with velfimab in HORIZON 1 and HORIZON 2,"
            " respectively.",
            {},
        ),
        (
            "Response at week 16 was 48.6% and 35.2% with velfimab in HORIZON 1 and HORIZON 2,"
            " respectively.",
            {
                "48.6%": ("CC101", "horizon1-velfimab-response"),
                "35.2%": ("CC101", "horizon2-velfimab-response"),
            },
        ),
        (
            "With velfimab, 35.2% and 41.0% of patients had a response at week 16 in HORIZON 1"
            " and HORIZON 2, respectively.",
            {"41.0%": ("CC101", "horizon2-velfimab-response")},
        ),
    ],
)
def test_arms_and_numbered_trials(lint_arms, text, expected):
    assert lint_arms(text) == expected


REGIMENS = "".join(
    (
        valued_claim(
            "tarvonide-daily-dose",
            "Tarvonide for nodular acne is usually given at 0.5 to 1.0 mg/kg/day.",
            "{low: 0.5, high: 1.0, unit: mg/kg/day}",
            "tarvonide",
            "nodular acne, daily dose, dose",
        ),
        valued_claim(
            "tarvonide-course-total",
            "A course of tarvonide usually aims at a cumulative dose of 120 to 150 mg/kg.",
            "{low: 120, high: 150, unit: mg/kg}",
            "tarvonide",
            "nodular acne, cumulative dose, course",
        ),
        approved_claim(
            "meridian-improved",
            "In MERIDIAN, 74% of women taking ostrazine reported improvement at week 24.",
            74,
            "MERIDIAN, ostrazine",
            "hair loss, women, improvement",
            timepoint="week 24",
        ),
        valued_claim(
            "meridian-start-dose",
            "In MERIDIAN, ostrazine was started at 25 mg a day until week 4.",
            "{value: 25, unit: mg/day}",
            "MERIDIAN, ostrazine",
            "dose, daily dose",
            timepoint="week 4",
        ),
        valued_claim(
            "meridian-later-dose",
            "In MERIDIAN, the ostrazine dose was raised to 75 mg a day from week 4 to week 24.",
            "{value: 75, unit: mg/day}",
            "MERIDIAN, ostrazine",
            "dose, daily dose",
            timepoint="week 24",
        ),
    )
)
lint_regimens = figure_verdicts_fixture(REGIMENS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a daily dose and the course's total: two doses of one regimen, each its own claim's
        (
            "Most patients take 0.5–1 mg/kg of tarvonide daily until they reach a total of"
            " 120–150 mg/kg.",
            {},
        ),
        (
            "Tarvonide for nodular acne is usually given at 2–3 mg/kg a day, to a total of"
            " 120–150 mg/kg.",
            {"2–3 mg/kg a day": ("CC101", "tarvonide-daily-dose")},
        ),
        (
            "Most patients take 0.5–1 mg/kg of tarvonide daily until they reach a cumulative"
            " dose of 300 mg/kg.",
            {"300 mg/kg": ("CC101", "tarvonide-course-total")},
        ),
        (
            "Most patients take 0.5–1 mg/kg of tarvonide daily until they reach a cumulative"
            " dose of 120–150 mg/kg.",
            {},
        ),
        (
            "The cumulative dose of tarvonide is 2 mg/kg.",
            {"2 mg/kg": ("CC101", "tarvonide-course-total")},
        ),
        # a starting dose and the step after it, said in one sentence of a study of women
        (
            "In MERIDIAN, women took 25 mg of ostrazine a day for the first four weeks, then"
            " 75 mg a day.",
            {},
        ),
        (
            "In MERIDIAN, women took 75 mg of ostrazine a day for the first four weeks, then"
            " 25 mg a day.",
            {
                "75 mg": ("CC101", "meridian-start-dose"),
                "25 mg a day": ("CC101", "meridian-later-dose"),
            },
        ),
        (
            "In MERIDIAN, ostrazine was started at 25 mg a day for four weeks, then raised to"
            " 50 mg a day.",
            {"50 mg a day": ("CC101", "meridian-later-dose")},
        ),
        (
            "In MERIDIAN, women took 25 mg of ostrazine a day.",
            {},
        ),
    ],
)
def test_regimen_steps_and_study_population(lint_regimens, text, expected):
    assert lint_regimens(text) == expected


LISTS = "".join(
    (
        valued_claim(
            "zenith-os-combo",
            "In ZENITH, median overall survival was 18.5 months with corvalimab plus radiotherapy.",
            "{value: 18.5, unit: months}",
            "ZENITH, corvalimab",
            "brain tumour, overall survival, radiotherapy",
        ),
        valued_claim(
            "zenith-os-rt-alone",
            "In ZENITH, median overall survival was 12.2 months with radiotherapy alone.",
            "{value: 12.2, unit: months}",
            "ZENITH, corvalimab",
            "brain tumour, overall survival, radiotherapy",
            group="[radiotherapy alone]",
        ),
        approved_claim(
            "cure-tilomycin",
            "In a phase 3 trial, clinical cure was reached by 86.1% of patients given tilomycin.",
            86.1,
            "tilomycin",
            "bowel infection, clinical cure",
        ),
        approved_claim(
            "cure-varomycin",
            "In a phase 3 trial, clinical cure was reached by 89.4% of patients given varomycin.",
            89.4,
            "varomycin",
            "bowel infection, clinical cure",
        ),
        valued_claim(
            "orion-velotumab-dose",
            "In ORION-2, velotumab was given at 3 mg/kg every 3 weeks for four doses.",
            "{value: 3, unit: mg/kg}",
            "ORION-2, velotumab",
            "dose, melanoma",
        ),
        valued_claim(
            "orion-nivolizumab-dose",
            "In ORION-2, nivolizumab was given at 1 mg/kg every 3 weeks for four doses.",
            "{value: 1, unit: mg/kg}",
            "ORION-2, nivolizumab",
            "dose, melanoma",
        ),
    )
)
lint_lists = figure_verdicts_fixture(LISTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "respectively" list of arms, one a combination, one a drug "alone"
        (
            "In ZENITH, median overall survival was 18.5 and 12.2 months for corvalimab plus"
            " radiotherapy and radiotherapy alone, respectively.",
            {},
        ),
        (
            "In ZENITH, median overall survival was 12.2 and 18.5 months for corvalimab plus"
            " radiotherapy and radiotherapy alone, respectively.",
            {
                "12.2": ("CC101", "zenith-os-combo"),
                "18.5 months": ("CC101", "zenith-os-rt-alone"),
            },
        ),
        # two drugs listed after their figures
        (
            "Clinical cure rates were 86.1% and 89.4% with tilomycin and varomycin, respectively.",
            {},
        ),
        (
            "Clinical cure rates were 89.4% and 86.1% with tilomycin and varomycin, respectively.",
            {
                "89.4%": ("CC101", "cure-tilomycin"),
                "86.1%": ("CC101", "cure-varomycin"),
            },
        ),
        # each dose is the dose of the drug it is written with
        ("In ORION-2, nivolizumab was given at 1 mg/kg and velotumab at 3 mg/kg.", {}),
        (
            "In ORION-2, nivolizumab was given at 3 mg/kg and velotumab at 1 mg/kg.",
            {
                "3 mg/kg": ("CC101", "orion-nivolizumab-dose"),
                "1 mg/kg": ("CC101", "orion-velotumab-dose"),
            },
        ),
        (
            "In ORION-2, patients received 3 mg/kg of nivolizumab and 1 mg/kg of velotumab.",
            {
                "3 mg/kg": ("CC101", "orion-nivolizumab-dose"),
                "1 mg/kg": ("CC101", "orion-velotumab-dose"),
            },
        ),
    ],
)
def test_listed_arms_and_each_drugs_dose(lint_lists, text, expected):
    assert lint_lists(text) == expected
