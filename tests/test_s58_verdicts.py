"""Verdicts and frames on kinds from session 58, fixed as kinds with our own examples
(invented claims and conditions).

- Ages listed in a bracket after two or more figures ("(aged 12–13 vs 14–16)", "(under 35 vs
  40 to 42)", "(65+ vs 80+)") are the figures' groups in order, never figures to verify.
- A comparator word between two figures bounds the one after it ("about 91% and over 99%"),
  and two shares said approximately near the whole are held to what is left of it: "about
  91%" is no rounding of "more than 99%".
- Casualties and victims are people ("29,711 people were killed or seriously injured"
  against a claim counted in casualties).
- A figure alone in a bracket after the arm it is about ("velmizumab 5 mg/kg (69%) beat
  placebo (37%)", "Compared with conventional control (24.9%), …") is that arm's.
- The ends of a change made by an intervention ("Adding X to Y cut deaths from 49.1% to
  43.0%", "Prone positioning roughly halved mortality, from 32.8% to 16.0%") are the control
  arm's and the intervention's.
- A year reached by counting ("from 169,125 in 2014-15 to 350,344 three years later", "A
  year later, …" after a sentence naming its year) is the figure's year.
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        approved_claim(
            "marlow-young",
            "Marlow disease fell by 86% in women vaccinated at ages 12 to 13.",
            86,
            "Marlow disease",
            "vaccination, reduction",
            group="[aged 12-13]",
        ),
        approved_claim(
            "marlow-older",
            "Marlow disease fell by 61% in women vaccinated at ages 14 to 16.",
            61,
            "Marlow disease",
            "vaccination, reduction",
            group="[aged 14-16]",
        ),
        approved_claim(
            "tessel-perfect",
            "With perfect use, the Tessel ring is more than 99% effective.",
            0,
            "Tessel ring",
            "effective",
            group="[perfect use]",
        ).replace("{value: 0, unit: percent}", "{low: 99, low_inclusive: false, unit: percent}"),
        approved_claim(
            "tessel-typical",
            "With typical use, the Tessel ring is about 91% effective.",
            91,
            "Tessel ring",
            "effective",
            group="[typical use]",
        ),
        valued_claim(
            "harbour-ksi-2023",
            "In 2023, 18,412 people were killed or seriously injured on Harbour roads.",
            "{value: 18412, unit: casualties}",
            "Harbour roads",
            'killed or seriously injured, "2023"',
        ),
        approved_claim(
            "orvel-drug",
            "In the ORVEL trial, 69% of patients on velmizumab 5 mg/kg responded at week 8.",
            69,
            "ORVEL",
            "response",
            group="[velmizumab 5 mg/kg]",
            timepoint="8 weeks",
        ),
        approved_claim(
            "orvel-placebo",
            "In the ORVEL trial, 37% of patients on placebo responded at week 8.",
            37,
            "ORVEL",
            "response",
            group="[placebo]",
            timepoint="8 weeks",
        ),
        approved_claim(
            "tidal-conventional",
            "In TIDAL, 24.9% of patients on conventional control died within 90 days.",
            24.9,
            "TIDAL",
            "conventional",
            group="[control]",
            timepoint="90 days",
            measure="deaths",
        ),
        approved_claim(
            "tidal-intensive",
            "In TIDAL, 27.5% of patients on intensive control died within 90 days.",
            27.5,
            "TIDAL",
            "intensive",
            timepoint="90 days",
            measure="deaths",
        ),
        approved_claim(
            "brant-placebo",
            "In BRANT, 49.1% of patients on placebo died within 90 days.",
            49.1,
            "BRANT",
            "deaths",
            group="[placebo]",
            timepoint="90 days",
            measure="deaths",
        ),
        approved_claim(
            "brant-added",
            "In BRANT, 43.0% of patients given ostravone with hydrocortisone died within 90 days.",
            43.0,
            "BRANT",
            "ostravone, deaths",
            timepoint="90 days",
            measure="deaths",
        ),
        valued_claim(
            "kelso-admissions-2014-15",
            "In 2014-15 there were 169,125 Kelso fever admissions in England.",
            "{value: 169125, unit: admissions}",
            "Kelso fever",
            'England, "2014-15"',
            measure="hospitalisations",
        ),
        valued_claim(
            "kelso-admissions-2017-18",
            "In 2017-18 there were 350,344 Kelso fever admissions in England.",
            "{value: 350344, unit: admissions}",
            "Kelso fever",
            'England, "2017-18"',
            measure="hospitalisations",
        ),
        valued_claim(
            "dunmore-deaths-2024",
            "In 2024, about 35,250 people in the US were expected to die of Dunmore disease.",
            "{value: 35250, approx: true, unit: deaths}",
            "Dunmore disease",
            'US, "2024"',
            measure="deaths",
        ),
        valued_claim(
            "dunmore-deaths-2025",
            "In 2025, about 35,770 people in the US were expected to die of Dunmore disease.",
            "{value: 35770, approx: true, unit: deaths}",
            "Dunmore disease",
            'US, "2025"',
            measure="deaths",
        ),
        valued_claim(
            "fennick-cases-uk",
            "About 44,100 people in the UK are diagnosed with Fennick cancer every year.",
            "{value: 44100, approx: true, unit: cases/year}",
            "Fennick cancer",
            "diagnosed",
            group="[UK]",
            measure="incidence",
        ),
        valued_claim(
            "fennick-deaths-uk",
            "Fennick cancer kills about 48,000 people in the UK every year.",
            "{value: 48000, approx: true, unit: deaths/year}",
            "Fennick cancer",
            "deaths",
            group="[UK]",
            measure="deaths",
        ),
        *(
            approved_claim(
                f"{disease}-surgery-{years}y",
                f"About {share}% of people with {name} need surgery within {years} years.",
                share,
                name,
                "surgery",
                timepoint=f"{years} years",
            )
            for disease, name, years, share in (
                ("harl", "Harl disease", 1, 16.3),
                ("harl", "Harl disease", 5, 33.3),
                ("mevin", "Mevin colitis", 1, 4.9),
                ("mevin", "Mevin colitis", 5, 11.6),
            )
        ),
        approved_claim(
            "corra-incidence-fall",
            "Corra incidence fell by 37.0% between 1990 and 2017.",
            37.0,
            "Corra",
            "incidence, fell",
            measure="incidence",
        ),
        approved_claim(
            "corra-mortality-fall",
            "Corra mortality fell by 52.8% between 1990 and 2017.",
            52.8,
            "Corra",
            "mortality, fell",
            measure="deaths",
        ),
        valued_claim(
            "pellow-cases-us-2024",
            "About 152,810 people in the US will be diagnosed with Pellow cancer in 2024.",
            "{value: 152810, unit: cases}",
            "Pellow cancer",
            'US, "2024"',
            measure="incidence",
        ),
        valued_claim(
            "pellow-under50-us-2024",
            "About 19,550 Pellow cancer cases in the US in 2024 will be in people under 50.",
            "{value: 19550, unit: cases}",
            "Pellow cancer",
            'US, "2024"',
            group="[under 50]",
            measure="incidence",
        ),
        valued_claim(
            "tarrow-procedures-2022",
            "In 2022, there were 251,377 tarrow procedures in Norway.",
            "{value: 251377, unit: procedures/year}",
            "tarrow procedures",
            'Norway, "2022"',
        ),
        valued_claim(
            "tarrow-procedures-2021",
            "In 2021, there were 214,256 tarrow procedures in Norway.",
            "{value: 214256, unit: procedures}",
            "tarrow procedures",
            'Norway, "2021"',
        ),
        approved_claim(
            "quill-5y-all",
            "In Norway, 43% of women with Quill cancer survive five years.",
            43,
            "Quill cancer",
            "survive, five years",
            timepoint="5 years",
            measure="survival",
        ),
        approved_claim(
            "quill-5y-stage4",
            "In Norway, 13% of women diagnosed with stage 4 Quill cancer survive five years.",
            13,
            "Quill cancer",
            "stage 4, survive, five years",
            timepoint="5 years",
            measure="survival",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "bracket",
    ["(aged 12–13 vs 14–16)", "(ages 12-13 and 14-16)", "(aged 12 to 13 versus 14 to 16)"],
)
def test_ages_in_a_bracket_pair_with_the_figures_in_order(lint_text, bracket) -> None:
    right = f"Marlow disease rates were 86% and 61% lower in vaccinated women {bracket}."
    assert lint_text(right) == {}
    swapped = f"Marlow disease rates were 61% and 86% lower in vaccinated women {bracket}."
    assert lint_text(swapped) == {
        "61%": ("CC101", "marlow-young"),
        "86%": ("CC101", "marlow-older"),
    }


@pytest.mark.parametrize("bracket", ["(aged 12–13 vs 14–16)", "(aged 12 to 13 and 14 or over)"])
def test_ages_in_a_bracket_after_decimal_figures(lint_text, bracket) -> None:
    # decimals in the figures, and an open end's "or over", still pair in order
    right = f"Marlow disease rates were 86.0% and 61.0% lower in vaccinated women {bracket}."
    swapped = f"Marlow disease rates were 61.0% and 86.0% lower in vaccinated women {bracket}."
    if "or over" in bracket:
        assert lint_text(swapped)["61.0%"][0] == "CC101"
    else:
        assert lint_text(swapped) == {
            "61.0%": ("CC101", "marlow-young"),
            "86.0%": ("CC101", "marlow-older"),
        }
        assert lint_text(right) == {}


def test_a_comparator_between_two_figures_bounds_the_second(lint_text) -> None:
    right = "The Tessel ring works over 99% and about 91% of the time (perfect vs typical use)."
    assert lint_text(right) == {}
    swapped = "The Tessel ring works about 91% and over 99% of the time (perfect vs typical use)."
    assert lint_text(swapped) == {
        "about 91%": ("CC101", "tessel-perfect"),
        "over 99%": ("CC101", "tessel-typical"),
    }


@pytest.mark.parametrize("share", ["about 91%", "around 95%", "roughly 97%"])
def test_a_share_near_the_whole_is_held_to_what_is_left_of_it(lint_text, share) -> None:
    # 10% of the larger would let these round "more than 99%"; what is left to 100% does not
    assert lint_text(f"With perfect use, the Tessel ring is {share} effective.") == {
        share: ("CC101", "tessel-perfect")
    }
    assert lint_text("With perfect use, the Tessel ring is about 99.5% effective.") == {}


@pytest.mark.parametrize("verb", ["were killed or seriously injured", "became casualties"])
def test_casualties_are_people(lint_text, verb) -> None:
    right = f"In 2023, 18,412 people {verb} on Harbour roads."
    assert lint_text(right) == {}
    assert lint_text(right.replace("18,412", "21,412")) == {
        "21,412 people": ("CC101", "harbour-ksi-2023")
    }


def test_a_bracketed_figure_is_its_arms(lint_text) -> None:
    right = "In ORVEL, velmizumab 5 mg/kg (69%) beat placebo (37%) for response at week 8."
    assert lint_text(right) == {}
    swapped = "In ORVEL, velmizumab 5 mg/kg (37%) beat placebo (69%) for response at week 8."
    assert lint_text(swapped) == {
        "37%": ("CC101", "orvel-drug"),
        "69%": ("CC101", "orvel-placebo"),
    }


def test_a_bracketed_figure_after_a_conventional_arm(lint_text) -> None:
    right = "Compared with conventional control (24.9%), intensive control in TIDAL had 90-day"
    assert lint_text(f"{right} mortality of 27.5%.") == {}
    assert lint_text(f"{right.replace('24.9', '27.5')} mortality of 24.9%.") == {
        "27.5%": ("CC101", "tidal-conventional"),
        "24.9%": ("CC101", "tidal-intensive"),
    }


@pytest.mark.parametrize(
    ("opening", "before", "after"),
    [
        ("Adding ostravone to hydrocortisone cut 90-day deaths in BRANT", "49.1%", "43.0%"),
        ("Ostravone therapy significantly reduced 90-day mortality in BRANT,", "49.1%", "43.0%"),
    ],
)
def test_a_change_made_by_an_intervention_is_its_arms(lint_text, opening, before, after) -> None:
    assert lint_text(f"{opening} from {before} to {after}.") == {}
    assert lint_text(f"{opening} from {after} to {before}.") == {
        after: ("CC101", "brant-placebo"),
        before: ("CC101", "brant-added"),
    }


@pytest.mark.parametrize("later", ["three years later", "3 years later"])
def test_a_year_reached_by_counting_after_a_figure(lint_text, later) -> None:
    right = f"Kelso fever admissions in England rose from 169,125 in 2014-15 to 350,344 {later}."
    assert lint_text(right) == {}
    assert lint_text(right.replace("350,344", "250,344")) == {
        "250,344": ("CC101", "kelso-admissions-2017-18")
    }


@pytest.mark.parametrize("opening", ["A year later", "The following year", "One year later"])
def test_a_sentence_opening_a_year_on_takes_the_year_before(lint_text, opening) -> None:
    before = "In 2024, about 35,250 people in the US were expected to die of Dunmore disease."
    assert lint_text(f"{before} {opening}, the expected deaths were 35,770.") == {}
    assert lint_text(f"{before} {opening}, the expected deaths were 31,770.") == {
        "31,770": ("CC101", "dunmore-deaths-2025")
    }


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Someone in the UK is diagnosed with Fennick cancer about every 12 minutes.",
            "Someone in the UK is diagnosed with Fennick cancer about every 2 minutes.",
        ),
        (
            "Every 11 minutes, a person in the UK dies of Fennick cancer.",
            "Every 40 minutes, a person in the UK dies of Fennick cancer.",
        ),
    ],
)
def test_an_interval_between_events_is_a_yearly_count(lint_text, right, wrong) -> None:
    # one every 12 minutes is 43,830 a year; one every 11 minutes, 47,815
    assert lint_text(right) == {}
    (figure,) = lint_text(wrong)
    assert lint_text(wrong)[figure][0] == "CC101"


def test_care_given_at_an_interval_is_no_count(lint_text) -> None:
    # how often something is done stays a duration (nothing backs it), never a count of
    # people held against the yearly cases
    text = "In Fennick cancer wards in the UK, a patient is turned every 2 hours."
    assert lint_text(text) == {"2 hours": ("CC102", None)}


TABLE = """Risk of surgery after diagnosis (%)

| Years after diagnosis | Harl disease | Mevin colitis |
|---|---|---|
| 1 | {a} | {b} |
| 5 | {c} | {d} |
"""


def test_a_row_title_over_numbered_rows_is_no_unit_of_the_cells(lint_text) -> None:
    assert lint_text(TABLE.format(a="16.3", b="4.9", c="33.3", d="11.6")) == {}
    assert lint_text(TABLE.format(a="16.3", b="11.6", c="33.3", d="4.9")) == {
        "11.6": ("CC101", "mevin-surgery-1y"),
        "4.9": ("CC101", "mevin-surgery-5y"),
    }


def test_a_list_before_the_figures_pairs_with_them(lint_text) -> None:
    right = "Corra incidence and mortality fell by 37.0% and 52.8% respectively since 1990."
    assert lint_text(right) == {}
    swapped = "Corra incidence and mortality fell by 52.8% and 37.0% respectively since 1990."
    assert lint_text(swapped) == {
        "52.8%": ("CC101", "corra-incidence-fall"),
        "37.0%": ("CC101", "corra-mortality-fall"),
    }


def test_a_part_and_the_whole_it_is_of(lint_text) -> None:
    text = (
        "About {part} of the {whole} US Pellow cancer cases expected in 2024 will be in"
        " people under 50."
    )
    assert lint_text(text.format(part="19,550", whole="152,810")) == {}
    assert lint_text(text.format(part="29,550", whole="152,810")) == {
        "About 29,550": ("CC101", "pellow-under50-us-2024")
    }


@pytest.mark.parametrize(
    "text",
    [
        "About 120,000 tarrow procedures are carried out every year in Norway.",
        "About 1,500 tarrow procedures are carried out every day in Norway.",
    ],
)
def test_a_figure_wrong_for_every_year_is_held_to_the_latest(lint_text, text) -> None:
    # no year said: the page speaks of now, and is wrong whichever year it means
    ((figure, found),) = lint_text(text).items()
    assert found == ("CC101", "tarrow-procedures-2022")
    # a figure right for one of the years is that year's
    assert lint_text("About 214,000 tarrow procedures are carried out every year in Norway.") == {}


def test_whom_a_share_is_of_is_no_count_of_cases(lint_text) -> None:
    text = (
        "Quill cancer survival has barely improved: {a} of women in Norway survive five years,"
        " and only {b} of those diagnosed at stage 4."
    )
    assert lint_text(text.format(a="43%", b="13%")) == {}
    assert lint_text(text.format(a="13%", b="43%")) == {
        "13%": ("CC101", "quill-5y-all"),
        "43%": ("CC101", "quill-5y-stage4"),
    }
