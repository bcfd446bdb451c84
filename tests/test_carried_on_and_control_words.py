"""Words that carry a figure's frame or misread its arm (issue 12, fresh-eyes round break28
and the critcare, healthsvc and genetics sets): a sentence that carries on the one before
("On the 150 mg dose, the figure was 71.6%") keeps its trial; "the previous year" of a
survey is its look-back period, not the year before; an arm named for what it controls
("the intensive glucose control group") and "previously untreated patients" are no control
arm, and a figure "above placebo" is the treated arm's; "carries Tay-Sachs disease" counts
carriers; a subject said as its participle ("readmitted", "hospitalised") is named; a
paraphrase never backs a figure said of the group the claim says without; and a figure said
"of all ages" is no figure of a claim about one age group."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture

TRIALS = "".join(
    _claim(
        f"{trial.lower()}-{dose}",
        f"In {trial}, {value}% of patients given tralimab {dose} mg reached PASI 75 at week 12.",
        value,
        "tralimab",
        f"{trial}, PASI 75, {dose} mg",
    )
    for trial, dose, value in (
        ("ORCHID", 300, 79.4),
        ("ORCHID", 150, 66.2),
        ("LUPIN", 300, 81.0),
        ("LUPIN", 150, 70.8),
    )
)
lint_trials = figure_verdicts_fixture(TRIALS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In LUPIN, 81.0% of patients on tralimab 300 mg reached PASI 75 at week 12. On the"
            " 150 mg dose, the figure was 70.8%.",
            {},
        ),
        # ORCHID's 150 mg figure said of LUPIN: not backed by the trial the page never names
        (
            "In LUPIN, 81.0% of patients on tralimab 300 mg reached PASI 75 at week 12. On the"
            " 150 mg dose, the figure was 66.2%.",
            {"66.2%": ("CC101", "lupin-150")},
        ),
        (
            "In ORCHID, 79.4% of patients given tralimab 300 mg reached PASI 75 by week 12. With"
            " 150 mg the equivalent figure was 70.8%.",
            {"70.8%": ("CC101", "orchid-150")},
        ),
    ],
)
def test_a_sentence_carrying_on_the_one_before_keeps_its_trial(lint_trials, text, expected):
    assert lint_trials(text) == expected


FALLS = _claim(
    "falls-men-2020",
    "In 2020, 24.3% of Norland men aged 65 and over reported a fall in the previous year.",
    24.3,
    "falls, fall",
    "Norland, previous year",
    group="[65 and over, men]",
) + _claim(
    "falls-women-2020",
    "In 2020, 29.6% of Norland women aged 65 and over reported a fall in the previous year.",
    29.6,
    "falls, fall",
    "Norland, previous year",
    group="[65 and over, women]",
)
lint_falls = figure_verdicts_fixture(FALLS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Norland in 2020, 29.6% of women and 24.3% of men aged 65 and over reported a"
            " fall in the previous year.",
            {},
        ),
        (
            "In Norland in 2020, 24.3% of women and 29.6% of men aged 65 and over reported a"
            " fall in the previous year.",
            {"24.3%": ("CC101", "falls-women-2020"), "29.6%": ("CC101", "falls-men-2020")},
        ),
        (
            "Among Norland men aged 65 and over asked in 2020, 29.6% had had a fall during the"
            " past year.",
            {"29.6%": ("CC101", "falls-men-2020")},
        ),
    ],
)
def test_a_surveys_previous_year_is_its_look_back_not_the_year_before(lint_falls, text, expected):
    assert lint_falls(text) == expected


GLUCOSE = _claim(
    "sweetcare-intensive-90d",
    "In SWEETCARE, 26.8% of patients in the intensive glucose control group died within 90 days.",
    26.8,
    "intensive glucose control, tight glucose control",
    "SWEETCARE, 90 days, intensive",
) + _claim(
    "sweetcare-conventional-90d",
    "In SWEETCARE, 23.1% of patients in the conventional control group died within 90 days.",
    23.1,
    "intensive glucose control, tight glucose control",
    "SWEETCARE, 90 days, conventional control group",
    group="[control]",
)
lint_glucose = figure_verdicts_fixture(GLUCOSE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In SWEETCARE, 26.8% of the intensive glucose control group had died by 90 days.",
            {},
        ),
        (
            "In SWEETCARE, 23.1% of the intensive glucose control group had died by 90 days.",
            {"23.1%": ("CC101", "sweetcare-intensive-90d")},
        ),
        (
            "With tight glucose control, 31.5% of the intensive-control group in SWEETCARE died"
            " within 90 days.",
            {"31.5%": ("CC101", "sweetcare-intensive-90d")},
        ),
    ],
)
def test_an_arm_named_for_what_it_controls_is_no_control_arm(lint_glucose, text, expected):
    assert lint_glucose(text) == expected


FIRST_DRUG = _claim(
    "tayside-first-drug",
    "In the Tayside cohort, 49% of previously untreated patients became seizure-free on their"
    " first drug.",
    49,
    "epilepsy, newly diagnosed epilepsy",
    "Tayside cohort, seizure-free, first drug",
    group="[first drug]",
) + _claim(
    "tayside-second-drug",
    "In the Tayside cohort, 12% of previously untreated patients became seizure-free on a"
    " second drug.",
    12,
    "epilepsy, newly diagnosed epilepsy",
    "Tayside cohort, seizure-free, second drug",
    group="[second drug]",
)
lint_first_drug = figure_verdicts_fixture(FIRST_DRUG)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Tayside cohort, 49% of previously untreated patients with epilepsy became"
            " seizure-free on their first drug, and 12% on a second drug.",
            {},
        ),
        (
            "In the Tayside cohort, 12% of previously untreated patients with epilepsy became"
            " seizure-free on their first drug, and 49% on a second drug.",
            {"12%": ("CC101", "tayside-first-drug"), "49%": ("CC101", "tayside-second-drug")},
        ),
    ],
)
def test_previously_untreated_patients_are_no_untreated_arm(lint_first_drug, text, expected):
    assert lint_first_drug(text) == expected


CARRIERS = _claim(
    "canavan-carriers-ashkenazi",
    "About 1 in 40 Ashkenazi Jewish people carry a Canavan disease variant.",
    0.025,
    "Canavan disease",
    "Ashkenazi, Ashkenazi Jewish, carriers",
) + _claim(
    "canavan-carriers-general",
    "In the general population about 1 in 250 people carry a Canavan disease variant.",
    0.004,
    "Canavan disease",
    "general population, carriers",
)
lint_carriers = figure_verdicts_fixture(CARRIERS.replace("unit: percent", "unit: proportion"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Roughly one in 40 Ashkenazi Jews carries Canavan disease, compared with one in 250"
            " people in the general population.",
            {},
        ),
        (
            "Roughly one in 250 Ashkenazi Jews carries Canavan disease, compared with one in 40"
            " people in the general population.",
            {
                "Roughly one in 250": ("CC101", "canavan-carriers-ashkenazi"),
                "one in 40": ("CC101", "canavan-carriers-general"),
            },
        ),
    ],
)
def test_carrying_a_named_disease_counts_carriers(lint_carriers, text, expected):
    assert lint_carriers(text) == expected


READMISSIONS = _claim(
    "norland-readmissions-2019",
    "In 2019, 14.6% of Norland hospital patients had an emergency readmission within 30 days.",
    14.6,
    "emergency readmissions, readmissions",
    'Norland, 30 days, "2019"',
) + _claim(
    "norland-hospitalisations-flu",
    "In the 2022–23 season, 3.1% of Norland adults with flu needed hospitalisation.",
    3.1,
    "hospitalisation, flu hospitalisations",
    "Norland, flu, 2022–23 season",
)
lint_readmissions = figure_verdicts_fixture(READMISSIONS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2019, 14.6% of Norland hospital patients were readmitted within 30 days.",
            {},
        ),
        (
            "In 2019, 16.4% of Norland hospital patients were readmitted within 30 days.",
            {"16.4%": ("CC101", "norland-readmissions-2019")},
        ),
        (
            "In the 2022–23 season, 4.4% of Norland adults with flu were hospitalised.",
            {"4.4%": ("CC101", "norland-hospitalisations-flu")},
        ),
    ],
)
def test_a_subject_said_as_its_participle_is_named(lint_readmissions, text, expected):
    assert lint_readmissions(text) == expected


ABOVE_PLACEBO = _claim(
    "velocaftor-fev1-week4",
    "In VX-TRIAL-7, percent predicted FEV1 on velocaftor was 13.6 percentage points higher than"
    " on placebo at week 4.",
    13.6,
    "velocaftor",
    "VX-TRIAL-7, FEV1, percent predicted FEV1, week 4",
    timepoint="week 4",
).replace("unit: percent", "unit: percentage points")
lint_above_placebo = figure_verdicts_fixture(ABOVE_PLACEBO)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four weeks into VX-TRIAL-7, FEV1 on velocaftor was already 13.6 percentage points"
            " above placebo.",
            {},
        ),
        (
            "Four weeks into VX-TRIAL-7, FEV1 on velocaftor was already 16.3 percentage points"
            " above placebo.",
            {"16.3 percentage points": ("CC101", "velocaftor-fev1-week4")},
        ),
    ],
)
def test_a_figure_above_placebo_is_the_treated_arms(lint_above_placebo, text, expected):
    assert lint_above_placebo(text) == expected


WAITS = _claim(
    "waits-admitted",
    "Under the old rules, 90% of admitted patients were to be treated within 18 weeks of being"
    " referred.",
    90,
    "referral-to-treatment standard, RTT standard",
    "admitted patients, 18 weeks",
) + _claim(
    "waits-non-admitted",
    "Under the old rules, 95% of non-admitted patients were to be treated within 18 weeks of"
    " being referred.",
    95,
    "referral-to-treatment standard, RTT standard",
    "non-admitted patients, 18 weeks",
)
lint_waits = figure_verdicts_fixture(WAITS)


def test_a_paraphrase_never_backs_the_group_its_claim_says_without(lint_waits):
    """Swapped figures in a sentence that names no subject: neither is backed by the
    sibling whose statement its words paraphrase but whose group says the opposite."""
    found = lint_waits(
        "The old rules required 95% of admitted patients and 90% of non-admitted patients to"
        " be treated within 18 weeks of being referred."
    )
    assert {"95%", "90%"} <= set(found)


UNDER_FIVES = _claim(
    "cholera-u5-deaths-2019",
    "In 2019, cholera killed 41,000 children under 5 worldwide.",
    41000,
    "cholera",
    'worldwide, under 5, children, "2019"',
    measure="deaths",
).replace("unit: percent", "unit: deaths")
lint_under_fives = figure_verdicts_fixture(UNDER_FIVES)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, cholera killed 95,000 people of all ages worldwide.",
        "Across all age groups, cholera killed 95,000 people worldwide in 2019.",
    ],
)
def test_a_figure_said_of_all_ages_is_no_age_groups(lint_under_fives, text):
    assert lint_under_fives(text) == {"95,000 people": ("CC102", None)}


DIFFERENCES = _claim(
    "zenith-weight-difference",
    "In ZENITH, the difference in body-weight change between velaglutide and placebo was 11.2"
    " percentage points at 68 weeks.",
    11.2,
    "velaglutide",
    "ZENITH",
    timepoint="68 weeks",
).replace("unit: percent", "unit: percentage points") + _claim(
    "zenith-placebo-weight",
    "In ZENITH, people given placebo lost 2.1% of their body weight at 68 weeks.",
    2.1,
    "velaglutide",
    "ZENITH, placebo",
    group="[placebo]",
    timepoint="68 weeks",
)
lint_differences = figure_verdicts_fixture(DIFFERENCES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In ZENITH, weight loss on velaglutide was 11.2 percentage points above placebo.", {}),
        (
            "In ZENITH, weight loss on velaglutide was 13.4 percentage points above placebo at"
            " 68 weeks.",
            {"13.4 percentage points": ("CC101", "zenith-weight-difference")},
        ),
        (
            "In ZENITH, body weight on velaglutide ended 13.4 percentage points below placebo.",
            {"13.4 percentage points": ("CC101", "zenith-weight-difference")},
        ),
    ],
)
def test_a_difference_from_placebo_is_no_placebo_figure(lint_differences, text, expected):
    assert lint_differences(text) == expected


ALL_AGES_CLAIMS = _claim(
    "wheeze-all-ages-2021",
    "In 2021, 7.7% of the Norland population, of all ages, had asthma.",
    7.7,
    "asthma",
    'Norland, "2021"',
) + _claim(
    "wheeze-children-2021",
    "In 2021, 6.5% of Norland children had asthma.",
    6.5,
    "asthma",
    'Norland, children, "2021"',
    group="[children]",
)
lint_all_ages = figure_verdicts_fixture(ALL_AGES_CLAIMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asthma affects people of all ages: in 2021, 6.5% of Norland children had it.", {}),
        ("In 2021, 7.7% of people in Norland, of all ages, had asthma.", {}),
        # adults are a part of all ages: no figure of that claim
        ("In 2021, 8.9% of Norland adults had asthma.", {"8.9%": ("CC102", None)}),
    ],
)
def test_a_claim_about_all_ages_is_no_claim_about_one_age_group(lint_all_ages, text, expected):
    assert lint_all_ages(text) == expected


TWO_TRIALS = (
    _claim(
        "harbour-velumab-pasi75",
        "In HARBOUR, 80.2% of patients given velumab 300 mg reached PASI 75 at week 12.",
        80.2,
        "velumab",
        "HARBOUR, PASI 75, 300 mg",
    )
    + _claim(
        "harbour-placebo-pasi75",
        "In HARBOUR, 3.9% of patients given placebo reached PASI 75 at week 12.",
        3.9,
        "velumab",
        "HARBOUR, PASI 75, placebo",
        group="[placebo]",
    )
    + _claim(
        "lagoon-etanercept-pasi75",
        "In LAGOON, 43.8% of patients given etanercept reached PASI 75 at week 12.",
        43.8,
        "etanercept",
        "LAGOON, PASI 75",
    )
)
lint_two_trials = figure_verdicts_fixture(TWO_TRIALS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # HARBOUR had no etanercept arm: LAGOON's claim neither backs nor accuses it
        (
            "In HARBOUR, 80.2% of patients on velumab 300 mg reached PASI 75 at week 12. On"
            " etanercept, the figure was 43.8%.",
            {"43.8%": ("CC102", None)},
        ),
        # the clause names its own arm: the placebo of the sentence before is not its arm
        (
            "In HARBOUR, 3.9% of patients on placebo reached PASI 75 at week 12. With velumab"
            " 300 mg, the equivalent rate was 80.2%.",
            {},
        ),
        (
            "In HARBOUR, 3.9% of patients on placebo reached PASI 75 at week 12. With velumab"
            " 300 mg, the equivalent rate was 82.0%.",
            {"82.0%": ("CC101", "harbour-velumab-pasi75")},
        ),
    ],
)
def test_a_carried_on_sentence_keeps_its_study_and_names_its_own_arm(
    lint_two_trials, text, expected
):
    assert lint_two_trials(text) == expected


SMOKERS = _claim(
    "norland-lung-risk-smokers",
    "For Norland men who kept smoking, the cumulative risk of lung cancer death by age 75 was"
    " 14.2%.",
    14.2,
    "lung cancer",
    "smokers, Norland",
) + _claim(
    "norland-lung-risk-never",
    "For Norland men who never smoked, the cumulative risk of lung cancer death by age 75 was"
    " 0.5%.",
    0.5,
    "lung cancer",
    "non-smokers, Norland",
)
lint_smokers = figure_verdicts_fixture(SMOKERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For Norland men who never smoked, the cumulative risk of lung cancer death by age"
            " 75 was 0.5%.",
            {},
        ),
        # the smokers' figure said of those who never smoked is no smokers' figure
        (
            "For Norland men who never smoked, the cumulative risk of lung cancer death by age"
            " 75 was 14.2%.",
            {"14.2%": ("CC101", "norland-lung-risk-never")},
        ),
    ],
)
def test_never_doing_negates_the_doers(lint_smokers, text, expected):
    assert lint_smokers(text) == expected


UNTREATED = _claim(
    "norland-fever-untreated",
    "Without treatment, 28% of Norland children with marsh fever develop kidney damage.",
    28,
    "marsh fever",
    "Norland, kidney damage",
    group="[without treatment]",
) + _claim(
    "norland-fever-treated",
    "With treatment, 6% of Norland children with marsh fever develop kidney damage.",
    6,
    "marsh fever",
    "Norland, kidney damage, treatment",
)
lint_untreated = figure_verdicts_fixture(UNTREATED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the absence of treatment, 28% of Norland children with marsh fever develop"
            " kidney damage.",
            {},
        ),
        (
            "In the absence of treatment, 6% of Norland children with marsh fever develop"
            " kidney damage.",
            {"6%": ("CC101", "norland-fever-untreated")},
        ),
    ],
)
def test_in_the_absence_of_treatment_is_without_it(lint_untreated, text, expected):
    assert lint_untreated(text) == expected
