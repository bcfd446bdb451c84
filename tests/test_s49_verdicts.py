"""Verdicts on forms from session 49, fixed as kinds with our own examples.

- "at any one time", "at any given time" say a point prevalence: such a figure is no figure
  of a claim about the lifetime risk (unsupported, not a conflict with it).
- An acronym the claim names (``RHES``) spelt out in the sentence ("the Ruritanian Health
  Examination Survey") is that name: it leaves no word of the sentence unexplained, so the
  figure is judged against the claim (a swapped figure is accused, a right one backed).
- Adults "over" a number of years no adult's age can be ("men over 10 years") are counted
  over that span, not an age group: the 10-year claim is theirs.
- A claim whose source is titled as a study of one sex ("… observations on male doctors")
  is about that sex, though its statement does not say so: "men who stopped at 60" is not
  narrower than it.
- A phrase that opens the sentence and sets its terms ("At the 25% threshold, 13.5% …") says
  the figure's threshold as a figure inside its clause would: the claim at 25% is judged,
  not the sibling at 10% whose value the figure happens to be.
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "glossitis-lifetime",
            "The lifetime risk of migratory glossitis is 2.4%.",
            2.4,
            "migratory glossitis, geographic tongue",
            "lifetime risk, at some point in their lives",
        ),
        approved_claim(
            "rhes-women-ever-glossitis",
            "In RHES, 6.1% of women had ever had migratory glossitis.",
            6.1,
            "migratory glossitis, geographic tongue",
            "RHES, ever had",
            group="[women]",
        ),
        approved_claim(
            "rhes-men-ever-glossitis",
            "In RHES, 3.7% of men had ever had migratory glossitis.",
            3.7,
            "migratory glossitis, geographic tongue",
            "RHES, ever had",
            group="[men]",
        ),
        approved_claim(
            "ruritania-trial-deaths-control-4y",
            "In the Ruritania screening trial, tongue-cancer deaths over 4 years were 0.31% among "
            "men in the control group.",
            0.31,
            "Ruritania screening trial",
            "tongue cancer, deaths, control group",
            group="[control]",
            timepoint="4 years",
        ),
        approved_claim(
            "ruritania-trial-deaths-control-10y",
            "In the Ruritania screening trial, tongue-cancer deaths over 10 years were 0.87% "
            "among men in the control group.",
            0.87,
            "Ruritania screening trial",
            "tongue cancer, deaths, control group",
            group="[control]",
            timepoint="10 years",
        ),
        approved_claim(
            "ruritania-doctors-quit-at-60",
            "Ruritanian doctors who stopped smoking at age 60 gained about 3 years of life "
            "expectancy.",
            3,
            "stopping smoking, smoking cessation",
            "Ruritanian doctors, stopping at 60, life expectancy",
        )
        .replace("unit: percent", "unit: years, approx: true")
        .replace('"Trial report"', '"Mortality and smoking: observations on male doctors"'),
        approved_claim(
            "hardship-spending-10pct",
            "In 2019, 13.5% of Ruritanians spent more than 10% of their household budget on "
            "out-of-pocket health costs.",
            13.5,
            "out-of-pocket health spending, catastrophic health spending",
            "Ruritania, household budget, 10% threshold, year 2019",
        ),
        approved_claim(
            "hardship-spending-25pct",
            "In 2019, 3.8% of Ruritanians spent more than 25% of their household budget on "
            "out-of-pocket health costs.",
            3.8,
            "out-of-pocket health spending, catastrophic health spending",
            "Ruritania, household budget, 25% threshold, year 2019",
        ),
        approved_claim(
            "ruritania-glossitis-people-2023",
            "An estimated 6.7 million Ruritanians were living with migratory glossitis in 2023.",
            6700000,
            "migratory glossitis, geographic tongue",
            "Ruritanians, year 2023",
        ).replace("unit: percent", "unit: people"),
        approved_claim(
            "ferritin-cut-off-adults",
            "The Ruritanian serum ferritin cut-off for iron deficiency in adults is 30 µg/L; a "
            "lower level is iron deficiency.",
            30,
            "serum ferritin, ferritin",
            "iron deficiency, cut-off, adults",
        ).replace("unit: percent", "unit: µg/L"),
        approved_claim(
            "glossitis-new-cases-2020",
            "In 2020, there were 732,210 new cases of migratory glossitis in Ruritania.",
            732210,
            "migratory glossitis, geographic tongue",
            "Ruritania, new cases, year 2020",
            measure="incidence",
        ).replace("unit: percent", "unit: cases"),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 0.3% of people have migratory glossitis at any one time.",
            {"About 0.3%": ("CC102", None)},
        ),
        (
            "At any given time, 0.3% of people have geographic tongue.",
            {"0.3%": ("CC102", None)},
        ),
        ("About 2.4% of people get migratory glossitis at some point in their lives.", {}),
    ],
)
def test_a_point_prevalence_is_no_lifetime_risk(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2023 Ruritanian Health Examination Survey found that 3.7% of women and 6.1% "
            "of men had ever had migratory glossitis.",
            {
                "3.7%": ("CC101", "rhes-women-ever-glossitis"),
                "6.1%": ("CC101", "rhes-men-ever-glossitis"),
            },
        ),
        (
            "The Ruritanian Health Examination Survey found that 6.1% of women and 3.7% of men "
            "had ever had migratory glossitis.",
            {},
        ),
    ],
)
def test_an_acronym_spelt_out_is_its_name(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Ruritania screening trial, tongue-cancer deaths among control group men "
            "over 10 years were about 0.9%.",
            {},
        ),
        (
            "In the Ruritania screening trial, tongue-cancer deaths among control group men "
            "over 10 years were about 0.3%.",
            {"about 0.3%": ("CC101", "ruritania-trial-deaths-control-10y")},
        ),
    ],
)
def test_adults_over_a_span_are_counted_over_it(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among Ruritanian doctors, men who stopped smoking at 60 gained about 3 years of "
            "life expectancy.",
            {},
        ),
        (
            "Among Ruritanian doctors, men who stopped smoking at 60 gained about 7 years of "
            "life expectancy.",
            {"about 7 years": ("CC101", "ruritania-doctors-quit-at-60")},
        ),
    ],
)
def test_a_source_titled_for_one_sex_is_about_that_sex(lint_text, text, expected):
    figures = lint_text(text)
    assert {k: v for k, v in figures.items() if "years" in k} == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "At the 25% threshold, 13.5% of Ruritanians faced catastrophic out-of-pocket "
            "health spending in 2019.",
            "13.5%",
            ("CC101", "hardship-spending-25pct"),
        ),
        (
            "At the 25% threshold, 3.8% of Ruritanians faced catastrophic out-of-pocket "
            "health spending in 2019.",
            "3.8%",
            None,
        ),
        (
            "At the 10% threshold, 13.5% of Ruritanians faced catastrophic out-of-pocket "
            "health spending in 2019.",
            "13.5%",
            None,
        ),
    ],
)
def test_a_fronted_threshold_picks_its_claim(lint_text, text, figure, expected):
    assert lint_text(text).get(figure) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023 some 6.9 million Ruritanians had migratory glossitis.",
            {"some 6.9 million Ruritanians": ("CC101", "ruritania-glossitis-people-2023")},
        ),
        ("In 2023 about 6.8 million Ruritanians had migratory glossitis.", {}),
        ("In 2023 nearly 7 million Ruritanians had migratory glossitis.", {}),
        ("In 2023 some 6.7 million Ruritanians had migratory glossitis.", {}),
    ],
)
def test_a_hedge_does_not_move_the_source_digit(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In adults, iron deficiency is a serum ferritin below 50 µg/L.",
            {"below 50 µg/L": ("CC101", "ferritin-cut-off-adults")},
        ),
        ("In adults, iron deficiency is a serum ferritin below 30 µg/L.", {}),
    ],
)
def test_a_bound_restates_a_cut_off(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_cell_counts_what_its_column_says(lint_text):
    table = (
        "### New cases and deaths in Ruritania, 2020\n\n"
        "| Condition | New cases | Deaths |\n|---|---|---|\n"
        "| Migratory glossitis | {cases} | 339,022 |"
    )
    assert "732,210" not in lint_text(table.format(cases="732,210"))
    assert lint_text(table.format(cases="832,210"))["832,210"] == (
        "CC101",
        "glossitis-new-cases-2020",
    )
