"""Frames and matching fixes of session 37 (issue 12), in our own wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from verdict_helpers import approved_claim, by_figure, figure_verdicts_fixture, valued_claim

FIXTURES = Path(__file__).parent / "fixtures"

AGE_BAND_REGISTRY = "".join(
    (
        approved_claim(
            "tarvex-60-69",
            "In the TARV-3 trial, Tarvex was 88.4% effective in adults aged 60-69.",
            88.4,
            "Tarvex, TARV-3",
            "Quell fever, effective",
            group="[60-69]",
        ),
        approved_claim(
            "tarvex-75plus",
            "In the TARV-3 trial, Tarvex was 72.5% effective in adults aged 75 and over.",
            72.5,
            "Tarvex, TARV-3",
            "Quell fever, effective",
            group="[75 and over]",
        ),
    )
)

lint_bands = figure_verdicts_fixture(AGE_BAND_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the age groups named as such, after the figures: each figure its own group
        ("In TARV-3, Tarvex was 88.4% and 72.5% effective in the 60–69 and 75-plus age "
         "groups, respectively.", {}),
        ("In TARV-3, Tarvex was 72.5% and 88.4% effective in the 60–69 and 75-plus age "
         "groups, respectively.",
         {"72.5%": ("CC101", "tarvex-60-69"), "88.4%": ("CC101", "tarvex-75plus")}),
        # a wrong figure among right ones is a conflict, not "unexplained words"
        ("In TARV-3, Tarvex was 88.4% and 79.9% effective in the 60–69 and 75-plus age "
         "bands, respectively.", {"79.9%": ("CC101", "tarvex-75plus")}),
        # the open end written with hyphens, and the closed one with "to"
        ("In TARV-3, Tarvex was 88.4% and 72.5% effective in the 60-to-69 and "
         "75-and-over age groups, respectively.", {}),
        ("In TARV-3, Tarvex was 72.5% and 88.4% effective in the 60-to-69 and "
         "75-or-older age brackets, respectively.",
         {"72.5%": ("CC101", "tarvex-60-69"), "88.4%": ("CC101", "tarvex-75plus")}),
        # the groups before the figures
        ("In TARV-3, efficacy in the 60–69 and 75-plus age groups was 72.5% and 88.4%, "
         "respectively.",
         {"72.5%": ("CC101", "tarvex-60-69"), "88.4%": ("CC101", "tarvex-75plus")}),
        ("In TARV-3, efficacy in the 60–69 and 75-plus age groups was 88.4% and 72.5%, "
         "respectively.", {}),
        # one age group named as such
        ("In TARV-3, Tarvex was 80% effective in the 75-and-over age group.",
         {"80%": ("CC101", "tarvex-75plus")}),
        ("In TARV-3, Tarvex was 72.5% effective in the 75-and-over age group.", {}),
    ],
)  # fmt: skip
def test_age_groups_named_as_such_pair_with_their_figures(lint_bands, text, expected):
    assert lint_bands(text) == expected


TIME_REGISTRY = approved_claim(
    "pelvax-efficacy",
    "Pelvax was 81.6% effective against Ormond fever.",
    81.6,
    "Pelvax",
    "Ormond fever, effective",
)

lint_time = figure_verdicts_fixture(TIME_REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Six years after the second dose, Pelvax was still 81.6% effective against Ormond fever.",
        "6 years after immunisation, Pelvax remained 81.6% effective against Ormond fever.",
        "Eight years on, Pelvax was 81.6% effective against Ormond fever.",
        "Pelvax was still 81.6% effective against Ormond fever nine years after the jab.",
        "Four years later, Pelvax was 81.6% effective against Ormond fever.",
    ],
)
def test_a_time_after_an_event_says_when_the_figure_was_measured(lint_time, text):
    """A duration followed by ``after``, ``on`` or ``later`` times the sentence's figure: it
    is no figure of its own to back (no CC102 on "Six years")."""
    assert lint_time(text) == {}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Protection from Pelvax lasted 6 years after the second dose.", "6 years"),
        ("Pelvax was 81.6% effective, and its protection lasted 9 years after the jab.",
         "9 years"),
        ("Median protection was 11 years after vaccination with Pelvax, and 81.6% were "
         "protected.", "11 years"),
    ],
)  # fmt: skip
def test_a_duration_said_as_the_figure_is_still_checked(lint_time, text, figure):
    assert lint_time(text)[figure][0] == "CC102"


APPROX_REGISTRY = valued_claim(
    "norland-carriers",
    "About 20 million people in Norland carry the gene.",
    "{value: 20000000, approx: true, unit: people}",
    "Norland, gene",
    "carriers, people",
)

lint_approx = figure_verdicts_fixture(APPROX_REGISTRY)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # an approximate source's figure said more precisely, within its 10%: overprecise
        ("21 million", "CC103"),
        ("19.2 million", "CC103"),
        # … but past its 10% it is another figure, though it rounds to the source's one digit
        ("24 million", "CC101"),
        ("16 million", "CC101"),
        ("an estimated 24 million", "CC101"),
        # an approximate figure within the 10% agrees
        ("about 21 million", None),
    ],
)
def test_an_approximate_sources_rounding_reaches_no_further_than_its_tolerance(
    lint_approx, figure, expected
):
    found = lint_approx(f"In Norland, {figure} people carry the gene.")
    assert [code for code, _id in found.values()] == ([expected] if expected else [])


THRESHOLD_TABLE = """\
This page is for information only and is not medical advice; ask your doctor about your own care.

| KESTREL-2, week 16 | Orvatinib | Placebo |
|---|---|---|
| {label} | 61.4% | 7.9% |
"""


@pytest.mark.parametrize(
    "label",
    [
        "Responders (50% fewer itch days)",
        "EASI-75 (≥75% improvement)",
        "Weight loss (at least 10%)",
        "Clear skin (90% or greater reduction in score)",
    ],
)
def test_a_threshold_in_a_header_names_the_cells_outcome(tmp_path, run_cli, label):
    """No CC102 on the threshold (the cells' claims state it) and no CC311: the row's
    cells are the absolute figures."""
    draft = tmp_path / "page.md"
    draft.write_text(THRESHOLD_TABLE.format(label=label), encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.yaml").write_text(
        approved_claim(
            "kestrel2-orvatinib-w16",
            "In KESTREL-2, 61.4% of patients on orvatinib responded at week 16.",
            61.4,
            "KESTREL-2, orvatinib",
            "response",
        ),
        encoding="utf-8",
    )
    result = run_cli(
        "lint", "--no-cache", "--registry", tmp_path / "claims", "--format", "json", draft
    )
    found = json.loads(result.stdout)["findings"]
    threshold = label[label.index("(") :]
    assert [f["code"] for f in found if f["quantity"] and f["quantity"]["text"] in threshold] == []
    assert "CC311" not in {f["code"] for f in found}


AGAINST_REGISTRY = "".join(
    (
        approved_claim(
            "corvax-vs-fever",
            "In the CORV-2 trial, Corvax's efficacy against Ormond fever was 93.4%.",
            93.4,
            "Corvax, CORV-2",
            "Ormond fever, efficacy, effective",
        ),
        approved_claim(
            "corvax-vs-rash",
            "In the CORV-2 trial, Corvax's efficacy against Ormond rash was 71.2%.",
            71.2,
            "Corvax, CORV-2",
            "Ormond rash, efficacy, effective",
        ),
    )
)

lint_against = figure_verdicts_fixture(AGAINST_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "against" after a figure names what it protects against: each figure its outcome
        ("CORV-2 put Corvax's efficacy at 93.4% against Ormond fever and 71.2% against "
         "Ormond rash.", {}),
        ("CORV-2 put Corvax's efficacy at 71.2% against Ormond fever and 93.4% against "
         "Ormond rash.",
         {"71.2%": ("CC101", "corvax-vs-fever"), "93.4%": ("CC101", "corvax-vs-rash")}),
        ("In CORV-2, Corvax was 93.4% effective against Ormond fever, and 71.2% against "
         "Ormond rash.", {}),
    ],
)  # fmt: skip
def test_against_after_a_figure_of_efficacy_names_its_outcome(lint_against, text, expected):
    assert lint_against(text) == expected


TRIAL_NAME_REGISTRY = "".join(
    (
        approved_claim(
            "mira-3-placebo",
            "In MIRA 3, 6% of adults given placebo had clear skin at week 16.",
            6,
            "MIRA 3, lebrikumab",
            "clear skin",
            group="[placebo]",
        ),
        approved_claim(
            "mira-3-drug",
            "In MIRA 3, 38% of adults given lebrikumab had clear skin at week 16.",
            38,
            "MIRA 3, lebrikumab",
            "clear skin",
        ),
    )
)

lint_trial_name = figure_verdicts_fixture(TRIAL_NAME_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trial's number is its name's, not a count of participants that splits the
        # sentence before "on placebo"
        ("Only 6% of MIRA 3 participants on placebo had clear skin at week 16.", {}),
        ("Only 9% of MIRA 3 participants on placebo had clear skin at week 16.",
         {"9%": ("CC101", "mira-3-placebo")}),
        ("In all, 38% of MIRA 3 patients on lebrikumab had clear skin at week 16.", {}),
    ],
)  # fmt: skip
def test_a_number_ending_a_registry_name_counts_nothing(lint_trial_name, text, expected):
    assert lint_trial_name(text) == expected


POOLED_REGISTRY = "".join(
    (
        approved_claim(
            "tolo-b-efficacy",
            "In TOLO-B, Tolvax's efficacy against Ormond fever was 86.1%.",
            86.1,
            "TOLO-B, Tolvax",
            "Ormond fever, efficacy, effective",
        ),
        approved_claim(
            "tolo-pooled-efficacy",
            "In the pooled analysis of TOLO-A and TOLO-B, Tolvax's efficacy was 92.4%.",
            92.4,
            "TOLO-A and TOLO-B, Tolvax, pooled analysis",
            "Ormond fever, efficacy, effective, pooled",
        ),
    )
)

lint_pooled = figure_verdicts_fixture(POOLED_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one trial named alone is that trial's figure, not the pooled analysis it is part of
        ("In TOLO-B, Tolvax was more than 90% effective against Ormond fever.",
         {"more than 90%": ("CC101", "tolo-b-efficacy")}),
        ("In TOLO-B, Tolvax was 92.4% effective against Ormond fever.",
         {"92.4%": ("CC101", "tolo-b-efficacy")}),
        ("In TOLO-B, Tolvax was 86.1% effective against Ormond fever.", {}),
        # … while the pooled analysis named whole is its own
        ("Pooling TOLO-A and TOLO-B, Tolvax was 92.4% effective against Ormond fever.", {}),
    ],
)  # fmt: skip
def test_a_study_named_alone_is_not_the_pooled_analysis_that_joins_it(lint_pooled, text, expected):
    assert lint_pooled(text) == expected


ARMS_BY_VERB_REGISTRY = "".join(
    approved_claim(
        f"brisk-{arm}",
        f"In BRISK, {value}% of patients given {arm} nelotrin were pain-free at 2 hours.",
        value,
        "BRISK, nelotrin",
        "pain-free, 2 hours",
        group=f"[{arm}]",
    )
    for arm, value in (("low-dose", 41.2), ("high-dose", 38.6))
) + approved_claim(
    "brisk-placebo",
    "In BRISK, 12.9% of patients given placebo were pain-free at 2 hours.",
    12.9,
    "BRISK, nelotrin",
    "pain-free, 2 hours",
    group="[placebo]",
)

lint_arms_by_verb = figure_verdicts_fixture(ARMS_BY_VERB_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two arms compared by a verb before the colon: the figures follow them in order
        ("Low-dose nelotrin worked as well as the high-dose regimen in BRISK: 41.2% versus "
         "38.6% were pain-free at 2 hours.", {}),
        ("Low-dose nelotrin did better than high-dose nelotrin in BRISK: 38.6% versus 41.2% "
         "were pain-free at 2 hours.",
         {"38.6%": ("CC101", "brisk-low-dose"), "41.2%": ("CC101", "brisk-high-dose")}),
    ],
)  # fmt: skip
def test_two_arms_compared_by_a_verb_before_the_colon(lint_arms_by_verb, text, expected):
    assert lint_arms_by_verb(text) == expected


PERIOD_REGISTRY = "".join(
    (
        approved_claim(
            "quitra-abstinence",
            "In QUIT-4, 31.2% of smokers given quitrazine stayed abstinent for 4 weeks.",
            31.2,
            "quitrazine, QUIT-4",
            "abstinent, continuous abstinence",
            timepoint="week 12",
        ),
        approved_claim(
            "quitra-abstinence-placebo",
            "In QUIT-4, 11.8% of smokers given placebo stayed abstinent for 4 weeks.",
            11.8,
            "quitrazine, QUIT-4",
            "abstinent, continuous abstinence",
            timepoint="week 12",
            group="[placebo]",
        ),
    )
)

lint_period = figure_verdicts_fixture(PERIOD_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period the outcome lasts ("for four weeks") is no other time of measurement
        ("In QUIT-4, 31.2% of smokers on quitrazine stayed abstinent for four weeks.", {}),
        ("In QUIT-4, 11.8% of smokers on quitrazine stayed abstinent for four weeks, "
         "compared with 31.2% of those on placebo.",
         {"11.8%": ("CC101", "quitra-abstinence"),
          "31.2%": ("CC101", "quitra-abstinence-placebo")}),
    ],
)  # fmt: skip
def test_a_period_the_outcome_lasts_is_no_other_timepoint(lint_period, text, expected):
    assert lint_period(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a control arm named by its treatment, as the claim's statement names it ("given
        # oral iron", group: [control]), on the held-out ivfe set's registry
        ("In FIND-CKD, 31.8% of those on oral iron reached the primary end point, against "
         "23.5% of patients on ferric carboxymaltose.", {}),
        ("Within 52 weeks of FIND-CKD, the primary end point occurred in 23.5% of the ferric "
         "carboxymaltose patients and in 31.8% of those on oral iron.", {}),
        ("Within 52 weeks of FIND-CKD, the primary end point occurred in 31.8% of the ferric "
         "carboxymaltose patients and in 23.5% of those on oral iron.",
         {"31.8%": ("CC101", "findckd-fcm-primary-52w"),
          "23.5%": ("CC101", "findckd-oral-primary-52w")}),
    ],
)  # fmt: skip
def test_a_control_arm_named_by_its_treatment(tmp_path, run_cli, text, expected):
    figures = _lint_ivfe(tmp_path, run_cli, text)
    assert {k: v for k, v in figures.items() if k != "52 weeks"} == expected


def _lint_ivfe(tmp_path, run_cli, text: str) -> dict:
    """:func:`by_figure` of a one-page draft linted against the held-out ivfe registry."""
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    result = run_cli(
        "lint", "--no-cache", "--registry", FIXTURES / "registry_ivfe", "--select",
        "CC1,CC4", "--format", "json", draft,
    )  # fmt: skip
    return by_figure(json.loads(result.stdout)["findings"])


HEADED_REGISTRY = "".join(
    (
        approved_claim(
            "velo-drug-remission",
            "In the phase 3 orlatide trial, 41% of patients given orlatide were in remission "
            "at week 24.",
            41,
            "orlatide",
            "remission, phase 3",
            timepoint="week 24",
        ),
        approved_claim(
            "velo-placebo-remission",
            "In the phase 3 orlatide trial, 14% of patients given placebo were in remission "
            "at week 24.",
            14,
            "orlatide",
            "remission, phase 3",
            timepoint="week 24",
            group="[placebo]",
        ),
    )
)

lint_headed = figure_verdicts_fixture(HEADED_REGISTRY)


@pytest.mark.parametrize(
    ("heading", "figure", "expected"),
    [
        # a heading naming the placebo arm and the trial by its drug: the items are placebo's
        ("### Placebo arm, phase 3 orlatide trial (week 24)", "14%", {}),
        ("### Placebo arm of the orlatide study", "41%",
         {"41%": ("CC101", "velo-placebo-remission")}),
    ],
)  # fmt: skip
def test_a_heading_naming_the_control_arm_and_the_trial_by_its_drug(
    lint_headed, heading, figure, expected
):
    assert lint_headed(f"{heading}\n\n- In remission at week 24: {figure}") == expected


@pytest.mark.parametrize(
    ("heading", "figure", "expected"),
    [
        # a heading naming the control arm by its treatment, which the trial's ratio claim
        # names as its comparator ("… with ferric carboxymaltose against oral iron")
        ("### Oral iron arm of FIND-CKD (52 weeks)", "31.8%", {}),
        ("### FIND-CKD: the oral iron group", "23.5%",
         {"23.5%": ("CC101", "findckd-oral-primary-52w")}),
    ],
)  # fmt: skip
def test_a_heading_naming_the_control_arm_by_its_treatment(
    tmp_path, run_cli, heading, figure, expected
):
    page = f"{heading}\n\n- Primary end point by 52 weeks: {figure}"
    figures = _lint_ivfe(tmp_path, run_cli, page)
    assert {k: v for k, v in figures.items() if "%" in k} == expected


RATIO_REGISTRY = valued_claim(
    "kestrel-hf-rr",
    "In KESTREL-HF, the rate ratio for the primary composite of heart failure admissions and "
    "cardiovascular death with ferulotide against usual care was 0.79.",
    "{value: 0.79}",
    "KESTREL-HF",
    "rate ratio, primary composite, heart failure admissions and cardiovascular death, "
    "ferulotide, usual care",
)

lint_ratio = figure_verdicts_fixture(RATIO_REGISTRY)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # a relative change in words, its verb far before the figure: the ratio it says
        ("21%", {}),
        ("35%", {"35%": ("CC101", "kestrel-hf-rr")}),
    ],
)
def test_a_relative_change_said_far_from_its_verb_is_the_ratio(lint_ratio, figure, expected):
    text = (
        "In KESTREL-HF, ferulotide lowered the rate of the primary composite of heart failure "
        f"admissions and cardiovascular death by {figure} compared with usual care."
    )
    assert lint_ratio(text) == expected


PER_PERSON_REGISTRY = valued_claim(
    "norland-migraine-cost",
    "In Norland, endometriosis cost €4,210 per person each year.",
    "{value: 4210, unit: EUR/person}",
    "endometriosis, Norland",
    "cost, annual cost, women",
)

lint_per_person = figure_verdicts_fixture(PER_PERSON_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price per woman, patient or adult is per person: the people the page is about
        ("In Norland, endometriosis cost €4,210 per woman each year.", {}),
        ("In Norland, endometriosis cost €5,900 per woman each year.",
         {"€5,900 per woman each year": ("CC101", "norland-migraine-cost")}),
        ("In Norland, endometriosis cost €5,900 per patient each year.",
         {"€5,900 per patient each year": ("CC101", "norland-migraine-cost")}),
    ],
)  # fmt: skip
def test_a_price_per_woman_or_patient_is_per_person(lint_per_person, text, expected):
    assert lint_per_person(text) == expected


DOSE_HEADING_REGISTRY = "".join(
    approved_claim(
        f"pelix-{dose}mg",
        f"In PELIX-2, {value}% of patients given pelitinib {dose} mg once daily reached "
        "clear skin at week 24.",
        value,
        "pelitinib, PELIX-2",
        f"clear skin, {dose} mg",
        timepoint="week 24",
        group=f"[{dose} mg]",
    )
    for dose, value in ((2, 21.4), (4, 35.9))
)

lint_dose_heading = figure_verdicts_fixture(DOSE_HEADING_REGISTRY)


@pytest.mark.parametrize(
    ("heading", "figure", "expected"),
    [
        # a heading naming one dose (with how often): its list's items are that dose's
        ("### Pelitinib 2 mg once daily in PELIX-2", "21.4%", {}),
        ("### Pelitinib 2 mg once daily in PELIX-2", "35.9%",
         {"35.9%": ("CC101", "pelix-2mg")}),
        ("### Pelitinib 4 mg in PELIX-2", "21.4%", {"21.4%": ("CC101", "pelix-4mg")}),
    ],
)  # fmt: skip
def test_a_heading_naming_one_dose_gives_its_items_that_arm(
    lint_dose_heading, heading, figure, expected
):
    found = lint_dose_heading(f"{heading}\n\n- Clear skin at week 24: {figure}")
    assert {k: v for k, v in found.items() if "%" in k} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period the outcome lasts is the claim's, but another time of measurement is not
        ("At week 36, 31.2% of smokers on quitrazine in QUIT-4 stayed abstinent for four weeks.",
         {"31.2%": ("CC102", None)}),
    ],
)  # fmt: skip
def test_a_period_kept_beside_the_declared_time_lets_no_other_time_pass(
    lint_period, text, expected
):
    assert lint_period(text) == expected
