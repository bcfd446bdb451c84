"""When a figure is measured (issue 12, session 36), in our own wording: a time said once for
the sentence, before its comma (``Five years after surgery, …``), names the claim at that time
as a time in the figure's own clause does, so a sibling with no time that happens to state
the draft's number does not back it; and ``over the whole 6 years`` is a period of 6 years."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "orbivax-efficacy",
            "In the ORBI-1 trial, Orbivax was 91.2% effective against Norland fever.",
            91.2,
            "Orbivax, ORBI-1",
            "Norland fever, effective, efficacy",
        ),
        approved_claim(
            "orbivax-efficacy-year5",
            "In the ORBI-1 extension study, Orbivax's efficacy in year 5 was 84.0%.",
            84.0,
            "Orbivax, ORBI-1 extension",
            "Norland fever, efficacy, year 5",
            timepoint="5 years",
        ),
        approved_claim(
            "orbivax-efficacy-6y",
            "Over 6 years of the ORBI-1 extension study, Orbivax's efficacy was 88.5%.",
            88.5,
            "Orbivax, ORBI-1 extension",
            "Norland fever, efficacy, overall",
            timepoint="6 years",
        ),
        approved_claim(
            "orbivax-efficacy-year1",
            "In the ORBI-1 extension study, Orbivax's efficacy in year 1 was 96.1%.",
            96.1,
            "Orbivax, ORBI-1 extension",
            "Norland fever, efficacy, year 1",
            timepoint="1 year",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def _shares(findings: dict) -> dict:
    """The findings about percentages only (a time said in words aside)."""
    return {figure: found for figure, found in findings.items() if "%" in figure}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time said before the comma is the figure's: the number of the claim with no
        # time does not back it (the year-5 claim does not say "effective", which its
        # sibling does, so the figure is not accused either: unsupported, named as closest)
        ("Five years after vaccination, Orbivax was still 91.2% effective in the ORBI-1 "
         "extension study.", {"91.2%": ("CC102", None)}),
        ("Five years after vaccination, Orbivax was still 84.0% effective in the ORBI-1 "
         "extension study.", {}),
        # "the whole" between "over" and the period: still that period
        ("Over the whole 6 years of the ORBI-1 extension study, Orbivax's efficacy was 96.1%.",
         {"96.1%": ("CC101", "orbivax-efficacy-6y")}),
        ("Over the full 6 years of the ORBI-1 extension study, Orbivax's efficacy was 88.5%.",
         {}),
    ],
)  # fmt: skip
def test_the_time_said_for_the_sentence_chooses_the_claim(lint_text, text, expected):
    assert _shares(lint_text(text)) == expected


STUDY_REGISTRY = approved_claim(
    "orbivax-adults-efficacy",
    "In ORBI-2, Orbivax's efficacy against Norland fever in adults was 91.2%.",
    91.2,
    "Orbivax, ORBI-2",
    "Norland fever, efficacy, effective, adults",
)

lint_study = figure_verdicts_fixture(STUDY_REGISTRY)


@pytest.mark.parametrize("noun", ["trial", "study", "randomised trial", "phase 3 trial"])
def test_a_study_noun_after_the_studys_name_is_part_of_the_name(lint_study, noun):
    # "the ORBI-2 trial" names ORBI-2: "trial" is no word the claim leaves unexplained, so a
    # wrong figure with two other words of its own is still accused
    text = (
        f"In the ORBI-2 {noun}, two doses of Orbivax were 94.0% effective at preventing "
        "Norland fever in adults."
    )
    assert _shares(lint_study(text)) == {"94.0%": ("CC101", "orbivax-adults-efficacy")}


ARM_REGISTRY = "".join(
    (
        approved_claim(
            "lira-inr-kcc",
            "In the LIRA trial, 71% of patients with a brain bleed on warfarin reached an INR "
            "of 1.3 or lower within 2 hours with kaolin complex concentrate.",
            71,
            "LIRA, LIRA trial",
            "kaolin complex concentrate, KCC, brain bleed, warfarin, INR, 2 hours",
            timepoint="2 hours",
        ),
        approved_claim(
            "lira-inr-plasma",
            "In the LIRA trial, 12% of patients with a brain bleed on warfarin reached an INR "
            "of 1.3 or lower within 2 hours with thawed plasma.",
            12,
            "LIRA, LIRA trial",
            "thawed plasma, plasma, brain bleed, warfarin, INR, 2 hours",
            group="[control]",
            timepoint="2 hours",
        ),
        approved_claim(
            "lira-deaths-plasma",
            "In the LIRA trial, 31% of patients given thawed plasma died.",
            31,
            "LIRA, LIRA trial",
            "thawed plasma, plasma, died, deaths, brain bleed",
            group="[control]",
            measure="deaths",
        ),
    )
)

lint_arms = figure_verdicts_fixture(ARM_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's arm is said after a threshold and a time in its statement ("… within 2
        # hours with thawed plasma"), its people's own treatment first ("on warfarin"): the
        # arm is still the statement's
        ("LIRA: 71% of patients on thawed plasma reached an INR of 1.3 or lower within 2 "
         "hours.", {"71%": ("CC101", "lira-inr-plasma")}),
        ("LIRA: 12% of patients on thawed plasma reached an INR of 1.3 or lower within 2 "
         "hours.", {}),
        ("In LIRA, 71% reached an INR of 1.3 or lower within 2 hours with kaolin complex "
         "concentrate, compared with 12% of those given thawed plasma.", {}),
    ],
)  # fmt: skip
def test_a_claims_arm_said_after_its_outcomes_threshold(lint_arms, text, expected):
    assert _shares(lint_arms(text)) == expected


HEADING_REGISTRY = "".join(
    approved_claim(
        f"{trial.lower()}-haemostasis-{arm}",
        f"In the {trial} trial, effective haemostasis was reached in {value}% of patients "
        f"given {'KZ-9 concentrate' if arm == 'kz9' else 'thawed plasma'}.",
        value,
        f"{trial} trial",
        ("KZ-9, KZ-9 concentrate" if arm == "kz9" else "plasma, thawed plasma")
        + ", effective haemostasis",
        **({"group": "[control]"} if arm == "plasma" else {}),
    )
    for trial, arm, value in (
        ("Wexford", "kz9", 72.0),
        ("Wexford", "plasma", 64.5),
        ("Carlow", "kz9", 89.0),
        ("Carlow", "plasma", 74.0),
    )
)

lint_headed = figure_verdicts_fixture(HEADING_REGISTRY)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # "Plasma arms in the KZ-9 trials": the arm is what comes before "arms"; the trials
        # are named by their tested drug, which is no arm of the items
        (["Wexford trial: effective haemostasis in 64.5%", "Carlow trial: effective haemostasis "
          "in 74%"], {}),
        (["Wexford trial: effective haemostasis in 72%", "Carlow trial: effective haemostasis "
          "in 89%"], {"72%": ("CC101", "wexford-haemostasis-plasma"),
                      "89%": ("CC101", "carlow-haemostasis-plasma")}),
    ],
)  # fmt: skip
def test_a_heading_naming_an_arm_of_trials_named_by_their_drug(lint_headed, items, expected):
    text = "### Plasma arms in the KZ-9 trials\n\n" + "\n".join(f"- {item}" for item in items)
    assert _shares(lint_headed(text)) == expected


POPULATION_REGISTRY = "".join(
    (
        approved_claim(
            "teal-9-incidence-placebo",
            "In TEAL-9, the incidence of Norland fever on placebo was 8.4 per 1,000 person-years.",
            8.4,
            "TEAL-9, Orbivax",
            "Norland fever, incidence, placebo",
            group="[placebo]",
        ).replace("unit: percent", 'unit: "per 1,000 person-years"'),
        approved_claim(
            "teal-9-incidence-vaccine",
            "In TEAL-9, the incidence of Norland fever on Orbivax was 0.8 per 1,000 person-years.",
            0.8,
            "TEAL-9, Orbivax",
            "Norland fever, incidence, vaccine group",
        ).replace("unit: percent", 'unit: "per 1,000 person-years"'),
        approved_claim(
            "teal-9-efficacy-80plus",
            "In TEAL-9, Orbivax's efficacy in adults aged 80 and over was 88.1%.",
            88.1,
            "TEAL-9, Orbivax",
            "Norland fever, efficacy, effective",
            group="[80 and over]",
        ),
    )
)

lint_population = figure_verdicts_fixture(POPULATION_REGISTRY)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("8.4", {}),
        ("7.9", {"7.9": ("CC101", "teal-9-incidence-placebo")}),
    ],
)
def test_a_studys_population_in_brackets_is_no_age_group_of_its_cells(
    lint_population, cell, expected
):
    # "### TEAL-9 (adults aged 70 and over)": whom the trial enrolled, so the trial's own
    # claim about everyone in it is the cells' (it was refused as "about all ages")
    text = (
        "### TEAL-9 (adults aged 70 and over)\n\n"
        "| Group | Norland fever cases per 1,000 person-years |\n|---|---|\n"
        f"| Orbivax | 0.8 |\n| Placebo | {cell} |"
    )
    found = lint_population(text)
    assert {k: v for k, v in found.items() if k == cell} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead before a colon that holds no figure frames the figures after it: the
        # placebo arm's rates, though their own clauses name no arm
        ("The placebo groups had almost identical rates in the two trials: 7.7 per 1,000 "
         "person-years in TEAL-8 and 8.4 in TEAL-9.", {"7.7 per 1,000 person-years": (
             "CC102", None)}),
        ("The placebo groups had almost identical rates in the two trials: 7.7 per 1,000 "
         "person-years in TEAL-8 and 8.9 in TEAL-9.", {"7.7 per 1,000 person-years": (
             "CC102", None), "8.9": ("CC101", "teal-9-incidence-placebo")}),
    ],
)  # fmt: skip
def test_a_colon_lead_frames_the_figures_after_it(lint_population, text, expected):
    rates = {k: v for k, v in lint_population(text).items() if k[0].isdigit()}
    assert rates == expected


KINDS_REGISTRY = "".join(
    (
        approved_claim(
            "dovecot-response-low",
            "In DOVECOT, 41.2% of patients given low-dose zelchicine (1.2 mg over 1 hour) "
            "had half the pain or less at 24 hours.",
            41.2,
            "DOVECOT, zelchicine",
            "flare, responders, 24 hours",
            group="[low-dose]",
        ),
        approved_claim(
            "green-lane-urate-nurse",
            "In the Green Lane trial, 93% of patients in nurse-led clinics reached the urate "
            "target at 2 years.",
            93,
            "nurse-led clinics",
            "Green Lane, urate target",
            timepoint="2 years",
        ),
        approved_claim(
            "green-lane-urate-usual",
            "In the Green Lane trial, 28% of patients in GP-led usual care reached the urate "
            "target at 2 years.",
            28,
            "nurse-led clinics",
            "Green Lane, urate target, GP-led care",
            group="[usual care]",
            timepoint="2 years",
        ),
        approved_claim(
            "cares-like-death-comparator",
            "In CLINICS, 6.4% of patients given allopurinol died.",
            6.4,
            "CLINICS, febuxomab",
            "allopurinol, died, deaths",
            group="[comparator]",
        ),
        approved_claim(
            "wide-road-easi-comparator",
            "In the Wide Road trial, 58.0% of adults given dupilumab reached EASI-75 at week 16.",
            58.0,
            "Wide Road, lebrizumab",
            "dupilumab, EASI-75, head-to-head",
            group="[comparator]",
            timepoint="week 16",
        ),
        approved_claim(
            "wide-road-easi-lebrizumab",
            "In the Wide Road trial, 71.0% of adults given lebrizumab reached EASI-75 at week 16.",
            71.0,
            "Wide Road, lebrizumab",
            "EASI-75, head-to-head",
            timepoint="week 16",
        ),
        approved_claim(
            "solo-like-easi-dupilumab",
            "In SOLAR 1, 49% of adults given dupilumab reached EASI-75 at week 16.",
            49,
            "SOLAR 1, dupilumab",
            "EASI-75",
            timepoint="week 16",
        ),
    )
)

lint_kinds = figure_verdicts_fixture(KINDS_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "1.2 mg over 1 hour" in a claim's statement is how the dose is given, no timepoint:
        # the claim is still the figure's at 24 hours
        ("In DOVECOT, low-dose zelchicine halved the pain within 24 hours in 41.2% of "
         "patients.", {}),
        ("In DOVECOT, low-dose zelchicine halved the pain within 24 hours in 45.0% of "
         "patients.", {"45.0%": ("CC101", "dovecot-response-low")}),
        # an all-capitals name is no plural: CLINICS is not "clinic", so "nurse-led clinics"
        # and "usual care from their GP" name no trial of that name
        ("Nurse-led clinics got 93% of patients to the urate target at two years, against 28% "
         "with usual care at the GP clinic.", {}),
    ],
)  # fmt: skip
def test_kinds_from_the_gout_and_eczema_sets(lint_kinds, text, expected):
    assert _shares(lint_kinds(text)) == expected


TRIALS_REGISTRY = "".join(
    (
        approved_claim(
            "sol-1-iga-placebo",
            "In SOLACE 1, 11% of adults given placebo reached clear skin at week 16.",
            11,
            "SOLACE 1, lebrizumab",
            "clear skin, adults",
            group="[placebo]",
        ),
        approved_claim(
            "sol-1-iga-drug",
            "In SOLACE 1, 37% of adults given lebrizumab reached clear skin at week 16.",
            37,
            "SOLACE 1, lebrizumab",
            "clear skin, adults",
        ),
        approved_claim(
            "sol-2-iga-placebo",
            "In SOLACE 2, 9% of adults given placebo reached clear skin at week 16.",
            9,
            "SOLACE 2, lebrizumab",
            "clear skin, adults",
            group="[placebo]",
        ),
        approved_claim(
            "confirmo-target-80",
            "In CONFIRMO, 66% of patients given febuxomab 80 mg reached the urate target.",
            66,
            "CONFIRMO, febuxomab",
            "urate target, serum urate",
        ),
        approved_claim(
            "confirmo-renal-target-80",
            "In CONFIRMO, among patients with kidney impairment, 71% of those given "
            "febuxomab 80 mg reached the urate target.",
            71,
            "CONFIRMO, febuxomab",
            "kidney impairment, urate target, serum urate",
        ),
    )
)

lint_trials = figure_verdicts_fixture(TRIALS_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the study opening the sentence holds for a comparison's other side that names the
        # trial's control arm: the swapped placebo figure is SOLACE 1's, not SOLACE 2's
        ("In SOLACE 1, 11% of adults given lebrizumab reached clear skin at week 16, against "
         "37% of those given placebo.", {"11%": ("CC101", "sol-1-iga-drug"),
                                          "37%": ("CC101", "sol-1-iga-placebo")}),
        # a claim opening with a subgroup after its study ("In CONFIRMO, among patients with
        # kidney impairment, …") is not the figure of a sentence that names no such subgroup
        ("With febuxomab 80 mg, CONFIRMO brought serum urate to target in 71% of patients.",
         {"71%": ("CC101", "confirmo-target-80")}),
        ("In CONFIRMO, 71% of all patients on febuxomab 80 mg reached the urate target.",
         {"71%": ("CC101", "confirmo-target-80")}),
        # … while one that names it is the subgroup's
        ("In CONFIRMO, 71% of patients with kidney impairment on febuxomab 80 mg reached the "
         "urate target.", {}),
    ],
)  # fmt: skip
def test_a_trials_arms_and_subgroups(lint_trials, text, expected):
    assert _shares(lint_trials(text)) == expected


TARGET_REGISTRY = "".join(
    (
        approved_claim(
            "escalate-target-12m",
            "In the ESCALATE trial, 70% of patients reached a serum urate below 6 mg/dL at "
            "month 12.",
            70,
            "ESCALATE, allopurinol",
            "serum urate, target, 6 mg/dL",
            timepoint="12 months",
        ),
        approved_claim(
            "orca-hba1c-target",
            "In the ORCA study, 41% of adults reached an HbA1c under 7%.",
            41,
            "ORCA",
            "HbA1c, target",
        ),
    )
)

lint_targets = figure_verdicts_fixture(TARGET_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "patients below 6 mg/dL" is a lab target, not patients aged under 6: the claim
        # about all patients is the figure's
        ("The ESCALATE trial brought 70% of patients below 6 mg/dL at month 12.", {}),
        ("The ESCALATE trial brought 64% of patients below 6 mg/dL at month 12.",
         {"64%": ("CC101", "escalate-target-12m")}),
        ("In ORCA, 38% of adults under 7% HbA1c at the end", {"38%": ("CC101",
                                                               "orca-hba1c-target")}),
    ],
)  # fmt: skip
def test_a_bound_with_a_unit_after_people_is_no_age(lint_targets, text, expected):
    assert _shares(lint_targets(text)) == expected


PAGE_REGISTRY = "".join(
    (
        approved_claim(
            "brisk-deaths-febux",
            "In the BRISK trial, 8.6% of patients switched to febuxomab died.",
            8.6,
            "BRISK, febuxomab",
            "died, deaths, all-cause death",
        ),
        approved_claim(
            "carpet-deaths-febux",
            "In the CARPET trial, 7.8% of patients given febuxomab died.",
            7.8,
            "CARPET, febuxomab",
            "died, deaths, all-cause death",
        ),
    )
)

lint_page = figure_verdicts_fixture(PAGE_REGISTRY)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [("8.6%", {}), ("7.8%", {"7.8%": "brisk-deaths-febux"})],
)
def test_a_page_about_one_study_carries_it_past_the_sentence_before(lint_page, figure, expected):
    # BRISK named two sentences back, none since: the page's figures are BRISK's, never those
    # of a trial the page does not name (7.8% is CARPET's number, not BRISK's)
    text = (
        "## Is febuxomab safe?\n\nThe BRISK trial followed 6,100 people aged 60 and over.\n\n"
        f"Half were switched to febuxomab. Over about four years, {figure} of them died."
    )
    # (the registry id is the point: a wrong figure here may also be a CC402 beside "Half")
    assert {k: v[1] for k, v in _shares(lint_page(text)).items()} == expected


DOSES_REGISTRY = "".join(
    approved_claim(
        f"jadeite-easi75-{dose}mg",
        f"In JADEITE-1, {value}% of patients given abrocimab {dose} mg reached EASI-75 at week 12.",
        value,
        "JADEITE-1, abrocimab",
        "EASI-75",
        group=f"[{dose} mg]",
        timepoint="week 12",
    )
    for dose, value in ((200, 61), (100, 42))
)

lint_doses = figure_verdicts_fixture(DOSES_REGISTRY)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        (("61%", "42%"), {}),
        (("42%", "61%"), {"42%": ("CC101", "jadeite-easi75-200mg"),
                          "61%": ("CC101", "jadeite-easi75-100mg")}),
    ],
)  # fmt: skip
def test_respectively_pairs_the_doses_said_after_the_figures(lint_doses, figures, expected):
    # "… 42% and 61% for abrocimab 200 mg and 100 mg, respectively": the first figure is the
    # 200 mg arm's, the dose said in its listed group, not in its own clause
    first, second = figures
    text = (
        f"EASI-75 at week 12 in JADEITE-1 was {first} and {second} for abrocimab 200 mg and "
        "100 mg, respectively."
    )
    assert _shares(lint_doses(text)) == expected


SCOPE_REGISTRY = "".join(
    (
        approved_claim(
            "sunbeam-iga-adults",
            "In SUNBEAM 1, 36% of adults given dupilumab every 2 weeks reached clear skin at "
            "week 16.",
            36,
            "SUNBEAM 1, dupilumab",
            "clear skin, adults",
            timepoint="week 16",
        ),
        approved_claim(
            "harbour-flares-year2",
            "In the Harbour trial, 8.0% of patients in nurse-led clinics had two or more flares "
            "during year 2.",
            8.0,
            "Harbour trial, nurse-led clinics",
            "flares",
        ),
    )
)

lint_scope = figure_verdicts_fixture(SCOPE_REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        # whom the opening phrase names holds though it gives a schedule too: children aged
        # 6 to 11 are no figure of the adults' claim
        "In children aged 6 to 11 given dupilumab every 4 weeks with topical steroids, 31.0% "
        "reached clear skin at week 16.",
        # "during year 2" is a timepoint: a figure after one year is no figure of it
        "After one year in the Harbour trial's nurse-led clinics, 12.0% of patients had two or "
        "more flares.",
    ],
)
def test_no_claim_of_another_group_or_time_accuses_the_figure(lint_scope, text):
    assert {code for code, _id in _shares(lint_scope(text)).values()} <= {"CC102"}
