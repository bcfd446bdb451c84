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
        approved_claim(
            "valvex-composite-1y",
            "In VALVEX, 15.1% of patients who had the new valve died, had a stroke or were "
            "rehospitalised within 1 year.",
            15.1,
            "VALVEX",
            "new valve, death, stroke, rehospitalisation, composite, primary end point",
            timepoint="1 year",
        ),
        approved_claim(
            "valvex-death-1y",
            "In VALVEX, 2.5% of patients who had the new valve died of any cause by 1 year.",
            2.5,
            "VALVEX",
            "new valve, died, death from any cause, mortality",
            timepoint="1 year",
            measure="deaths",
        ),
        approved_claim(
            "valvex-rehospitalisation-1y",
            "In VALVEX, 7.3% of patients who had the new valve were rehospitalised within 1 year.",
            7.3,
            "VALVEX",
            "new valve, rehospitalisation, rehospitalised, readmission",
            timepoint="1 year",
        ),
        approved_claim(
            "decay-untreated-2-5",
            "In Ruritania, 10% of children aged 2 to 5 have untreated decay in their baby teeth.",
            10,
            "tooth decay, dental caries",
            "Ruritania, untreated decay, baby teeth",
            group="[aged 2 to 5]",
        ),
        approved_claim(
            "decay-ever-2-5",
            "In Ruritania, 23% of children aged 2 to 5 have had decay in their baby teeth.",
            23,
            "tooth decay, dental caries",
            "Ruritania, had decay, baby teeth",
            group="[aged 2 to 5]",
        ),
        approved_claim(
            "decay-untreated-6-8",
            "In Ruritania, 16% of children aged 6 to 8 have untreated decay in their baby teeth.",
            16,
            "tooth decay, dental caries",
            "Ruritania, untreated decay, baby teeth",
            group="[aged 6 to 8]",
        ),
        approved_claim(
            "tongue-biopsy-30d-deaths",
            "Within 30 days of a tongue biopsy, 7% of patients die.",
            7,
            "tongue biopsy",
            "deaths, 30 days, mortality",
            timepoint="30 days",
            measure="deaths",
        ),
        approved_claim(
            "dialysis-cost-per-patient",
            "Ruritania's health insurer spends about 93,000 crowns a year for each patient on "
            "haemodialysis.",
            93000,
            "haemodialysis, hemodialysis",
            "per patient, each year, health insurer",
        ).replace("unit: percent", "unit: USD/year"),
        approved_claim(
            "renox-12m-placebo",
            "In RENOX, 6.4% of patients given placebo reached the primary outcome by 12 months.",
            6.4,
            "RENOX, renoxaflozin",
            "primary outcome, placebo, 12 months",
            group="[control]",
            timepoint="12 months",
        ),
        approved_claim(
            "renox-24m-drug",
            "In RENOX, 7.8% of patients given renoxaflozin reached the primary outcome by 24 "
            "months.",
            7.8,
            "RENOX, renoxaflozin",
            "primary outcome, 24 months",
            timepoint="24 months",
        ),
        approved_claim(
            "renox-24m-placebo",
            "In RENOX, 12.6% of patients given placebo reached the primary outcome by 24 months.",
            12.6,
            "RENOX, renoxaflozin",
            "primary outcome, placebo, 24 months",
            group="[control]",
            timepoint="24 months",
        ),
        approved_claim(
            "flutter-prevalence",
            "Atrial flutter affects 2.1% of people in Ruritania.",
            2.1,
            "atrial flutter",
            "Ruritania, prevalence",
            measure="prevalence",
        ),
        approved_claim(
            "vitamink-rrr",
            "Vitamin K antagonists reduce the risk of stroke in atrial flutter by 64%.",
            64,
            "vitamin K antagonist, vitamin K antagonists",
            "atrial flutter, stroke, relative risk reduction",
        ),
        approved_claim(
            "glossitis-smokers",
            "Black hairy tongue affects 14% of Ruritanian smokers.",
            14,
            "black hairy tongue, lingua villosa nigra",
            "Ruritanian smokers, smokers",
        ),
        approved_claim(
            "glossitis-diabetes",
            "Black hairy tongue affects 45.3% of Ruritanians with psoriasis.",
            45.3,
            "black hairy tongue, lingua villosa nigra",
            "Ruritanians with psoriasis, psoriasis",
        ),
        approved_claim(
            "ruritania-dialysis-people",
            "In 2021, 557,000 people in Ruritania were on peritoneal dialysis.",
            557000,
            "peritoneal dialysis",
            "Ruritania, kidney failure, year 2021",
        ).replace("unit: percent", "unit: people"),
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
        (
            "At any point in time, about 0.3% of people have geographic tongue.",
            {"about 0.3%": ("CC102", None)},
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
        (
            "Among Ruritanian doctors, women who stopped smoking at 60 gained about 3 years of "
            "life expectancy.",
            {"about 3 years": ("CC102", None)},
        ),
    ],
)
def test_a_source_titled_for_one_sex_is_about_that_sex(lint_text, text, expected):
    # (and not about the other: "Women who …" is no figure of the study of male doctors)
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
            "At a threshold of 25.0%, 13.5% of Ruritanians faced catastrophic out-of-pocket "
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In VALVEX, 11.0% of patients who had the new valve had died within a year.",
            {"11.0%": ("CC101", "valvex-death-1y")},
        ),
        (
            "At one year in VALVEX, 2.5% of patients had died and 7.3% had been rehospitalised.",
            {},
        ),
        (
            "At one year in VALVEX, 2.5% of patients had died and 9.3% had been rehospitalised.",
            {"9.3%": ("CC101", "valvex-rehospitalisation-1y")},
        ),
        (
            "In VALVEX, 15.1% of patients died, had a stroke or were rehospitalised within a year.",
            {},
        ),
    ],
)
def test_a_part_of_a_composite_said_as_events(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Ruritania, 23% of children aged 2 to 5 have had decay in their baby teeth and "
            "10% have untreated decay.",
            None,
        ),
        (
            "In Ruritania, 23% of children aged 2 to 5 have had decay in their baby teeth and "
            "16% have untreated decay.",
            ("CC101", "decay-untreated-2-5"),
        ),
    ],
)
def test_a_bare_share_is_of_the_people_named_before(lint_text, text, expected):
    figure = "10%" if "10%" in text else "16%"
    assert lint_text(text).get(figure) == expected


def test_a_denial_before_a_colon_denies_only_the_figure_before(lint_text):
    assert (
        lint_text(
            "Some sites say 20% of patients die within 30 days of a tongue biopsy, but this is "
            "wrong: about 7% do."
        )
        == {}
    )
    assert lint_text(
        "Some sites say 20% of patients die within 30 days of a tongue biopsy, but this is "
        "wrong: about 12% do."
    ) == {"about 12%": ("CC101", "tongue-biopsy-30d-deaths")}


def test_a_sum_on_each_patient_is_one_patients_cost(lint_text):
    assert (
        lint_text(
            "Ruritania's health insurer spends about $93,000 a year on each haemodialysis patient."
        )
        == {}
    )
    assert lint_text(
        "Ruritania's health insurer spends about $130,000 a year on each haemodialysis patient."
    ) == {"about $130,000 a year": ("CC101", "dialysis-cost-per-patient")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In RENOX, 6.4% of patients on placebo reached the primary outcome by 12 months and "
            "12.6% by 24 months.",
            {},
        ),
        (
            "In RENOX, 6.4% of patients on placebo reached the primary outcome by 12 months and "
            "7.8% by 24 months.",
            {"7.8%": ("CC101", "renox-24m-placebo")},
        ),
    ],
)
def test_a_gapped_clause_keeps_the_arm(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Atrial flutter affects about 1% of people in Ruritania in their fifties.",
        "Atrial flutter affects about 6% of Ruritanians in their late sixties.",
    ],
)
def test_a_decade_in_words_is_an_age_group(lint_text, text):
    assert [code for code, _id in lint_text(text).values()] == ["CC102"]


def test_an_arms_share_is_no_relative_change(lint_text):
    assert lint_text("Among patients on vitamin K antagonists, 3.3% had a stroke.") == {
        "3.3%": ("CC102", None)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Black hairy tongue affects about 10% of Ruritanian smokers.",
            {"about 10%": ("CC101", "glossitis-smokers")},
        ),
        ("Black hairy tongue affects about 50% of Ruritanians with psoriasis.", {}),
        ("Black hairy tongue affects about 14% of Ruritanian smokers.", {}),
    ],
)
def test_a_one_digit_hedge_rounds_within_the_tolerance(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2021, 557,000 people in Ruritania started peritoneal dialysis.",
            {"557,000 people": ("CC102", None)},
        ),
        ("In 2021, about 557,000 Ruritanians were receiving peritoneal dialysis.", {}),
    ],
)
def test_starting_a_treatment_is_no_count_of_those_on_it(lint_text, text, expected):
    assert lint_text(text) == expected
