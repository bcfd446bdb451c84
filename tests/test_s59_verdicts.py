"""Verdicts and frames on kinds from session 59, fixed as kinds with our own examples
(invented diseases, genes and places).

- Parallel items after a lead ("Tarn disease risk by age 70 differs by gene, 38% for KRT9
  carriers and 14% for KRT12 carriers", "…, and in KRT12 carriers 14%") say their own group
  and carry on the lead: what is measured, by when, where.
- A claim about a year long ago is no figure of a sentence said of now ("Today 41% …"), and
  no wider place than the claim about today ("Of children diagnosed in 1980 …" beside the
  UK's figure); a cohort said by its year of diagnosis ("for children diagnosed in 1980") is
  whom a share is of, not a count of cases.
- A rate in a table's caption followed by its place and year ("Fall injury rate per 100,000
  people, Norland, 2024") is the unit of the table's bare cells.
- A row that names a claim's subject outright keeps that claim, whatever the caption's wider
  name ("children with cancer") holds.
- A sibling about an age group is no whole of a claim about a place (a change's end "in 2024"
  is the place's figure, not the age group's).
- A share of a thing ("7% of childhood cancers") keeps its own whole: another clause's deaths
  are not what it counts; "all cancers diagnosed in children" is "childhood cancers".
- A timepoint left to the clause before ("88% survive five years, and 80% survive ten").
- Two parallel items before what both share ("25.7% of men and 9.7% of women say they have
  self-harmed"): the first says it too.
- Survival said as "survive two years" is the outcome of a two-year survival claim, and the
  two years its timepoint, no length to judge against a median survival.
- An attempted suicide is no suicide death ("1 in 20 have attempted suicide" is no rate of
  suicide), and a figure said of today is no projection's ("up from about 1,500 today").
- A share "of cases" beside one "of deaths" counts cases ("88% of cases and 91% of deaths
  from Tarn fever in 2023 occurred in the Eastern Region").
- A clause that turns to a subject no claim names before its pronoun ("For pancreas grafts it
  is 73%") takes nothing from the antecedent: no claim about the sentence before's subject
  accuses it.
- A clause said of today takes no year the sentence names for another clause ("In 2000 … killed
  about 90,000; today the toll is about 60,000"), and "the share of adults with Kerr
  syndrome" is how many have it, not a share taken among them.
- A lead saying the figures differ by something ("Frost alert thresholds differ by region:
  -4°C in Upland and -1°C on the Coast") frames the list, no words a claim must explain.
- Whatever a sentence about a trial says made a change is its intervention: "Calm planning cut
  repeat self-harm from 6.1% to 3.4% in the CALM trial" runs from usual care to the arm.
- A claim about one ethnic group is no figure of a page that names none ("Women made up 48% of
  active blood donors" is not the Black donors' share); donors are people.
- A pronoun's antecedent subject gives way to the subject its own clause names ("… for Wren
  tumour is 88%. For Kessel sarcoma it is 41%.").
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

RATE = '{{value: {}, unit: "per 100,000"}}'

REGISTRY = "".join(
    (
        approved_claim(
            "krt9-tarn",
            "Carriers of a KRT9 variant have a 38% risk of Tarn disease by age 70.",
            38,
            "KRT9",
            "Tarn disease, risk, by age 70, carriers",
        ),
        approved_claim(
            "krt12-tarn",
            "Carriers of a KRT12 variant have a 14% risk of Tarn disease by age 70.",
            14,
            "KRT12",
            "Tarn disease, risk, by age 70, carriers",
        ),
        approved_claim(
            "wren-survival",
            "Five-year survival for children diagnosed with Wren tumour in the UK is 88%.",
            88,
            "Wren tumour, Wren tumours, children with Wren tumour",
            "children",
            measure="survival",
            timepoint="5 years",
        ),
        approved_claim(
            "wren-survival-1980",
            "Of children diagnosed with Wren tumour in 1980, 41% survived five years.",
            41,
            "Wren tumour, Wren tumours, children with Wren tumour",
            "children",
            measure="survival",
            timepoint="5 years",
        ),
        approved_claim(
            "wren-survival-10",
            "Ten-year survival for children diagnosed with Wren tumour in the UK is 80%.",
            80,
            "Wren tumour, Wren tumours, children with Wren tumour",
            "children",
            measure="survival",
            timepoint="10 years",
        ),
        approved_claim(
            "kessel-survival",
            "Five-year survival for children with Kessel sarcoma is 63%.",
            63,
            "Kessel sarcoma",
            "children",
            measure="survival",
            timepoint="5 years",
        ),
        approved_claim(
            "child-cancer-survival",
            "Five-year survival for children with cancer in the UK is 82%.",
            82,
            "childhood cancer, children with cancer",
            "children",
            measure="survival",
            timepoint="5 years",
        ),
        approved_claim(
            "wren-share-cases",
            "Wren tumours make up 7% of all cancers diagnosed in children.",
            7,
            "Wren tumour, Wren tumours",
            "childhood cancers, cancers in children",
        ),
        approved_claim(
            "wren-share-deaths",
            "Wren tumours cause 4% of cancer deaths in children.",
            4,
            "Wren tumour, Wren tumours",
            "childhood cancer deaths, deaths",
            measure="deaths",
        ),
        valued_claim(
            "falls-2024",
            "The fall injury rate in Norland in 2024 was 365 injuries per 100,000 people.",
            RATE.format(365),
            "fall injury rate, fall injuries",
            "Norland",
        ),
        valued_claim(
            "falls-2020",
            "The fall injury rate in Norland in 2020 was 298 injuries per 100,000 people.",
            RATE.format(298),
            "fall injury rate, fall injuries",
            "Norland",
        ),
        valued_claim(
            "falls-80-plus",
            "Among people aged 80 and over the fall injury rate in 2024 was 2,900 per 100,000.",
            RATE.format(2900),
            "fall injury rate, fall injuries",
            "older people",
            group="[aged 80 and over]",
        ),
        valued_claim(
            "falls-men-2024",
            "In 2024 the fall injury rate among men in Norland was 310 per 100,000.",
            RATE.format(310),
            "fall injury rate, fall injuries",
            "Norland",
            group="[men]",
        ),
        valued_claim(
            "falls-women-2024",
            "In 2024 the fall injury rate among women in Norland was 420 per 100,000.",
            RATE.format(420),
            "fall injury rate, fall injuries",
            "Norland",
            group="[women]",
        ),
        approved_claim(
            "faint-men",
            "9% of men aged 18-24 report having fainted at some point in their lives.",
            9,
            "fainting, fainted",
            "men",
            group="[men, 18-24]",
        ),
        approved_claim(
            "faint-women",
            "21% of women aged 18-24 report having fainted at some point in their lives.",
            21,
            "fainting, fainted",
            "women",
            group="[women, 18-24]",
        ),
        approved_claim(
            "kessel-2yr",
            "Two-year survival for children with Kessel sarcoma is 8%.",
            8,
            "Kessel sarcoma",
            "children",
            measure="survival",
            timepoint="2 years",
        ),
        valued_claim(
            "kessel-median",
            "Median survival for children with Kessel sarcoma is 9 months from diagnosis.",
            "{value: 9, unit: month}",
            "Kessel sarcoma",
            "children, median survival",
        ),
        valued_claim(
            "norland-suicide-rate",
            "The suicide rate in Norland in 2024 was 10.2 deaths per 100,000 people.",
            RATE.format(10.2),
            "suicide rate, suicide, suicides",
            "Norland",
            measure="deaths",
        ),
        valued_claim(
            "norland-heat-2050s",
            "Heat deaths in Norland are projected to reach about 5,000 a year by the 2050s.",
            "{value: 5000, approx: true, unit: deaths/year}",
            "heat deaths, heat-related deaths",
            "Norland, projected",
        ),
        approved_claim(
            "tarn-share-cases",
            "The Eastern Region accounted for 88% of Tarn fever cases in 2023.",
            88,
            "Tarn fever",
            "Eastern Region, cases",
            measure="cases",
        ),
        approved_claim(
            "tarn-share-deaths",
            "The Eastern Region accounted for 91% of Tarn fever deaths in 2023.",
            91,
            "Tarn fever",
            "Eastern Region, deaths",
            measure="deaths",
        ),
        valued_claim(
            "tarn-deaths-2000",
            "In 2000, Tarn fever killed an estimated 90,000 people worldwide.",
            "{value: 90000, unit: deaths}",
            "Tarn fever, Tarn fever deaths",
            "worldwide, deaths",
            measure="deaths",
        ),
        valued_claim(
            "tarn-deaths-2022",
            "Tarn fever killed an estimated 60,000 people worldwide in 2022.",
            "{value: 60000, unit: deaths}",
            "Tarn fever, Tarn fever deaths",
            "worldwide, deaths",
            measure="deaths",
        ),
        approved_claim(
            "kerr-2019",
            "In Norland, 12% of adults had Kerr syndrome in 2019.",
            12,
            "Kerr syndrome",
            "Norland, adults",
        ),
        approved_claim(
            "kerr-2023",
            "In Norland, 15% of adults had Kerr syndrome in 2023.",
            15,
            "Kerr syndrome",
            "Norland, adults",
        ),
        valued_claim(
            "frost-alert-north",
            "A frost alert is issued in Upland when night temperatures are forecast to fall to "
            "-4°C.",
            "{value: -4, unit: °C}",
            "frost alert",
            "Upland",
            group="[Upland]",
        ),
        valued_claim(
            "frost-alert-coast",
            "A frost alert is issued on the Coast when night temperatures are forecast to fall to "
            "-1°C.",
            "{value: -1, unit: °C}",
            "frost alert",
            "Coast",
            group="[Coast]",
        ),
        approved_claim(
            "calm-plan-care",
            "In the CALM trial, 6.1% of patients on usual care self-harmed again within 6 months.",
            6.1,
            "CALM, calm planning",
            "self-harm",
            group="[usual care]",
        ),
        approved_claim(
            "calm-plan-arm",
            "In the CALM trial, 3.4% of patients given calm planning self-harmed again within 6 "
            "months.",
            3.4,
            "CALM, calm planning",
            "self-harm",
        ),
        approved_claim(
            "black-donors",
            "Black donors make up 2.5% of active blood donors in Norland.",
            2.5,
            "active blood donors, blood donors",
            "Norland",
            group="[Black]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("right", "swapped"),
    [
        (
            "Tarn disease risk by age 70 differs by gene, 38% for KRT9 carriers and 14% for "
            "KRT12 carriers.",
            "Tarn disease risk by age 70 differs by gene, 14% for KRT9 carriers and 38% for "
            "KRT12 carriers.",
        ),
        (
            "Tarn disease: by age 70 the risk reaches 38% in KRT9 carriers, and in KRT12 "
            "carriers 14%.",
            "Tarn disease: by age 70 the risk reaches 14% in KRT9 carriers, and in KRT12 "
            "carriers 38%.",
        ),
    ],
)
def test_parallel_items_carry_on_their_lead(lint_text, right, swapped) -> None:
    assert lint_text(right) == {}
    assert lint_text(swapped) == {"14%": ("CC101", "krt9-tarn"), "38%": ("CC101", "krt12-tarn")}


def test_a_claim_long_ago_is_no_figure_of_today(lint_text) -> None:
    assert lint_text("Five-year survival for children with Wren tumour is 88 per cent.") == {}
    assert lint_text("Today 41% of children with Wren tumour survive five years.") == {
        "41%": ("CC101", "wren-survival")
    }


def test_a_cohort_by_its_year_of_diagnosis_is_no_count_of_cases(lint_text) -> None:
    right = (
        "Five-year survival for Wren tumour is now 88%, up from 41% for children diagnosed in 1980."
    )
    assert lint_text(right) == {}
    wrong = (
        "Five-year survival for Wren tumour is now 88%, up from 45% for children diagnosed in 1980."
    )
    assert lint_text(wrong) == {"45%": ("CC101", "wren-survival-1980")}


CAPTIONED = """Table 2: Fall injury rate per 100,000 people, Norland, 2024

| Group | Rate |
|---|---|
| Men | {} |
| Women | {} |
"""


def test_a_caption_rate_before_its_place_is_the_cells_unit(lint_text) -> None:
    assert lint_text(CAPTIONED.format(310, 420)) == {}
    assert lint_text(CAPTIONED.format(420, 310)) == {
        "420": ("CC101", "falls-men-2024"),
        "310": ("CC101", "falls-women-2024"),
    }


BY_TYPE = """Table: Five-year survival of children with cancer, by type

| Cancer type | Five-year survival |
|---|---|
| Wren tumour | {} |
| Kessel sarcoma | {} |
"""


def test_a_row_naming_the_subject_keeps_its_claim_under_a_wider_caption(lint_text) -> None:
    assert lint_text(BY_TYPE.format("88%", "63%")) == {}
    assert lint_text(BY_TYPE.format("63%", "88%")) == {
        "63%": ("CC101", "wren-survival"),
        "88%": ("CC101", "kessel-survival"),
    }


def test_an_age_group_sibling_is_no_whole_of_a_place(lint_text) -> None:
    swapped = (
        "The fall injury rate climbed from 365 per 100,000 in 2020 to 298 per 100,000 in 2024."
    )
    assert lint_text(swapped) == {
        "365 per 100,000": ("CC101", "falls-2020"),
        "298 per 100,000": ("CC101", "falls-2024"),
    }


def test_a_share_of_a_thing_keeps_its_own_whole(lint_text) -> None:
    right = "Wren tumours make up 7% of childhood cancers but cause 4% of childhood cancer deaths."
    assert lint_text(right) == {}
    swapped = (
        "Wren tumours make up 4% of childhood cancers but cause 7% of childhood cancer deaths."
    )
    assert lint_text(swapped) == {
        "4%": ("CC101", "wren-share-cases"),
        "7%": ("CC101", "wren-share-deaths"),
    }


def test_a_timepoint_left_to_the_clause_before(lint_text) -> None:
    right = "About 88% of children with Wren tumour now survive five years, and 80% survive ten."
    assert lint_text(right) == {}
    swapped = "About 80% of children with Wren tumour now survive five years, and 88% survive ten."
    assert lint_text(swapped) == {
        "About 80%": ("CC101", "wren-survival"),
        "88%": ("CC101", "wren-survival-10"),
    }


def test_a_pronoun_gives_way_to_the_subject_its_clause_names(lint_text) -> None:
    assert (
        lint_text("Five-year survival for Wren tumour is 88%. For Kessel sarcoma it is 63%.") == {}
    )
    assert lint_text(
        "Five-year survival for Wren tumour is 88%. For Kessel sarcoma it is 41%."
    ) == {"41%": ("CC101", "kessel-survival")}


def test_parallel_items_share_what_follows_the_second(lint_text) -> None:
    right = "Among 18-24 year olds, 9% of men and 21% of women say they have ever fainted."
    assert lint_text(right) == {}
    swapped = "Among 18-24 year olds, 21% of men and 9% of women say they have ever fainted."
    assert lint_text(swapped) == {"21%": ("CC101", "faint-men"), "9%": ("CC101", "faint-women")}


def test_survive_two_years_is_two_year_survival_and_its_timepoint(lint_text) -> None:
    assert lint_text("Fewer than 10% of children with Kessel sarcoma survive two years.") == {}
    assert lint_text("Around 30% of children with Kessel sarcoma survive two years.") == {
        "Around 30%": ("CC101", "kessel-2yr")
    }


def test_an_attempt_is_no_death_and_today_is_no_projection(lint_text) -> None:
    attempts = lint_text(
        "Around 1 in 20 people have attempted suicide, and the suicide rate in Norland was "
        "10.2 per 100,000 in 2024."
    )
    assert "10.2 per 100,000" not in attempts
    assert attempts.get("Around 1 in 20", ("",))[0] != "CC101"
    today = lint_text(
        "Heat deaths in Norland could reach about 5,000 a year by the 2050s, up from about "
        "1,500 today."
    )
    assert "about 5,000 a year" not in today
    assert today.get("about 1,500", ("",))[0] != "CC101"


def test_shares_of_cases_and_of_deaths_keep_their_wholes(lint_text) -> None:
    tail = "from Tarn fever in 2023 occurred in the Eastern Region."
    assert lint_text(f"88% of cases and 91% of deaths {tail}") == {}
    assert lint_text(f"91% of cases and 88% of deaths {tail}") == {
        "91%": ("CC101", "tarn-share-cases"),
        "88%": ("CC101", "tarn-share-deaths"),
    }


@pytest.mark.parametrize("turn", ["For Orrin tumours it is 41%.", "In Orrin tumours, it is 41%."])
def test_a_clause_turning_to_an_unknown_subject_takes_nothing_from_before(lint_text, turn) -> None:
    found = lint_text(f"Five-year survival for Wren tumour is 88%. {turn}")
    assert "88%" not in found
    assert found.get("41%", ("",))[0] != "CC101"


def test_a_clause_said_of_today_takes_no_other_clauses_year(lint_text) -> None:
    page = "In 2000 Tarn fever killed about 90,000 people worldwide; today the toll is about {}."
    assert lint_text(page.format("60,000")) == {}
    assert lint_text(page.format("75,000")) == {"about 75,000": ("CC101", "tarn-deaths-2022")}


def test_the_share_of_people_with_a_condition_is_its_prevalence(lint_text) -> None:
    page = "In Norland, the share of adults with Kerr syndrome rose from {} in 2019 to {} in 2023."
    assert lint_text(page.format("12%", "15%")) == {}
    assert lint_text(page.format("15%", "12%")) == {
        "15%": ("CC101", "kerr-2019"),
        "12%": ("CC101", "kerr-2023"),
    }


def test_a_lead_saying_the_figures_differ_frames_the_list(lint_text) -> None:
    page = "Frost alert thresholds differ by region: {} in Upland and {} on the Coast."
    assert lint_text(page.format("-4°C", "-1°C")) == {}
    assert lint_text(page.format("-6°C", "-1°C")) == {"-6°C": ("CC101", "frost-alert-north")}


def test_a_change_said_of_a_trial_runs_between_its_arms(lint_text) -> None:
    page = "Calm planning cut repeat self-harm from {} to {} within six months in the CALM trial."
    assert lint_text(page.format("6.1%", "3.4%")) == {}
    assert lint_text(page.format("3.4%", "6.1%")) == {
        "3.4%": ("CC101", "calm-plan-care"),
        "6.1%": ("CC101", "calm-plan-arm"),
    }


def test_a_claim_about_an_ethnic_group_needs_the_group_said(lint_text) -> None:
    found = lint_text("Women made up 48% of active blood donors in Norland.")
    assert found.get("48%", ("",))[0] != "CC101"
    assert lint_text("Black donors make up 2.5% of active blood donors in Norland.") == {}
    assert lint_text("Black donors make up 4% of active blood donors in Norland.") == {
        "4%": ("CC101", "black-donors")
    }
