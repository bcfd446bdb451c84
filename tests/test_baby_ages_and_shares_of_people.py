"""A baby's age in weeks or months tells trial cohorts apart, and a share of people is no
subject's share of something else (issue 12, the childhealth, epilepsy and woundcare sets):
"children aged 5–17 months" are not "infants aged 6–12 weeks", the age said before a
sentence's first figure holds for its later figures ("… was 28% with a booster and 36%
without one"), and "60% of people whose ulcer has healed have a recurrence" is a share of
those people, which a figure about a share of ulcers may break."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture

COHORTS = "".join(
    _claim(
        f"mosquirix-{cohort}-{booster.replace(' ', '-')}",
        f"In the phase 3 trial, {people} given three doses {how} had {value}% efficacy"
        " against clinical malaria.",
        value,
        "malaria vaccine, Mosquirix",
        f"clinical malaria, {booster}, {age}",
        group=f"[{cohort}]",
    )
    for cohort, people, age, booster, how, value in (
        (
            "children",
            "children aged 5-17 months",
            "aged 5-17 months",
            "booster",
            "and a booster",
            39,
        ),
        (
            "children",
            "children aged 5-17 months",
            "aged 5-17 months",
            "no booster",
            "without a booster",
            31,
        ),
        ("infants", "infants aged 6-12 weeks", "aged 6-12 weeks", "booster", "and a booster", 27),
        (
            "infants",
            "infants aged 6-12 weeks",
            "aged 6-12 weeks",
            "no booster",
            "without a booster",
            16,
        ),
    )
)
lint_cohorts = figure_verdicts_fixture(COHORTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the phase 3 trial of Mosquirix, efficacy against clinical malaria in children"
            " aged 5–17 months was 39% with a booster and 31% without a booster.",
            {},
        ),
        # the infants' figures said of the older children: each is the children's to break
        (
            "In the phase 3 trial of Mosquirix, efficacy against clinical malaria in children"
            " aged 5–17 months was 27% with a booster and 16% without a booster.",
            {
                "27%": ("CC101", "mosquirix-children-booster"),
                "16%": ("CC101", "mosquirix-children-no-booster"),
            },
        ),
        (
            "Babies first vaccinated with Mosquirix at 6–12 weeks who had no booster saw 16%"
            " efficacy against clinical malaria.",
            {},
        ),
        (
            "Infants aged 6–12 weeks given three doses of Mosquirix without a booster saw 31%"
            " efficacy against clinical malaria.",
            {"31%": ("CC101", "mosquirix-infants-no-booster")},
        ),
    ],
)
def test_a_babys_age_in_weeks_or_months_tells_cohorts_apart(lint_cohorts, text, expected):
    assert lint_cohorts(text) == expected


ULCERS = _claim(
    "leg-ulcer-recurrence-1y",
    "About 35% of people whose venous leg ulcer has healed have a recurrence within a year.",
    35,
    "venous leg ulcer, venous leg ulcers, leg ulcers",
    "recurrence",
    timepoint="1 year",
    measure="recurrence",
) + _claim(
    "leg-ulcer-prevalence",
    "Venous leg ulcers are found in 1% of adults in Norland.",
    1,
    "venous leg ulcer, venous leg ulcers, leg ulcers",
    "Norland, adults, prevalence",
)
lint_ulcers = figure_verdicts_fixture(ULCERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within a year of healing, about 35% of venous leg ulcers come back.", {}),
        (
            "Within a year of healing, about 55% of venous leg ulcers come back.",
            {"about 55%": ("CC101", "leg-ulcer-recurrence-1y")},
        ),
        # a share of those with ulcers is no prevalence figure of the claim about adults
        (
            "In Norland, 70% of adults with venous leg ulcers are women.",
            {"70%": ("CC102", None)},
        ),
    ],
)
def test_a_share_of_people_is_no_subjects_share_of_another(lint_ulcers, text, expected):
    assert lint_ulcers(text) == expected


SEIZURES = _claim(
    "febrile-seizures-6-60-months",
    "Febrile seizures affect 2% to 5% of children aged 6 to 60 months.",
    3.5,
    "febrile seizures",
    "children, 6 to 60 months",
).replace("{value: 3.5, unit: percent}", "{low: 2, high: 5, unit: percent}") + _claim(
    "febrile-seizures-children",
    "Febrile seizures happen in about 1 in 20 children.",
    5,
    "febrile seizures",
    "children",
)
lint_seizures = figure_verdicts_fixture(SEIZURES)


def test_an_age_range_said_of_age_is_a_group_not_a_duration(lint_seizures):
    """`between 6 and 60 months of age` is whom the figure is about (a group label), so the
    claim about that age group, not the one about all children, decides."""
    assert lint_seizures(
        "Febrile seizures affect 3.7% of children between 6 and 60 months of age."
    ) == {"3.7%": ("CC103", "febrile-seizures-6-60-months")}
