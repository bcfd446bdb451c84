"""Verdict kinds found by session 39's held-out rules breaker, each in our own words
(session 40): whose figure a name's number, a type, a doer, a placebo opener or a bracket
makes it, which units are one, and which table words label cells rather than claim."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number after an acronym, before a verb and its figure, is the name's
        ("HSV 1 infects about 64% of people under 50.", ["about 64%"]),
        ("HPV 52 causes about 3% of cases.", ["about 3%"]),
        ("HPV 45 causes some 6% of cases.", ["some 6%"]),
        ("HSV 2 infects 491 million people.", ["491 million people"]),
        # … while a count of the acronym's nouns stays a count
        ("MMR 2 doses protect 97% of children.", ["2 doses", "97%"]),
    ],
)
def test_a_names_number_before_its_verb_is_no_count(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected


TYPES = "".join(
    (
        approved_claim(
            "dengue-12-share",
            "Dengue serotypes 1 and 2 cause about 60% of dengue cases in Region Q.",
            60,
            "dengue serotypes 1 and 2, DENV-1/2",
            "dengue cases, Region Q",
        ),
        approved_claim(
            "dengue-all-share",
            "Dengue causes about 40% of febrile illness in Region Q.",
            40,
            "dengue, DENV",
            "febrile illness, Region Q",
        ),
    )
)
lint_types = figure_verdicts_fixture(TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dengue serotypes 1 and 2 cause about 60% of dengue cases in Region Q.", {}),
        # other types of the name the claim's own types are of: not that claim's figure
        (
            "Dengue serotypes 3 and 4 cause about 35% of dengue cases in Region Q.",
            {"about 35%": ("CC102", None)},
        ),
        # one type before its verb: a part of dengue, not all dengue
        (
            "DENV 3 causes about 15% of febrile illness in Region Q.",
            {"about 15%": ("CC102", None)},
        ),
    ],
)
def test_types_said_are_not_another_types_claim(lint_types, text, expected):
    assert lint_types(text) == expected


OWNERS = approved_claim(
    "drinking-liver-share",
    "Drinking causes about 60% of liver cirrhosis deaths in Country R.",
    60,
    "drinking, alcohol drinking",
    "liver cirrhosis deaths, Country R",
)
lint_owners = figure_verdicts_fixture(OWNERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drinkers account for about 60% of liver cirrhosis deaths in Country R.", {}),
        # the habit's doers own the habit's share, right or wrong
        (
            "Drinkers account for about 85% of liver cirrhosis deaths in Country R.",
            {"about 85%": ("CC101", "drinking-liver-share")},
        ),
    ],
)
def test_a_habits_doers_own_its_share(lint_owners, text, expected):
    assert lint_owners(text) == expected


ARMS = "".join(
    (
        approved_claim(
            "rimegepant-pain-free",
            "Two hours after rimegepant 75 mg, 21% of people with migraine were pain-free.",
            21,
            "rimegepant",
            "migraine, pain-free",
            timepoint="2 hours",
        ),
        approved_claim(
            "rimegepant-placebo-pain-free",
            "Two hours after placebo, 11% of people with migraine were pain-free.",
            11,
            "rimegepant",
            "migraine, pain-free",
            group="[placebo]",
            timepoint="2 hours",
        ),
    )
)
lint_arms = figure_verdicts_fixture(ARMS)


def test_a_placebo_opening_phrase_keeps_the_drug_arms_claim_off(lint_arms):
    # the drug arm's 21% said of those who took a placebo: no paraphrase of the drug's claim
    found = lint_arms("Two hours after taking a placebo, 21% of people with migraine had no pain.")
    assert found["21%"][0] != "ok" and found["21%"][1] != "rimegepant-pain-free"


CELLS = valued_claim(
    "cd4-start",
    "Guidelines once started treatment at a CD4 count of 500 cells/µL.",
    "{value: 500, unit: cells/µL}",
    "CD4 count, CD4",
    "start treatment, threshold",
)
lint_cells = figure_verdicts_fixture(CELLS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guidelines once started treatment at a CD4 count of 500 cells/mm³.", {}),
        ("Guidelines once started treatment at a CD4 count of 500 cells per cubic millimetre.", {}),
        (
            "Guidelines once started treatment at a CD4 count of 200 cells/mm³.",
            {"200 cells/mm³": ("CC101", "cd4-start")},
        ),
    ],
)
def test_a_cubic_millimetre_is_a_microlitre(lint_cells, text, expected):
    assert lint_cells(text) == expected


UPTAKE = approved_claim(
    "health-check-uptake",
    "Only 41% of people invited in Region S took up a Health Check.",
    41,
    "Health Check, Region S Health Check",
    "uptake, invited, Region S",
)
lint_uptake = figure_verdicts_fixture(UPTAKE)


def test_a_modifier_said_absent_narrows_nothing(lint_uptake):
    # "no-fee" says what the check-up lacks: no part of Health Checks the claim leaves out
    found = lint_uptake(
        "The Health Check is a no-fee check-up, yet only 29% of people invited in Region S "
        "took one up."
    )
    assert found == {"29%": ("CC101", "health-check-uptake")}


AWARE = approved_claim(
    "kidney-unaware",
    "Of adults with kidney disease, 90% do not know they have it.",
    90,
    "kidney disease, CKD",
    "unaware, do not know, don't know",
)
lint_aware = figure_verdicts_fixture(AWARE)


@pytest.mark.parametrize(
    "text",
    [
        "More than 8 in 10 adults with kidney disease (**90%**) don't know they have it.",
        "More than 8 in 10 adults with kidney disease (<strong>90%</strong>) don't know it.",
        "Almost 9 in 10 adults with kidney disease (*90%*) don't know they have it.",
    ],
)
def test_a_share_past_a_bound_restated_in_marked_up_digits_is_one_figure(lint_aware, text):
    assert lint_aware(text) == {}


TABLE = approved_claim(
    "drug-k-attack-free",
    "In KITE, 40% of patients on drug K 150 mg every 4 weeks had no attacks over 24 weeks.",
    40,
    "drug K",
    "attack-free, no attacks, zero attacks, KITE",
)
lint_table = figure_verdicts_fixture(TABLE)


def test_a_header_rows_schedule_trial_length_and_row_labels_are_no_claims(lint_table):
    found = lint_table(
        "| Drug K 150 mg every 4 weeks (KITE, 24 weeks) | Share of patients |\n"
        "|---|---|\n"
        "| Zero attacks | 40% |\n"
        "| At least one attack | 60% |\n"
    )
    assert set(found) == {"60%"}  # the one figure no claim states


PRICE = valued_claim(
    "clinic-fee",
    "At Clinic T a consultation costs $150 per clinic visit.",
    "{value: 150, unit: USD/clinic visit}",
    "consultation fee, Clinic T",
    "clinic visit",
)
lint_price = figure_verdicts_fixture(PRICE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At Clinic T a consultation costs $150 per visit.", {}),
        (
            "At Clinic T a consultation costs $180 per visit.",
            {"$180 per visit": ("CC101", "clinic-fee")},
        ),
    ],
)
def test_a_price_per_item_is_the_claims_per_the_item_named_in_full(lint_price, text, expected):
    assert lint_price(text) == expected


FACTOR = valued_claim(
    "gene-therapy-fix-activity",
    "In TRIAL-G, mean factor IX activity was 28.4 IU/dL a year after gene therapy.",
    "{value: 28.4, unit: IU/dL}",
    "TRIAL-G",
    "factor IX activity, gene therapy",
    timepoint="1 year",
)
lint_factor = figure_verdicts_fixture(FACTOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In TRIAL-G, mean factor IX activity was 28.4% of normal a year after gene therapy.", {}),
        (
            "In TRIAL-G, mean factor IX activity was 38.4% of normal a year after gene therapy.",
            {"38.4%": ("CC101", "gene-therapy-fix-activity")},
        ),
    ],
)
def test_a_factors_per_cent_of_normal_is_its_activity_in_iu_per_dl(lint_factor, text, expected):
    assert lint_factor(text) == expected
