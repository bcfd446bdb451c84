"""Whom and what a figure is about, beyond its words (issue 12): a figure said of one sex is
no figure of a claim about all adults, nor the reverse; a comparison's other side may be
the control arm; a surgical trial's medical therapy is its control arm; a price per hour is
no week's cost; a kind of a condition ("haemorrhagic stroke") narrows a claim about the
condition; and a pronoun after "yet" or "however" stands for the subject before it.
Sentences and claims of our own (Freedonia is no real country)."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture, valued_claim

SEXES = (
    _claim(
        "gout-adults-2022",
        "In 2022, 3.9% of adults in Freedonia had gout.",
        3.9,
        "gout",
        'Freedonia, adults, "2022"',
    )
    + _claim(
        "migraine-women-2022",
        "In 2022, 18.2% of women in Freedonia had migraine in the past year.",
        18.2,
        "migraine",
        'Freedonia, women, "2022"',
    )
    + _claim(
        "anaemia-pregnant-people-2022",
        "In 2022, 21.0% of pregnant people in Freedonia had anaemia.",
        21.0,
        "anaemia",
        'Freedonia, pregnant people, "2022"',
    )
)
lint_sexes = figure_verdicts_fixture(SEXES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim is about all adults: a figure for one sex is not its figure
        ("In 2022, 5.6% of Freedonian men had gout.", {"5.6%": ("CC102", None)}),
        ("Gout affected 2.2% of women in Freedonia in 2022.", {"2.2%": ("CC102", None)}),
        # … the claim's own population is still checked
        ("In 2022, 4.8% of adults in Freedonia had gout.", {"4.8%": ("CC101", "gout-adults-2022")}),
        ("In 2022, 3.9% of adults in Freedonia had gout.", {}),
        # the claim is about women: a figure for all adults (or for everyone) is not its figure
        (
            "In 2022, 12.1% of adults in Freedonia had migraine in the past year.",
            {"12.1%": ("CC102", None)},
        ),
        (
            "In 2022, 12.1% of the general population of Freedonia had migraine in the past year.",
            {"12.1%": ("CC102", None)},
        ),
        (
            "In 2022, 15.0% of women in Freedonia had migraine in the past year.",
            {"15.0%": ("CC101", "migraine-women-2022")},
        ),
        # "people" says no sex: "pregnant people" and "pregnant women" are the same people
        ("In 2022, 21.0% of pregnant women in Freedonia had anaemia.", {}),
        (
            "In 2022, 25.0% of pregnant women in Freedonia had anaemia.",
            {"25.0%": ("CC101", "anaemia-pregnant-people-2022")},
        ),
    ],
)
def test_one_sex_is_not_everyone(lint_sexes, text, expected):
    assert lint_sexes(text) == expected


ARMS = (
    _claim(
        "rash-exposed-3-months",
        "In the Freedonia cohort, 41.5% of children who tested positive had a rash 3 months later.",
        41.5,
        "Freedonia cohort, rash",
        "tested positive, children",
        timepoint="3 months",
    )
    + _claim(
        "rash-unexposed-3-months",
        "In the Freedonia cohort, 12.4% of children who tested negative had a rash 3 months later.",
        12.4,
        "Freedonia cohort, rash",
        "tested negative, children",
        group="[controls]",
        timepoint="3 months",
    )
    + _claim(
        "remission-bypass-1y",
        "In the ORBIT trial, 38% of patients assigned to gastric bypass reached remission at "
        "one year.",
        38,
        "ORBIT",
        "gastric bypass, remission",
        timepoint="1 year",
    )
    + _claim(
        "remission-medical-1y",
        "In the ORBIT trial, 9% of patients assigned to medical therapy alone reached "
        "remission at one year.",
        9,
        "ORBIT",
        "medical therapy alone, medical therapy, remission",
        group="[control]",
        timepoint="1 year",
    )
)
lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "against" or "versus", the figure may be the control arm's
        (
            "Three months on, 41.5% of children in the Freedonia cohort who tested positive "
            "had a rash, against 12.4% of those who tested negative.",
            {},
        ),
        (
            "Three months on, 41.5% of children in the Freedonia cohort who tested positive "
            "had a rash, versus 15.0% of those who tested negative.",
            {"15.0%": ("CC101", "rash-unexposed-3-months")},
        ),
        (
            "In the Freedonia cohort a rash at 3 months was reported by 41.5% of children who "
            "tested positive compared with 12.4% of children who tested negative.",
            {},
        ),
        # the first side of the comparison stays the exposed arm's
        (
            "Three months on, 12.4% of children in the Freedonia cohort who tested positive "
            "had a rash, against 41.5% of those who tested negative.",
            {
                "12.4%": ("CC101", "rash-exposed-3-months"),
                "41.5%": ("CC101", "rash-unexposed-3-months"),
            },
        ),
        # a surgical trial's medical therapy is its control arm
        ("In ORBIT, 9% of patients on medical therapy alone were in remission at one year.", {}),
        (
            "In ORBIT, 38% of patients on intensive medical therapy were in remission at one year.",
            {"38%": ("CC101", "remission-medical-1y")},
        ),
        (
            "At one year, 9% of the ORBIT patients in the medical therapy group were in "
            "remission, and 38% of those given a gastric bypass.",
            {},
        ),
        (
            "In ORBIT, 9% of patients given a gastric bypass were in remission at one year.",
            {"9%": ("CC101", "remission-bypass-1y")},
        ),
    ],
)
def test_arms_of_a_comparison(lint_arms, text, expected):
    assert lint_arms(text) == expected


PRICES = valued_claim(
    "care-home-weekly-fee-2023",
    "In 2023 the average weekly fee of a residential care home in Freedonia was €950.",
    "{value: 950, unit: EUR/week}",
    "residential care home, care home",
    'Freedonia, weekly fee, "2023"',
) + valued_claim(
    "clinic-annual-fee-2023",
    "In 2023 the annual fee of a Freedonian health club was €600.",
    "{value: 600, unit: EUR/year}",
    "health club",
    'Freedonia, annual fee, "2023"',
)
lint_prices = figure_verdicts_fixture(PRICES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price per hour is per hour of service: never a week's or a year's cost
        ("A care home worker in Freedonia costs about €30 an hour in 2023.", {}),
        ("In 2023 a Freedonian care home charged €40 per hour of nursing.", {}),
        ("In 2023, a health club in Freedonia charged €12 an hour.", {}),
        # calendar periods still convert: €50 a month is €600 a year
        ("In 2023 a health club in Freedonia cost €50 a month.", {}),
        (
            "In 2023 a health club in Freedonia cost €70 a month.",
            {"€70 a month": ("CC101", "clinic-annual-fee-2023")},
        ),
        ("In 2023 a care home in Freedonia cost €950 a week on average.", {}),
    ],
)
def test_hourly_prices_are_not_converted(lint_prices, text, expected):
    found = lint_prices(text)
    assert {k: v for k, v in found.items() if v[0] == "CC101"} == expected


KINDS = valued_claim(
    "zelora-sse-rate",
    "In the ZEST trial, stroke or systemic embolism occurred at 1.4% per year with zelora.",
    "{value: 1.4, unit: percent}",
    "zelora, ZEST",
    "ZEST, stroke or systemic embolism",
) + valued_claim(
    "zelora-rr",
    "In the ZEST trial, zelora lowered stroke or systemic embolism by 30% against warfarin "
    "(relative risk 0.70).",
    "{value: 0.70}",
    "zelora, ZEST",
    "ZEST, stroke or systemic embolism, relative risk",
)
lint_kinds = figure_verdicts_fixture(KINDS)


@pytest.mark.parametrize(
    "text",
    [
        "In ZEST, haemorrhagic stroke occurred at 0.2% per year with zelora.",
        "In ZEST, ischemic stroke occurred at 0.9% per year with zelora.",
        "In the ZEST trial, zelora cut the risk of intracranial bleeding or stroke by 60%.",
        "In ZEST, fatal stroke occurred at 0.3% per year with zelora.",
        "With zelora, recurrent stroke occurred at 0.5% per year in ZEST.",
    ],
)
def test_a_kind_of_the_condition_is_not_accused(lint_kinds, text):
    assert all(code != "CC101" for code, _id in lint_kinds(text).values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In ZEST, stroke occurred at 2.0% per year with zelora.", ("CC101", "zelora-sse-rate")),
        (
            "In ZEST, stroke or systemic embolism occurred at 2.0% per year with zelora.",
            ("CC101", "zelora-sse-rate"),
        ),
    ],
)
def test_the_condition_itself_is_still_checked(lint_kinds, text, expected):
    assert next(iter(lint_kinds(text).values())) == expected


PRONOUNS = valued_claim(
    "velbrin-stroke-reduction",
    "In atrial fibrillation, velbrin reduced stroke by 22% against placebo (relative risk 0.78).",
    "{value: 0.78}",
    "velbrin",
    "atrial fibrillation, relative risk, stroke",
)
lint_pronouns = figure_verdicts_fixture(PRONOUNS)


@pytest.mark.parametrize(
    "opening",
    ["Yet in trials it", "However, in trials it", "Still, in trials it", "Yet it"],
)
def test_a_pronoun_after_yet_or_however(lint_pronouns, opening):
    text = f"Many people with AF take velbrin. {opening} lowered the risk of stroke by 22%."
    assert lint_pronouns(text) == {}
    wrong = f"Many people with AF take velbrin. {opening} lowered the risk of stroke by 40%."
    assert lint_pronouns(wrong) == {"40%": ("CC101", "velbrin-stroke-reduction")}


AWARENESS = _claim(
    "gout-unaware",
    "An estimated 38% of adults with gout in Freedonia are unaware that they have the condition.",
    38,
    "gout",
    "Freedonia, adults",
)
lint_awareness = figure_verdicts_fixture(AWARENESS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "do not know they have it" is "unaware", and a reason after the figure says
        # nothing of what is counted
        ("About 38% of adults with gout in Freedonia do not know they have it.", {}),
        (
            "About 38% of adults with gout in Freedonia don't know they have it, because it "
            "can be silent for years.",
            {},
        ),
        (
            "Nearly 55% of adults with gout in Freedonia do not know they have it, since it "
            "can be silent for years.",
            {"Nearly 55%": ("CC101", "gout-unaware")},
        ),
        (
            "Over half of adults with gout in Freedonia are not aware of it.",
            {"Over half": ("CC101", "gout-unaware")},
        ),
        # another outcome among people with gout is still no figure of this claim
        (
            "About 12% of adults with gout in Freedonia have kidney stones.",
            {"About 12%": ("CC102", None)},
        ),
    ],
)
def test_awareness_in_other_words(lint_awareness, text, expected):
    assert lint_awareness(text) == expected


DEATHS = valued_claim(
    "freedonia-smoking-deaths",
    "Smoking causes more than 48,000 deaths each year in Freedonia.",
    "{low: 48000, low_inclusive: false, unit: deaths/year}",
    "smoking",
    "Freedonia",
)
lint_deaths = figure_verdicts_fixture(DEATHS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a large figure in words is round: it agrees with "more than 48,000", never
        # "more precise than its source"
        ("Smoking kills fifty thousand people in Freedonia every year.", {}),
        ("In Freedonia smoking causes about fifty thousand deaths a year.", {}),
        # … while one written to the digit inside the bound is more precise than the source
        (
            "Smoking kills 50,312 people in Freedonia every year.",
            {"50,312 people": ("CC103", "freedonia-smoking-deaths")},
        ),
        # … and one in words below the bound still conflicts
        (
            "Smoking kills forty thousand people in Freedonia every year.",
            {"forty thousand people": ("CC101", "freedonia-smoking-deaths")},
        ),
    ],
)
def test_round_figures_in_words(lint_deaths, text, expected):
    assert lint_deaths(text) == expected


STUDY_PEOPLE = _claim(
    "fos-remission-2y-surgery",
    "In the Freedonia Obesity Study, 68.5% of people with type 2 diabetes who had surgery "
    "were in remission at two years.",
    68.5,
    "Freedonia Obesity Study, FOS study, FOS, diabetes remission, remission",
    "surgery group, bariatric surgery, type 2 diabetes",
    timepoint="2 years",
)
lint_study_people = figure_verdicts_fixture(STUDY_PEOPLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of the study's people ("the FOS study's surgical patients", "FOS surgery
        # group patients") is a share of people, as the claim's is, never the study's share
        (
            "Two years on, 68.5% of the FOS study's surgical patients with type 2 diabetes "
            "were in remission.",
            {},
        ),
        (
            "Two years on, 40.2% of the FOS study's surgical patients with type 2 diabetes "
            "were in remission.",
            {"40.2%": ("CC101", "fos-remission-2y-surgery")},
        ),
        (
            "More than 60% of FOS surgery group patients with type 2 diabetes were in "
            "remission two years after the operation.",
            {},
        ),
        (
            "Only 30% of FOS surgery group patients with type 2 diabetes were in remission "
            "two years after the operation.",
            {"30%": ("CC101", "fos-remission-2y-surgery")},
        ),
    ],
)
def test_a_share_of_a_studys_people(lint_study_people, text, expected):
    assert lint_study_people(text) == expected


CONDITIONS = _claim(
    "fslv-weight-loss-10y",
    "In the FSLV trial, patients had lost 43% of their excess weight ten years after a "
    "sleeve gastrectomy.",
    43,
    "FSLV, sleeve gastrectomy",
    "excess weight loss",
    timepoint="10 years",
)
lint_conditions = figure_verdicts_fixture(CONDITIONS)


@pytest.mark.parametrize(
    "text",
    [
        # a condition or an operation the claim does not say, named in the figure's clause:
        # another outcome of the same people, never accused against the weight-loss claim
        "In FSLV, endoscopy found oesophagitis in 31% of the sleeve gastrectomy patients at "
        "ten years.",
        "Ten years after a sleeve gastrectomy in FSLV, 18% of patients had gastritis.",
        "In the FSLV trial, 9% of sleeve gastrectomy patients developed cholelithiasis within "
        "ten years.",
        "Ten years on, 6% of the FSLV sleeve gastrectomy patients needed a cholecystectomy.",
        "In FSLV, anaemia affected 22% of the sleeve gastrectomy patients at ten years.",
    ],
)
def test_another_condition_is_not_accused(lint_conditions, text):
    assert all(code != "CC101" for code, _id in lint_conditions(text).values())


def test_the_claims_own_outcome_is_still_accused(lint_conditions):
    text = (
        "Ten years after a sleeve gastrectomy, FSLV patients had lost 60% of their excess weight."
    )
    assert lint_conditions(text) == {"60%": ("CC101", "fslv-weight-loss-10y")}
