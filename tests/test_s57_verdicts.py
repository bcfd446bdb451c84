"""Verdicts and frames on kinds from session 57, fixed as kinds with our own examples
(invented claims and conditions).

- Groups named in a bracket after two or more listed figures pair with them in order, as
  "respectively" would: sexes ("14% and 9% of adolescents (girls vs boys)"), doses ("48%
  versus 31% (15 mg vs 5 mg)"), years ("from 6.2% to 8.1% (2019 vs 2023)"). A bracket of
  statistics (a confidence interval, a p value) or a source and its year pairs nothing.
- Years listed before "respectively" ("In 2019 and 2022, respectively, … 242,000 and 290,000
  deaths") pair with the figures after them, as years listed after them do.
- Lives saved, claimed or lost are deaths; an acute event had ("had a heart attack") is a
  new event; a count of one role (midwives) is no count of another (nurses).
- A count a day, week or month converts to a year's against a claim per year in the place
  the sentence names ("around 33 men a day in the UK" against the UK's deaths a year).
- "die from the disease" is the subject's death; "In 2023 the estimate was …" is the sentence
  before's count again; a target ("the targets call for …", "should fall by 80%") is a
  projection, as "by 2035" is.
- A figure the claim's statement writes is no restatement of it said per another period ("14
  units a day" against "no more than 14 units … a week").
- A sentence saying the one before's count again per day or week ("That's about 112 people
  every day", "That is about 790 a week") is worded as that sentence, and a bare number in it
  counts what the claim counts.
- A table's caption written under it, with none above, says what its cells are about and in
  what currency ("NHS charges (£)." under the rows).
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        approved_claim(
            "norvale-girls",
            "Norvale syndrome affects 14% of girls aged 11 to 15.",
            14,
            "Norvale syndrome",
            "adolescents",
            group="[girls]",
        ),
        approved_claim(
            "norvale-boys",
            "Norvale syndrome affects 9% of boys aged 11 to 15.",
            9,
            "Norvale syndrome",
            "adolescents",
            group="[boys]",
        ),
        approved_claim(
            "zentrax-15mg",
            "In the PALLAS trial, 48% of patients on zentrax 15 mg responded at 12 weeks.",
            48,
            "zentrax",
            "PALLAS, response",
            group="[15 mg]",
            timepoint="12 weeks",
        ),
        approved_claim(
            "zentrax-5mg",
            "In the PALLAS trial, 31% of patients on zentrax 5 mg responded at 12 weeks.",
            31,
            "zentrax",
            "PALLAS, response",
            group="[5 mg]",
            timepoint="12 weeks",
        ),
        approved_claim(
            "norvale-2019",
            "In 2019, 6.2% of adults in Norway had Norvale syndrome.",
            6.2,
            "Norvale syndrome",
            'Norway, adults, "2019"',
        ),
        approved_claim(
            "norvale-2023",
            "In 2023, 8.1% of adults in Norway had Norvale syndrome.",
            8.1,
            "Norvale syndrome",
            'Norway, adults, "2023"',
        ),
        valued_claim(
            "quellan-deaths-norway",
            "Quellan disease kills about 12,200 men in Norway every year.",
            "{value: 12200, approx: true, unit: deaths/year}",
            "Quellan disease",
            "deaths",
            group="[Norway]",
            measure="deaths",
        ),
        valued_claim(
            "quellan-cases-norway",
            "About 55,000 men in Norway are diagnosed with Quellan disease every year.",
            "{value: 55000, approx: true, unit: cases/year}",
            "Quellan disease",
            "diagnosed",
            group="[Norway]",
            measure="incidence",
        ),
        valued_claim(
            "brisca-lives-saved",
            "Brisca screening saves about 3,100 lives a year.",
            "{value: 3100, approx: true, unit: deaths/year}",
            "Brisca screening",
            "deaths prevented",
            measure="deaths",
        ),
        valued_claim(
            "torvel-attacks-norway",
            "About 80,500 people in Norway have a Torvel attack every year.",
            "{value: 80500, approx: true, unit: people/year}",
            "Torvel attack",
            "Norway, every year",
        ),
        valued_claim(
            "torvel-deaths-norway-2022",
            "In 2022, Torvel attacks killed 7,020 people in Norway.",
            "{value: 7020, unit: deaths}",
            "Torvel attack",
            'Norway, "2022"',
            measure="deaths",
        ),
        valued_claim(
            "nurses-world",
            "In 2020 the world's health workforce counted 29.1 million nurses.",
            "{value: 29100000, unit: nurses}",
            "nurses",
            'health workforce, "2020"',
        ),
        valued_claim(
            "dorval-cases-norway",
            "About 41,000 people in Norway are diagnosed with Dorval disease every year.",
            "{value: 41000, approx: true, unit: cases/year}",
            "Dorval disease",
            "diagnosed",
            group="[Norway]",
            measure="incidence",
        ),
        valued_claim(
            "dorval-deaths-norway",
            "About 9,300 people in Norway die from Dorval disease every year.",
            "{value: 9300, approx: true, unit: deaths/year}",
            "Dorval disease",
            "deaths",
            group="[Norway]",
            measure="deaths",
        ),
        valued_claim(
            "kestin-norway-2016",
            "In 2016, around 88,000 people in Norway were living with Kestin virus.",
            "{value: 88000, approx: true, unit: people}",
            "Kestin virus",
            'Norway, "2016"',
        ),
        valued_claim(
            "kestin-norway-2023",
            "In 2023, around 41,000 people in Norway were living with Kestin virus.",
            "{value: 41000, approx: true, unit: people}",
            "Kestin virus",
            'Norway, "2023"',
        ),
        valued_claim(
            "kestin-world-2023",
            "In 2023, around 58 million people worldwide were living with Kestin virus.",
            "{value: 58000000, approx: true, unit: people}",
            "Kestin virus",
            'worldwide, "2023"',
        ),
        approved_claim(
            "kestin-target-infections",
            "The 2035 targets call for new Kestin virus infections to fall by 80%.",
            80,
            "Kestin virus",
            'new infections, target, "2035"',
        ),
        approved_claim(
            "kestin-target-deaths",
            "The 2035 targets call for Kestin virus deaths to fall by 60%.",
            60,
            "Kestin virus",
            'deaths, target, "2035"',
            measure="deaths",
        ),
        valued_claim(
            "glorp-weekly-limit",
            "Norwegian guidelines advise drinking no more than 10 units of glorp a week.",
            "{high: 10, unit: units/week}",
            "glorp",
            "Norway, guidelines",
        ),
        *(
            valued_claim(
                f"fenwick-band{band}-{year}",
                f"From April {year} a Fenwick band {band} course costs £{price}.",
                f"{{value: {price}, unit: GBP}}",
                "Fenwick charges",
                f'band {band}, "{year}"',
            )
            for band, year, price in (
                (1, 2023, "25.80"),
                (1, 2024, "26.80"),
                (2, 2023, "70.70"),
                (2, 2024, "73.50"),
            )
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_groups_in_a_bracket_pair_with_the_figures_in_order(lint_text) -> None:
    right = "Norvale syndrome affects 14% and 9% of adolescents (girls vs boys)."
    assert lint_text(right) == {}
    swapped = "Norvale syndrome affects 9% and 14% of adolescents (girls vs boys)."
    assert lint_text(swapped) == {
        "9%": ("CC101", "norvale-girls"),
        "14%": ("CC101", "norvale-boys"),
    }


def test_doses_in_a_bracket_pair_with_the_figures_in_order(lint_text) -> None:
    right = "In PALLAS, 48% versus 31% responded to zentrax at 12 weeks (15 mg vs 5 mg)."
    assert lint_text(right) == {}
    swapped = "In PALLAS, 31% versus 48% responded to zentrax at 12 weeks (15 mg vs 5 mg)."
    assert lint_text(swapped) == {
        "31%": ("CC101", "zentrax-15mg"),
        "48%": ("CC101", "zentrax-5mg"),
    }


def test_years_in_a_bracket_pair_with_a_change_in_order(lint_text) -> None:
    right = "In Norway, Norvale syndrome rose from 6.2% to 8.1% of adults (2019 vs 2023)."
    assert lint_text(right) == {}
    swapped = "Norvale syndrome was found in 8.1% and 6.2% of adults in Norway (2019 and 2023)."
    assert lint_text(swapped) == {
        "8.1%": ("CC101", "norvale-2019"),
        "6.2%": ("CC101", "norvale-2023"),
    }


def test_a_bracket_of_a_source_pairs_nothing(lint_text) -> None:
    # a source and its year are two items, but no list of groups: nothing pairs the 2023
    # with the second figure (which would make it the 2023 claim's)
    found = lint_text("Norvale syndrome affects 9% and 14% of adolescents (NHS Digital, 2023).")
    assert found.get("14%", ("", None))[1] != "norvale-2023"


def test_lives_saved_or_claimed_are_deaths(lint_text) -> None:
    assert lint_text("Brisca screening saves about 3,100 lives a year.") == {}
    assert lint_text("Brisca screening saves about 5,000 lives a year.") == {
        "about 5,000 lives a year": ("CC101", "brisca-lives-saved")
    }


def test_an_acute_event_had_is_a_new_event_not_a_death(lint_text) -> None:
    text = (
        "In 2022, Torvel attacks killed 7,020 people in Norway, and about 80,500 had a "
        "Torvel attack."
    )
    assert lint_text(text) == {}


def test_one_role_is_no_count_of_another(lint_text) -> None:
    found = lint_text("In 2020 the world's health workforce also counted 2.2 million midwives.")
    assert found == {"2.2 million midwives": ("CC102", None)}


def test_a_count_a_day_is_a_years_count_in_the_place_named(lint_text) -> None:
    assert lint_text("Quellan disease kills around 33 men a day in Norway.") == {}
    assert lint_text("In Norway, about 150 men a week are diagnosed with Quellan disease.") == {
        "about 150 men a week": ("CC101", "quellan-cases-norway")
    }


@pytest.mark.parametrize(
    "caption",
    ["Fenwick charges in England (£).", "Fenwick charges in England (£), 2023/24."],
)
def test_a_caption_under_a_table_names_its_cells(lint_text, caption: str) -> None:
    # (a year or a season may date the caption: it states no figure)
    table = (
        "| Band | From April 2023 | From April 2024 |\n"
        "|---|---|---|\n"
        "| Band 1 | 25.80 | 26.80 |\n"
        "| Band 2 | 70.70 | 73.50 |\n"
        "\n"
        f"{caption}\n"
    )
    assert lint_text(table) == {}
    swapped = table.replace("70.70 | 73.50", "73.50 | 70.70")
    assert lint_text(swapped) == {
        "73.50": ("CC101", "fenwick-band2-2023"),
        "70.70": ("CC101", "fenwick-band2-2024"),
    }


def test_years_listed_before_respectively_pair_with_the_figures(lint_text) -> None:
    right = (
        "In 2019 and 2023, respectively, Norvale syndrome affected 6.2% and 8.1% of adults "
        "in Norway."
    )
    assert lint_text(right) == {}
    swapped = right.replace("6.2% and 8.1%", "8.1% and 6.2%")
    assert lint_text(swapped) == {
        "8.1%": ("CC101", "norvale-2019"),
        "6.2%": ("CC101", "norvale-2023"),
    }


def test_dying_from_the_disease_is_the_subjects_death(lint_text) -> None:
    # "the disease" points back to the page's subject: no other cause of death
    right = (
        "Every year in Norway, about 41,000 people are diagnosed with Dorval disease and "
        "about 9,300 die from the disease."
    )
    assert lint_text(right) == {}
    swapped = right.replace("41,000", "X").replace("9,300", "41,000").replace("X", "9,300")
    assert lint_text(swapped) == {
        "about 9,300 people": ("CC101", "dorval-cases-norway"),
        "about 41,000": ("CC101", "dorval-deaths-norway"),
    }


def test_the_estimate_said_again_takes_the_sentence_befores_place(lint_text) -> None:
    text = (
        "Kestin virus in Norway has fallen sharply: around 88,000 people were living with it "
        "in 2016. In 2023 the estimate was around {}."
    )
    assert lint_text(text.format("41,000")) == {}
    assert lint_text(text.format("52,000")) == {"around 52,000": ("CC101", "kestin-norway-2023")}


def test_a_target_is_a_projection_however_it_is_said(lint_text) -> None:
    right = (
        "The 2035 targets call for an 80% reduction in new Kestin virus infections and a 60% "
        "reduction in deaths."
    )
    assert lint_text(right) == {}
    swapped = right.replace("80%", "X").replace("60%", "80%").replace("X", "60%")
    assert lint_text(swapped) == {
        "60%": ("CC101", "kestin-target-infections"),
        "80%": ("CC101", "kestin-target-deaths"),
    }
    said = "Two targets are set for 2035. New Kestin virus infections should fall by 80%."
    assert lint_text(said).get("80%") is None


def test_a_limit_a_day_restates_no_limit_a_week(lint_text) -> None:
    # the written 10 is the statement's own, but a day's 10 units are 70 a week
    assert (
        lint_text("Norwegian guidelines advise drinking no more than 10 units of glorp a week.")
        == {}
    )
    found = lint_text("Norwegian guidelines advise drinking no more than 10 units of glorp a day.")
    assert "no more than 10 units of glorp a day" in found or "no more than 10 units" in found


def test_a_count_a_day_said_back_is_worded_as_the_sentence_before(lint_text) -> None:
    before = "About 41,000 people in Norway are diagnosed with Dorval disease every year. "
    assert lint_text(before + "That's about 112 people every day.") == {}
    assert lint_text(before + "That is about 790 a week.") == {}
    # (accused against the claim, and as contradicting the sentence before's figure: CC402)
    found = lint_text(before + "That is about 3,000 a week.")
    assert found["about 3,000 a week"][1] == "dorval-cases-norway"


def test_lives_a_figure_counts_after_claim_or_cost_are_deaths(lint_text) -> None:
    # the figure's own "lives" ("around 12,200 lives"), its digits between verb and noun
    assert lint_text("Quellan disease claims around 12,200 lives in Norway every year.") == {}
    found = lint_text("Quellan disease claims around 55,000 lives in Norway every year.")
    assert found == {"around 55,000 lives": ("CC101", "quellan-deaths-norway")}
