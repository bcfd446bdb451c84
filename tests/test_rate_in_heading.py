"""A table whose rate is said once, at the end of its heading, caption or the line above it
without parentheses ("Trial results: events per 10,000 women-years", "Rates per 10,000
person-years."), gives its bare cells that rate, so they are judged against claims stated
per 10,000 person-years; "women-years" are person-years of women."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hrt-x-stroke
  statement: In the HORMA trial, stroke occurred at 31 per 10,000 person-years on drug X.
  subject: [HORMA trial, drug X]
  context: [stroke]
  value: {value: 31, unit: "per 10,000 person-years"}
  sources: [{citation: "HORMA 2003", quote: "31 per 10,000 person-years (drug X), 22 (placebo)"}]
  status: approved
  review_by: 2030-01-01
- id: hrt-placebo-stroke
  statement: In the HORMA trial, stroke occurred at 22 per 10,000 person-years on placebo.
  subject: [HORMA trial, drug X]
  context: [stroke]
  group: [placebo]
  value: {value: 22, unit: "per 10,000 person-years"}
  sources: [{citation: "HORMA 2003", quote: "31 per 10,000 person-years (drug X), 22 (placebo)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = "| Event | Drug X | Placebo |\n|---|---|---|\n| Stroke | {x} | {y} |"


@pytest.mark.parametrize(
    "lead",
    [
        "### HORMA trial: events per 10,000 women-years\n\n",
        "HORMA trial results. Rates per 10,000 person-years.\n\n",
        "### HORMA trial, events per 10,000 person-years\n\n",
    ],
)
def test_a_rate_at_the_end_of_a_heading(lint_text, lead: str) -> None:
    assert lint_text(lead + TABLE.format(x="31", y="22")) == {}
    assert lint_text(lead + TABLE.format(x="22", y="31")) == {
        "22": ("CC101", "hrt-x-stroke"),
        "31": ("CC101", "hrt-placebo-stroke"),
    }


def test_women_years_are_person_years(lint_text) -> None:
    found = lint_text("In the HORMA trial, those on drug X had 22 strokes per 10,000 women-years.")
    assert found == {"22 strokes per 10,000 women-years": ("CC101", "hrt-x-stroke")}


HEAT_REGISTRY = """\
- id: heat-deaths-freedonia
  statement: In summer 2022, heat killed 1,810 people in Freedonia.
  subject: [heat-related deaths, heat deaths]
  group: [Freedonia]
  value: {value: 1810, unit: deaths}
  sources: [{citation: "Heat report 2023", quote: "1,810 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: heat-death-rate-freedonia
  statement: In summer 2022, Freedonia's heat-related death rate was 295 deaths per million.
  subject: [heat-related deaths, heat deaths]
  context: [rate]
  group: [Freedonia]
  value: {value: 295, unit: "deaths per 1,000,000"}
  sources: [{citation: "Heat report 2023", quote: "295 deaths per million"}]
  status: approved
  review_by: 2030-01-01
"""

heat_text = figure_verdicts_fixture(HEAT_REGISTRY)


@pytest.mark.parametrize(
    ("header", "rate", "expected"),
    [
        ("Deaths per million", "295", {}),
        ("Deaths per million people", "295", {}),
        ("Deaths per thousand", "0.295", {}),
        ("Deaths per million", "320", {"320": ("CC101", "heat-death-rate-freedonia")}),
    ],
)
def test_a_rate_per_a_number_in_words_in_a_column_header(heat_text, header, rate, expected):
    """ "Deaths per million" heads a column of rates, not of counts: its cells are never
    judged against the count of deaths."""
    table = (
        "### Heat-related deaths, summer 2022\n\n"
        f"| Country | Deaths | {header} |\n|---|---|---|\n| Freedonia | 1,810 | {rate} |"
    )
    assert heat_text(table) == expected


ROAD_REGISTRY = """\
- id: gb-road-death-rate
  statement: In 2022 Great Britain had 25 road deaths per million inhabitants.
  subject: [road deaths, road traffic deaths]
  context: [Great Britain, "2022"]
  group: [Great Britain]
  value: {value: 25, unit: "deaths per 1,000,000"}
  sources: [{citation: "Road safety factsheet 2023", quote: "25 deaths per million"}]
  status: approved
  review_by: 2030-01-01
- id: se-road-death-rate
  statement: In 2022 Sweden had 22 road deaths per million inhabitants.
  subject: [road deaths, road traffic deaths]
  context: [Sweden, "2022"]
  group: [Sweden]
  value: {value: 22, unit: "deaths per 1,000,000"}
  sources: [{citation: "Road safety factsheet 2023", quote: "22 deaths per million"}]
  status: approved
  review_by: 2030-01-01
"""

road_text = figure_verdicts_fixture(ROAD_REGISTRY)


@pytest.mark.parametrize(
    ("gb", "se", "expected"),
    [
        ("25", "22", {}),
        (
            "22",
            "25",
            {"22": ("CC101", "gb-road-death-rate"), "25": ("CC101", "se-road-death-rate")},
        ),
    ],
)
def test_a_rate_claim_said_with_had_is_still_a_rate(road_text, gb, se, expected):
    """ "Great Britain had 25 road deaths per million" states a rate: its "had" makes it no
    count of people who have something, so the swapped cells of a "Deaths per million"
    column are conflicts."""
    table = (
        "### Road deaths in 2022\n\n| Country | Deaths per million |\n|---|---|\n"
        f"| Great Britain | {gb} |\n| Sweden | {se} |"
    )
    assert road_text(table) == expected
