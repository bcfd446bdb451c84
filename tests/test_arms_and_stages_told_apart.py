"""Figures in one sentence told apart by whose they are (issue 12, held-out sets of this
session): a treatment named as the other arm's comparator in that claim's context, stages
listed by number before "respectively", and a share of the people of one arm."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, statement: str, value: float, subject: str, context: str) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [{subject}]
  context: [{context}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


# each claim lists the other arm as context, as writers of a two-arm trial often do
ARMS = _claim(
    "harlow-family-therapy",
    "In the Harlow trial, 58.2% of teenagers given family therapy were abstinent at 12 weeks.",
    58.2,
    "family therapy",
    "abstinence, Harlow trial, group counselling",
) + _claim(
    "harlow-group-counselling",
    "In the Harlow trial, 41.7% of teenagers given group counselling were abstinent at 12 weeks.",
    41.7,
    "group counselling",
    "abstinence, Harlow trial, family therapy",
)

lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Harlow trial, 58.2% of teenagers who had family therapy were abstinent at"
            " 12 weeks, compared with 41.7% of those who had group counselling.",
            {},
        ),
        # swapped: each figure is its own arm's, whatever the other claim's context lists
        (
            "In the Harlow trial, 41.7% of teenagers who had family therapy were abstinent at"
            " 12 weeks, compared with 58.2% of those who had group counselling.",
            {
                "41.7%": ("CC101", "harlow-family-therapy"),
                "58.2%": ("CC101", "harlow-group-counselling"),
            },
        ),
        (
            "At 12 weeks, 41.7% of those on family therapy were abstinent, against 58.2% of"
            " those on group counselling, in the Harlow trial.",
            {
                "41.7%": ("CC101", "harlow-family-therapy"),
                "58.2%": ("CC101", "harlow-group-counselling"),
            },
        ),
    ],
)
def test_a_comparator_in_a_claims_context_lends_it_no_figure(lint_arms, text, expected):
    assert lint_arms(text) == expected


def _stage_claim(stage: str, value: float) -> str:
    return f"""\
- id: ostrin-stage-{stage}
  statement: Five-year survival of ostrin sarcoma diagnosed at stage {stage} is {value}%.
  subject: [ostrin sarcoma]
  context: [five-year survival]
  group: [stage {stage}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Registry report", quote: "stage {stage}: {value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


STAGES = _stage_claim("2", 81) + _stage_claim("3", 64) + _stage_claim("4", 22)
lint_stages = figure_verdicts_fixture(STAGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five-year survival of ostrin sarcoma at stage 2 and stage 3 is 81% and 64%,"
            " respectively.",
            {},
        ),
        (
            "Five-year survival of ostrin sarcoma at stage 2 and stage 3 is 64% and 81%,"
            " respectively.",
            {"64%": ("CC101", "ostrin-stage-2"), "81%": ("CC101", "ostrin-stage-3")},
        ),
        # the numbers listed after one "stages"
        (
            "For ostrin sarcoma found at stages 2, 3 and 4, five-year survival is 81%, 64% and"
            " 22%, respectively.",
            {},
        ),
        (
            "For ostrin sarcoma found at stages 2, 3 and 4, five-year survival is 81%, 22% and"
            " 64%, respectively.",
            {"22%": ("CC101", "ostrin-stage-3"), "64%": ("CC101", "ostrin-stage-4")},
        ),
        # stages said in Roman numerals
        (
            "Five-year survival of ostrin sarcoma at stage II and stage III is 64% and 81%,"
            " respectively.",
            {"64%": ("CC101", "ostrin-stage-2"), "81%": ("CC101", "ostrin-stage-3")},
        ),
    ],
)
def test_stages_listed_by_number_pair_with_their_figures(lint_stages, text, expected):
    assert lint_stages(text) == expected


def _arm_claim(ident: str, statement: str, value: float, measure: str) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [early walking, early walking programme]
  context: [Tamsin trial, hip fracture]
  measure: {measure}
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


ARM_SHARES = _arm_claim(
    "tamsin-early-walking-deaths",
    "In the Tamsin trial, 9% of patients in the early walking group had died by 6 months.",
    9,
    "deaths",
) + _arm_claim(
    "tamsin-early-walking-independent",
    "In the Tamsin trial, 52% of patients in the early walking group walked independently at"
    " 6 months.",
    52,
    "response",
)
lint_arm_shares = figure_verdicts_fixture(ARM_SHARES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 6 months, 9% of the early walking group in the Tamsin trial had died.", {}),
        # the other outcome's figure said of deaths: the deaths claim accuses it
        (
            "By 6 months, 52% of the early walking group in the Tamsin trial had died.",
            {"52%": ("CC101", "tamsin-early-walking-deaths")},
        ),
        (
            "In the Tamsin trial, 15% of those in the early walking programme had died within"
            " 6 months.",
            {"15%": ("CC101", "tamsin-early-walking-deaths")},
        ),
    ],
)
def test_a_share_of_an_arms_people_is_that_arms_claim(lint_arm_shares, text, expected):
    assert lint_arm_shares(text) == expected


SHARES = (
    _claim(
        "corvan-short-course",
        "In CORVAN, 14.6% of patients given a five-day course had a wound infection.",
        14.6,
        "CORVAN, short antibiotic course",
        "wound infection",
    )
    + _claim(
        "knee-revision-deaths",
        "Within 90 days, 0.41% of patients who had a knee revision died.",
        0.41,
        "knee revision, knee revision surgery",
        "90-day mortality",
    )
    + _claim(
        "tinnitus-prevalence",
        "About 15% of adults in Norland live with tinnitus.",
        15,
        "tinnitus",
        "Norland, prevalence",
    )
)
lint_shares = figure_verdicts_fixture(SHARES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trial's or a treatment's patients are the people the claim's share counts
        ("In the trial, 14.6% of CORVAN patients had a wound infection.", {}),
        (
            "In the trial, 19.2% of CORVAN patients had a wound infection.",
            {"19.2%": ("CC101", "corvan-short-course")},
        ),
        ("Within 90 days, 0.41% of knee revision patients died.", {}),
        (
            "Within 90 days, 0.9% of knee revision patients died.",
            {"0.9%": ("CC101", "knee-revision-deaths")},
        ),
        # "live with" says the prevalence, not the people with it
        ("Around 15% of adults in Norland live with tinnitus.", {}),
        (
            "Around 25% of adults in Norland live with tinnitus.",
            {"Around 25%": ("CC101", "tinnitus-prevalence")},
        ),
    ],
)
def test_a_share_of_a_subjects_patients_is_a_share_of_people(lint_shares, text, expected):
    assert lint_shares(text) == expected


def test_a_share_of_people_with_the_condition_is_still_no_prevalence(lint_shares):
    # "of adults with tinnitus" counts those who have it: not the prevalence claim's figure
    found = lint_shares("In Norland, 40% of adults with tinnitus are over 60.")
    assert found["40%"][0] == "CC102"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five-year survival of ostrin sarcoma diagnosed at stage 3 is 64%.", {}),
        ("Five-year survival of ostrin sarcoma diagnosed at stage III is 64%.", {}),
        # another stage's figure: not backed by the claim whose statement states it
        (
            "Five-year survival of ostrin sarcoma diagnosed at stage 2 is 64%.",
            {"64%": ("CC101", "ostrin-stage-2")},
        ),
        (
            "Five-year survival of ostrin sarcoma diagnosed at stage II is 22%.",
            {"22%": ("CC101", "ostrin-stage-2")},
        ),
    ],
)
def test_a_stage_said_alone_is_its_own_claims(lint_stages, text, expected):
    assert lint_stages(text) == expected


PREVALENCE = (
    _claim(
        "renal-prevalence",
        "An estimated 11% of adults in Norland have chronic renal disease.",
        11,
        "chronic renal disease, CRD",
        "Norland, prevalence",
    )
    + _claim(
        "renal-prevalence-young",
        "Chronic renal disease is present in 4% of adults aged 18-44 in Norland.",
        4,
        "chronic renal disease, CRD",
        "Norland, prevalence, aged 18-44",
    )
    + _claim(
        "renal-unaware",
        "About 85% of adults with chronic renal disease in Norland do not know they have it.",
        85,
        "chronic renal disease, CRD",
        "Norland, awareness",
    )
)
lint_prevalence = figure_verdicts_fixture(PREVALENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 11% of adults in Norland live with CRD.", {}),
        # the subject's share of adults, against the share of those with it: not that claim's
        (
            "About 20% of adults in Norland live with CRD.",
            {"About 20%": ("CC101", "renal-prevalence")},
        ),
        ("About 85% of adults with CRD in Norland do not know they have it.", {}),
    ],
)
def test_a_subjects_share_and_a_share_of_those_with_it(lint_prevalence, text, expected):
    assert lint_prevalence(text) == expected
