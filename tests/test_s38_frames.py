"""Frames and matching fixes of session 38 (issue 12), in our own wording."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

SHARE_REGISTRY = "".join(
    (
        approved_claim(
            "glaucoma-undiagnosed",
            "About 50% of people with glaucoma do not know they have it.",
            50,
            "glaucoma",
            "undiagnosed, do not know, unaware",
        ),
        approved_claim(
            "glaucoma-treated",
            "Around 18% of people with glaucoma are being treated for it.",
            18,
            "glaucoma",
            "treated, treatment",
        ),
    )
)

lint_shares = figure_verdicts_fixture(SHARE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share in words, said again in digits in brackets after whom it counts: one
        # figure, judged with the words that follow the bracket
        ("Roughly half of people with glaucoma (50%) are unaware that they have it.", {}),
        ("Roughly half of people with glaucoma (50 per cent) are unaware they have it.", {}),
        ("About one in five people living with glaucoma (18%) are being treated for it.", {}),
        ("Nearly a fifth of people with glaucoma (18%) get treatment.", {}),
        # … still judged: the pair against the claim its words name
        (
            "Roughly a third of people with glaucoma (33%) are unaware that they have it.",
            {
                "Roughly a third": ("CC101", "glaucoma-undiagnosed"),
                "33%": ("CC101", "glaucoma-undiagnosed"),
            },
        ),
    ],
)
def test_a_share_said_again_in_brackets_is_one_figure(lint_shares, text, expected) -> None:
    assert lint_shares(text) == expected


ARM_REGISTRY = "".join(
    (
        approved_claim(
            "kelvo-untreated-flares",
            "In the KELVO trial, 41.5% of patients on no preventive treatment had a flare.",
            41.5,
            "KELVO",
            "flare, flares",
            group="[no preventive treatment]",
        ),
        approved_claim(
            "kelvo-drug-flares",
            "In the KELVO trial, 12.5% of patients on weekly corvatib had a flare.",
            12.5,
            "KELVO",
            "flare, flares",
            group="[corvatib]",
        ),
        approved_claim(
            "kelvo-drug-flare-free",
            "In the KELVO trial, 64% of patients on weekly corvatib had no flares.",
            64,
            "KELVO",
            "flare, flares, flare-free",
            group="[corvatib]",
        ),
        approved_claim(
            "kelvo-drug-flare-cut",
            "In the KELVO trial, the flare rate was 71% lower with corvatib than with no "
            "preventive treatment.",
            71,
            "KELVO",
            "flare, flares, rate, lower",
            group="[corvatib]",
        ),
    )
)

lint_arms = figure_verdicts_fixture(ARM_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the untreated arm named with a hyphen ("the no-treatment group") says without as
        # "on no treatment" does
        (
            "KELVO set corvatib against no preventive treatment. There, the no-preventive-"
            "treatment group had a flare in 41.5% of patients.",
            {},
        ),
        ("In KELVO, 41.5% of the no-preventive-treatment arm had a flare.", {}),
        (
            "In KELVO, 12.5% of the no-preventive-treatment arm had a flare.",
            {"12.5%": ("CC101", "kelvo-untreated-flares")},
        ),
        # "zero" says without as "no" does: a column header "Zero flares" is the claim of
        # those with no flares, not the claim of a lower flare rate
        (
            "### KELVO trial: flare-free patients\n\n| Arm | Zero flares |\n|---|---|\n"
            "| Corvatib weekly | 64% |",
            {},
        ),
        (
            "### KELVO trial: flare-free patients\n\n| Arm | Zero flares |\n|---|---|\n"
            "| Corvatib weekly | 58% |",
            {"58%": ("CC101", "kelvo-drug-flare-free")},
        ),
        (
            "<table><caption>KELVO trial: flare-free patients</caption>"
            "<tr><th>Arm</th><th>Zero flares</th></tr>"
            "<tr><td>Corvatib weekly</td><td>64%</td></tr></table>",
            {},
        ),
    ],
)
def test_an_arm_or_outcome_said_without_in_other_words(lint_arms, text, expected) -> None:
    assert lint_arms(text) == expected


LOOK_BACK_REGISTRY = "".join(
    (
        approved_claim(
            "rosacea-ever-norway",
            "In Norway, 2.6% of adults have had rosacea at some point in their lives.",
            2.6,
            "rosacea",
            "Norway, lifetime",
        ),
        approved_claim(
            "rosacea-now-norway",
            "In Norway, 1.1% of adults currently have rosacea.",
            1.1,
            "rosacea",
            "Norway, currently, point prevalence",
        ),
    )
)

lint_look_back = figure_verdicts_fixture(LOOK_BACK_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that says "have it now" is about those who have it now, whatever the
        # clause before it says
        (
            "In Norway, 2.6% of adults have had rosacea at some point in their lives, and 1.1% "
            "have it now.",
            {},
        ),
        (
            "In Norway, 2.6% of adults have had rosacea at some point in their lives, and 2.1% "
            "have it right now.",
            {"2.1%": ("CC101", "rosacea-now-norway")},
        ),
        ("In Norway, 1.1% of adults are living with rosacea at present.", {}),
        # "are living with", "still have" and an opening "At present," / "Right now," say
        # now without a time word after the figure
        ("In Norway, 1.1% of adults are living with rosacea.", {}),
        (
            "At present, 2.6% of adults in Norway have rosacea.",
            {"2.6%": ("CC101", "rosacea-now-norway")},
        ),
        ("Right now, 1.1% of adults in Norway have rosacea.", {}),
        (
            "In Norway, 2.6% of adults still have rosacea.",
            {"2.6%": ("CC101", "rosacea-now-norway")},
        ),
        (
            "In Norway, 2.6% of adults have rosacea today.",
            {"2.6%": ("CC101", "rosacea-now-norway")},
        ),
    ],
)
def test_have_it_now_is_a_point_prevalence(lint_look_back, text, expected) -> None:
    assert lint_look_back(text) == expected


PRICE_REGISTRY = valued_claim(
    "zorvib-yearly-price",
    "In the US, a year of zorvib prophylaxis costs about $482,000 for an adult.",
    "{value: 482000, unit: USD/year, approx: true}",
    "zorvib",
    "US, year, prophylaxis, costs",
)

lint_price = figure_verdicts_fixture(PRICE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound past the source's approximate figure overstates it: its rounding is for a
        # figure said about it, not for a bound beyond it
        (
            "In the US, zorvib prophylaxis costs more than $500,000 a year for an adult.",
            {"more than $500,000 a year": ("CC101", "zorvib-yearly-price")},
        ),
        (
            "In the US, zorvib prophylaxis costs under $450,000 a year for an adult.",
            {"under $450,000 a year": ("CC101", "zorvib-yearly-price")},
        ),
        # … a bound on the right side of it, or at the source's own figure, is supported
        ("In the US, zorvib prophylaxis costs more than $450,000 a year for an adult.", {}),
        ("In the US, zorvib prophylaxis costs over $482,000 a year for an adult.", {}),
        ("In the US, zorvib prophylaxis costs less than $500,000 a year for an adult.", {}),
        # … and an approximate figure keeps the source's latitude
        ("In the US, zorvib prophylaxis costs about $500,000 a year for an adult.", {}),
    ],
)
def test_a_bound_past_an_approximate_source_is_a_conflict(lint_price, text, expected) -> None:
    assert lint_price(text) == expected


OWNER_REGISTRY = "".join(
    (
        approved_claim(
            "stroke-modifiable-share",
            "In the INTERSTROKE study, ten modifiable risk factors accounted for 90% of the "
            "risk of stroke.",
            90,
            "stroke, INTERSTROKE",
            "modifiable risk factors, risk factors, accounted for",
        ),
        approved_claim(
            "stroke-hypertension-share",
            "In the INTERSTROKE study, high blood pressure accounted for 48% of the risk of "
            "stroke.",
            48,
            "stroke, INTERSTROKE",
            "high blood pressure, hypertension, accounted for",
        ),
        valued_claim(
            "falls-deaths-older",
            "Falls caused 41,400 deaths among Americans aged 65 and over in 2022.",
            "{value: 41400, unit: deaths}",
            "falls",
            "deaths, older adults, aged 65 and over",
        ),
    )
)

lint_owner = figure_verdicts_fixture(OWNER_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase before "accounted for", "made up", "caused", "were involved in" owns the
        # figure: a claim that says nothing of it (another owner's share) cannot accuse it
        (
            "The INTERSTROKE study found that physical inactivity accounted for 36% of the risk "
            "of stroke.",
            {"36%": ("CC102", None)},
        ),
        (
            "In INTERSTROKE, smoking accounted for 12% of the risk of stroke.",
            {"12%": ("CC102", None)},
        ),
        (
            "In INTERSTROKE, abdominal obesity made up 19% of the risk of stroke.",
            {"19%": ("CC102", None)},
        ),
        # … the owner the claim names is judged as before
        (
            "In the INTERSTROKE study, hypertension accounted for 30% of the risk of stroke.",
            {"30%": ("CC101", "stroke-hypertension-share")},
        ),
        (
            "Falls caused 29,000 deaths among Americans aged 65 and over in 2022.",
            {"29,000 deaths": ("CC101", "falls-deaths-older")},
        ),
        # … and "respectively" pairs owners with figures itself
        (
            "In INTERSTROKE, high blood pressure and ten modifiable risk factors accounted for "
            "90% and 48% of the risk of stroke, respectively.",
            {
                "90%": ("CC101", "stroke-hypertension-share"),
                "48%": ("CC101", "stroke-modifiable-share"),
            },
        ),
    ],
)
def test_the_phrase_a_share_is_attributed_to_owns_it(lint_owner, text, expected) -> None:
    assert lint_owner(text) == expected


DOSE_REGISTRY = "".join(
    (
        approved_claim(
            "hives-standard-response",
            "39% of people with chronic hives respond to standard-dose antihistamines.",
            39,
            "chronic hives",
            "antihistamines, standard dose, standard-dose, respond",
        ),
        approved_claim(
            "hives-updosed-response",
            "Of people with chronic hives who do not respond to a standard dose, 63% respond to "
            "up-dosed antihistamines.",
            63,
            "chronic hives",
            "antihistamines, up-dosing, up-dosed, respond",
        ),
    )
)

lint_doses = figure_verdicts_fixture(DOSE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a standard antihistamine dose" says the claim's "antihistamines": a plural of a
        # word ending in e keeps its e ("vaccines", "diseases"), so the words meet
        (
            "In chronic hives, 63% of people respond to a standard antihistamine dose and 39% "
            "to up-dosing.",
            {
                "63%": ("CC101", "hives-standard-response"),
                "39%": ("CC101", "hives-updosed-response"),
            },
        ),
        (
            "In chronic hives, 39% of people respond to a standard antihistamine dose and 63% "
            "to up-dosing.",
            {},
        ),
    ],
)
def test_a_singular_and_its_plural_are_one_word(lint_doses, text, expected) -> None:
    assert lint_doses(text) == expected


@pytest.mark.parametrize(
    ("singular", "plural"),
    [("antihistamine", "antihistamines"), ("vaccine", "vaccines"), ("disease", "diseases"),
     ("study", "studies"), ("therapy", "therapies"), ("class", "classes")],
)  # fmt: skip
def test_comparable_words_stem_a_plural_as_its_singular(singular, plural) -> None:
    from claimcheck.verify.matching import comparable_words

    assert comparable_words(plural) == comparable_words(singular)
