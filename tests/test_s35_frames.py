"""What a share is of (issue 12, session 35), in our own wording: a figure that is a share of
one whole (pregnancies, cancer deaths, GDP) is never the figure of a claim that is a share of
another kind of whole (maternal deaths, skin cancers, government spending), whatever their
numbers, and a statement that happens to state the page's number does not make the page
restate it. Shares of people and of the subject's own cases are left to the frame."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "gravidosis-share-maternal-deaths",
            "Gravidosis accounted for 14.0% of maternal deaths worldwide.",
            14.0,
            "gravidosis",
            "maternal deaths",
        ),
        approved_claim(
            "veltoma-share-skin-cancers",
            "Veltoma makes up about 1% of skin cancers.",
            1,
            "veltoma",
            "skin cancers",
        ),
        approved_claim(
            "norland-health-share-gdp",
            "In 2021, health care took 12.4% of Norland's GDP.",
            12.4,
            "health care, healthcare",
            "Norland, GDP",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def _shares(findings: dict) -> dict:
    """The findings about percentages only (a draft's counts of patients aside)."""
    return {figure: found for figure, found in findings.items() if "%" in figure}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's own whole: supported, or a conflict
        ("Gravidosis accounts for 14% of maternal deaths.", {}),
        ("Gravidosis accounted for 20% of maternal deaths.",
         {"20%": ("CC101", "gravidosis-share-maternal-deaths")}),
        # another whole: no figure of the claim, though rounding would reach its value
        ("Gravidosis complicates about 10% of pregnancies.",
         {"about 10%": ("CC102", None)}),
        ("Gravidosis complicates 14% of all births in the region.",
         {"14%": ("CC102", None)}),
        # the statement's number, of another whole: not restated
        ("Veltoma accounts for about 1% of all cancer deaths in the country.",
         {"about 1%": ("CC102", None)}),
        ("Veltoma is about 1% of skin cancer cases.", {}),
        ("In 2021, health care took 12.4% of Norland's government spending.",
         {"12.4%": ("CC102", None)}),
        ("In 2021, health care took 12.4% of the Norland economy.", {}),
    ],
)  # fmt: skip
def test_a_share_of_another_whole_is_not_the_claims(lint_text, text, expected):
    assert lint_text(text) == expected


ARMS = "".join(
    (
        approved_claim(
            "harrow-drug-response-week16",
            "In HARROW, 44.0% of patients given tovimab responded at week 16.",
            44.0,
            "HARROW, tovimab",
            "HARROW, responded, response",
            timepoint="week 16",
        ),
        approved_claim(
            "harrow-placebo-response-week16",
            "In HARROW, 19.5% of patients given placebo responded at week 16.",
            19.5,
            "HARROW, tovimab",
            "HARROW, responded, response",
            group="[placebo]",
            timepoint="week 16",
        ),
        approved_claim(
            "keelstone-stent-death-1y",
            "In KEELSTONE, 2.1% of patients given a stent died within 1 year.",
            2.1,
            "KEELSTONE",
            "KEELSTONE, stent, stenting, died, death",
            timepoint="1 year",
        ),
        approved_claim(
            "keelstone-bypass-death-1y",
            "In KEELSTONE, 3.4% of patients who had bypass surgery died within 1 year.",
            3.4,
            "KEELSTONE",
            "KEELSTONE, bypass surgery, bypass, died, death",
            group="[control]",
            timepoint="1 year",
        ),
        approved_claim(
            "stave-velimab-rtd-cr",
            "In STAVE, 29% of patients given velimab with RTd had a complete response.",
            29,
            "STAVE, velimab",
            "STAVE, velimab-RTd, complete response",
        ),
        approved_claim(
            "stave-rtd-cr",
            "In STAVE, 20% of patients given RTd alone had a complete response.",
            20,
            "STAVE, velimab",
            "STAVE, RTd, RTd alone, complete response",
            group="[control]",
        ),
        approved_claim(
            "keelstone-stent-stroke-1y",
            "In KEELSTONE, 1.5% of patients given a stent had a stroke within 1 year.",
            1.5,
            "KEELSTONE",
            "KEELSTONE, stent, stenting, stroke",
            timepoint="1 year",
        ),
        approved_claim(
            "keelstone-bypass-stroke-1y",
            "In KEELSTONE, 2.9% of patients who had bypass surgery had a stroke within 1 year.",
            2.9,
            "KEELSTONE",
            "KEELSTONE, bypass surgery, bypass, stroke",
            group="[control]",
            timepoint="1 year",
        ),
        approved_claim(
            "keelstone-stent-death-5y",
            "In KEELSTONE, 8.2% of patients given a stent died within 5 years.",
            8.2,
            "KEELSTONE",
            "KEELSTONE, stent, stenting, died, death",
            timepoint="5 years",
        ),
        approved_claim(
            "ashby-q2w-response-week16",
            "In ASHBY, 46.1% of patients given lorvimab every 2 weeks responded at week 16.",
            46.1,
            "ASHBY, lorvimab",
            "ASHBY, responded, response",
            group="[every 2 weeks]",
            timepoint="week 16",
        ),
        approved_claim(
            "ashby-q4w-response-week16",
            "In ASHBY, 42.3% of patients given lorvimab every 4 weeks responded at week 16.",
            42.3,
            "ASHBY, lorvimab",
            "ASHBY, responded, response",
            group="[every 4 weeks]",
            timepoint="week 16",
        ),
    )
)

lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the control arm said in words above the list
        ("### Placebo groups at week 16\n\n- HARROW: 19.5% responded\n", {}),
        ("### Placebo groups at week 16\n\n- HARROW: 44.0% responded\n",
         {"44.0%": ("CC101", "harrow-placebo-response-week16")}),
        # … or by a name only the trial's control-arm claims hold
        ("### Bypass surgery in KEELSTONE\n\n- Death within 1 year: 3.4%\n", {}),
        ("### Bypass surgery in KEELSTONE\n\n- Death within 1 year: 2.1%\n",
         {"2.1%": ("CC101", "keelstone-bypass-death-1y")}),
        # … also where the heading says when, in brackets
        ("### Placebo groups in HARROW (16 weeks)\n\n- Responded: 44.0%\n",
         {"44.0%": ("CC101", "harrow-placebo-response-week16")}),
        ("### Placebo groups in HARROW (16 weeks)\n\n- Responded: 19.5%\n", {}),
        # the treatment arm's heading, and a heading naming both arms, change nothing
        ("### Stenting in KEELSTONE\n\n- Death within 1 year: 2.1%\n", {}),
        ("### Tovimab at week 16 in HARROW\n\n- Responded: 44.0%\n", {}),
        # an item whose label names the other arm, held only by that arm's claims, keeps it
        ("### Bypass surgery in KEELSTONE\n\n- Stenting: death within 1 year in 2.1%\n", {}),
        ("### Bypass surgery in KEELSTONE\n\n- Stenting: death within 1 year in 3.4%\n",
         {"3.4%": ("CC101", "keelstone-stent-death-1y")}),
        # an item that names its own arm keeps it
        ("### Placebo-controlled results at week 16\n\n- HARROW, tovimab group: 44.0%"
         " responded\n", {}),
    ],
)  # fmt: skip
def test_a_heading_names_the_arm_of_its_items(lint_arms, text, expected):
    assert lint_arms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arm named by what was done, no drug, that only the control arm's claims name
        ("In KEELSTONE, 3.4% of the bypass surgery group died within 1 year.", {}),
        ("In KEELSTONE, 2.1% of the bypass surgery group died within 1 year.",
         {"2.1%": ("CC101", "keelstone-bypass-death-1y")}),
        ("KEELSTONE compared stenting with bypass surgery. There, 2.1% of bypass patients had"
         " died within 1 year.",
         {"2.1%": ("CC101", "keelstone-bypass-death-1y")}),
        ("In KEELSTONE, 2.1% of the stenting group died within 1 year.", {}),
        # the tested drug hyphened to the control regimen is the treatment arm
        ("In STAVE, complete response was 29% with velimab-RTd and 20% with RTd.", {}),
        ("In STAVE, complete response was 20% with velimab-RTd and 29% with RTd.",
         {"20%": ("CC101", "stave-velimab-rtd-cr"), "29%": ("CC101", "stave-rtd-cr")}),
    ],
)  # fmt: skip
def test_an_arm_named_without_a_drug(lint_arms, text, expected):
    assert lint_arms(text) == expected


TRIALS = "".join(
    (
        approved_claim(
            "ridgeway-1-placebo-response-week12",
            "In RIDGEWAY 1, 26.0% of patients given placebo responded at week 12.",
            26.0,
            "RIDGEWAY 1, tovimab",
            "RIDGEWAY 1, responded, response",
            group="[placebo]",
            timepoint="week 12",
        ),
        approved_claim(
            "ridgeway-2-placebo-response-week12",
            "In RIDGEWAY 2, 27.6% of patients given placebo responded at week 12.",
            27.6,
            "RIDGEWAY 2, tovimab",
            "RIDGEWAY 2, responded, response",
            group="[placebo]",
            timepoint="week 12",
        ),
    )
)

lint_trials = figure_verdicts_fixture(TRIALS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trial the sentence before names is the one a sentence naming none carries on
        ("RIDGEWAY 2 tested tovimab in 326 adults. In that trial, 27.6% of patients on"
         " placebo responded at week 12.", {}),
        ("RIDGEWAY 2 tested tovimab in 326 adults. In that trial, 26.0% of patients on"
         " placebo responded at week 12.",
         {"26.0%": ("CC101", "ridgeway-2-placebo-response-week12")}),
        ("RIDGEWAY 1 randomised 307 patients to tovimab or placebo. There, 27.6% of those"
         " on placebo responded by week 12.",
         {"27.6%": ("CC101", "ridgeway-1-placebo-response-week12")}),
        # … unless the sentence names its own
        ("RIDGEWAY 1 randomised 307 patients to tovimab or placebo. In RIDGEWAY 2, 27.6% of"
         " those on placebo responded by week 12.", {}),
    ],
)  # fmt: skip
def test_a_sentence_carries_on_the_trial_named_before(lint_trials, text, expected):
    assert _shares(lint_trials(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms listed after the figures, named without a drug; what is measured said once
        ("In KEELSTONE, rates of stroke within 1 year were 1.5% and 2.9% for stenting and"
         " bypass surgery, respectively.", {}),
        ("In KEELSTONE, rates of stroke within 1 year were 2.9% and 1.5% for stenting and"
         " bypass surgery, respectively.",
         {"2.9%": ("CC101", "keelstone-stent-stroke-1y"),
          "1.5%": ("CC101", "keelstone-bypass-stroke-1y")}),
        # schedules name the arms, as doses do: no figures of the list
        ("In ASHBY, response rates at week 16 were 46.1% and 42.3% for lorvimab every 2 weeks"
         " and every 4 weeks, respectively.", {}),
        ("In ASHBY, response rates at week 16 were 42.3% and 46.1% for lorvimab every 2 weeks"
         " and every 4 weeks, respectively.",
         {"42.3%": ("CC101", "ashby-q2w-response-week16"),
          "46.1%": ("CC101", "ashby-q4w-response-week16")}),
    ],
)  # fmt: skip
def test_a_list_after_respectively_names_each_figures_arm(lint_arms, text, expected):
    assert _shares(lint_arms(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "By then" points back to the time the sentence before says
        ("KEELSTONE followed its patients for five years. By then, 8.2% of the stenting group"
         " had died.", {}),
        ("KEELSTONE followed its patients for five years. By then, 2.1% of the stenting group"
         " had died.", {"2.1%": ("CC101", "keelstone-stent-death-5y")}),
        ("KEELSTONE followed its patients for one year. By then, 2.1% of the stenting group"
         " had died.", {}),
    ],
)  # fmt: skip
def test_by_then_is_the_time_said_before(lint_arms, text, expected):
    assert _shares(lint_arms(text)) == expected


WORDS = "".join(
    (
        approved_claim(
            "anaesthesia-deaths-2000s",
            "In the 2000s, deaths from anaesthesia were 52 per 1,000,000 anaesthetics.",
            52,
            "deaths from anaesthesia, anaesthetic deaths",
            "2000s, anaesthetics",
        ).replace("unit: percent", 'unit: "per 1,000,000"'),
        approved_claim(
            "lundia-flu-severe-cases",
            "Seasonal influenza causes 420,000 cases of severe illness a year in Lundia.",
            420000,
            "seasonal influenza",
            "Lundia, severe illness",
        ).replace("unit: percent", "unit: cases"),
    )
)

lint_words = figure_verdicts_fixture(WORDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every word of a subject name said in the sentence, in another order or form
        ("Deaths caused solely by anaesthesia were 52 per 1,000,000 anaesthetics in the 2000s.",
         {}),
        ("Deaths caused solely by anaesthesia were 34 per 1,000,000 anaesthetics in the 2000s.",
         {"34 per 1,000,000": ("CC101", "anaesthesia-deaths-2000s")}),
        ("In Lundia, seasonal flu causes 420,000 cases of severe illness a year.", {}),
        ("In Lundia, seasonal flu causes 600,000 cases of severe illness a year.",
         {"600,000 cases": ("CC101", "lundia-flu-severe-cases")}),
        # … not one word of it alone
        ("In Lundia, seasonal allergies cause 600,000 cases of severe illness a year.",
         {"600,000 cases": ("CC102", None)}),
    ],
)  # fmt: skip
def test_a_subject_said_in_other_words(lint_words, text, expected):
    assert lint_words(text) == expected


TRIAL_BY_SUBJECT = "".join(
    (
        approved_claim(
            "brennick-surgery-events-12m",
            "In the Brennick hip trial, 24 serious adverse events occurred in the surgery group.",
            24,
            "Brennick hip trial",
            "hip surgery, surgery, surgical, serious adverse events",
        ).replace("unit: percent", "unit: events"),
        approved_claim(
            "brennick-nonsurgical-events-12m",
            "In the Brennick hip trial, 6 serious adverse events occurred in the nonsurgical"
            " group.",
            6,
            "Brennick hip trial",
            "nonsurgical treatment, nonsurgical, exercise, serious adverse events",
            group="[control]",
        ).replace("unit: percent", "unit: events"),
    )
)

lint_by_subject = figure_verdicts_fixture(TRIAL_BY_SUBJECT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trial the registry names as a subject in plain words: its control arm's name,
        # held only by that arm's claims, names the arm in prose and in a heading
        ("In the Brennick hip trial, 24 serious adverse events occurred in the surgery group"
         " and 6 in the nonsurgical group.", {}),
        ("In the Brennick hip trial, 6 serious adverse events occurred in the surgery group"
         " and 24 in the nonsurgical group.",
         {"6 serious adverse events": ("CC101", "brennick-surgery-events-12m"),
          "24": ("CC101", "brennick-nonsurgical-events-12m")}),
        ("### Nonsurgical treatment arm, Brennick hip trial\n\n- Serious adverse events: 24\n",
         {"24": ("CC101", "brennick-nonsurgical-events-12m")}),
    ],
)  # fmt: skip
def test_a_trial_named_as_a_subject_has_arms(lint_by_subject, text, expected):
    assert lint_by_subject(text) == expected


SEXES = "".join(
    (
        approved_claim(
            "corland-revision-women-55",
            "In the Corland registry, 6.1% of 55-year-old women needed a revision within 5 years.",
            6.1,
            "hip resurfacing",
            "Corland registry, revision",
            group="[women, aged 55]",
        ),
        approved_claim(
            "corland-revision-women-55-46mm",
            "In the Corland registry, 4.2% of 55-year-old women with a 46 mm head needed a"
            " revision within 5 years.",
            4.2,
            "hip resurfacing",
            "Corland registry, revision",
            group="[women, aged 55, 46 mm]",
        ),
        approved_claim(
            "corland-revision-women-55-42mm",
            "In the Corland registry, 8.3% of 55-year-old women with a 42 mm head needed a"
            " revision within 5 years.",
            8.3,
            "hip resurfacing",
            "Corland registry, revision",
            group="[women, aged 55, 42 mm]",
        ),
        approved_claim(
            "corland-revision-men-55",
            "In the Corland registry, 2.6% of 55-year-old men needed a revision within 5 years.",
            2.6,
            "hip resurfacing",
            "Corland registry, revision",
            group="[men, aged 55]",
        ),
    )
)

lint_sexes = figure_verdicts_fixture(SEXES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase naming whom by an age as written ("55-year-old") scopes the
        # sentence as one naming "men aged 55" does
        ("For 55-year-old men, hip resurfacing in the Corland registry had a revision rate"
         " of 2.6%.", {}),
        ("For 55-year-old men, hip resurfacing in the Corland registry had a revision rate"
         " of 6.1%.", {"6.1%": ("CC101", "corland-revision-men-55")}),
    ],
)  # fmt: skip
def test_an_opening_age_as_written_scopes_the_sentence(lint_sexes, text, expected):
    assert _shares(lint_sexes(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # measures in another unit listed after the figures are their groups, one by one
        ("In the Corland registry, hip resurfacing revision rates for 55-year-old women were"
         " 8.3% and 4.2% with 42 mm and 46 mm heads, respectively.", {}),
        ("In the Corland registry, hip resurfacing revision rates for 55-year-old women were"
         " 4.2% and 8.3% with 42 mm and 46 mm heads, respectively.",
         {"4.2%": ("CC101", "corland-revision-women-55-42mm"),
          "8.3%": ("CC101", "corland-revision-women-55-46mm")}),
    ],
)  # fmt: skip
def test_measures_listed_after_respective_figures(lint_sexes, text, expected):
    assert _shares(lint_sexes(text)) == expected
