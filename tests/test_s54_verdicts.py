"""Verdicts on kinds from session 54, fixed as kinds with our own examples (invented claims).

- A claim about one place that nothing around the figure names (Norway's deaths, where the
  page names no place) lends no support past its sibling about the world: the figure is the
  world's, and may be wrong about it (a range wider than the world's, the country's figure
  put for the world's).
- A figure whose words name a place that a sibling claim is about is that sibling's, never
  the claim about no one place, whatever wording they share.
- Money with no period is no price per day beside a sibling priced per stay (``USD/stay``),
  as beside one priced with no unit of its own.
- A count a year is no total over years and a total to a date no count a year, where the
  claim says which only in its statement ("In 2021, …", "had been fitted … by the end of
  2021"), not in its unit.
- A figure said at a timepoint ("| Still taking it at 6 weeks | 55% |") is the sibling's
  measured then, never the claim measured at no time.
- A table's header may state its cells' scale ("People treated (millions)", "Cost (£m)",
  "Deaths ('000)"): a bare cell is read at that scale.
- Deaths by what they are ("suicides", "the suicide rate") are deaths in a claim's statement.
- A figure about an ethnic group no claim is about ("Asian women in the US" against all
  births) is unsupported, not a conflict with the whole's claim.
- "Black, White and Hispanic women … 14.6%, 9.4% and 10.1%, respectively" pairs each figure
  with its group.
- A subject name of four words or more is found with one of them said in other words
  ("died during or after cardiac surgery" for "died during and following cardiac surgery").
- People named by their nationality ("Norwegians", "Japanese patients") name their country.
"""

from __future__ import annotations

import json

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "pellow-deaths-world",
            "Worldwide, Pellow palsy kills 40,000 to 60,000 people every year.",
            "{low: 40000, high: 60000, unit: deaths/year}",
            "Pellow palsy",
            "worldwide, globally",
            group="[worldwide]",
            measure="deaths",
        ),
        valued_claim(
            "pellow-deaths-norway",
            "In Norway, Pellow palsy kills about 900 people every year.",
            "{value: 900, approx: true, unit: deaths/year}",
            "Pellow palsy",
            "Norway",
            group="[Norway]",
            measure="deaths",
        ),
        approved_claim(
            "pellow-1yr-pooled",
            "One year after a Pellow palsy diagnosis, 18% of patients have died.",
            18,
            "Pellow palsy",
            "one year, mortality",
            timepoint='"1 year"',
            measure="deaths",
        ),
        approved_claim(
            "pellow-1yr-norway",
            "Among Norwegian patients, one-year mortality after a Pellow palsy diagnosis is 9.5%.",
            9.5,
            "Pellow palsy",
            "Norway, Norwegian, one year, mortality",
            group="[Norway]",
            timepoint='"1 year"',
            measure="deaths",
        ),
        valued_claim(
            "drennick-stay-cost",
            "In the United States, the mean cost of a hospital stay for Drennick fever was $9,800.",
            "{value: 9800, unit: USD/stay}",
            "Drennick fever",
            "United States, US, hospital stay",
            group="[United States]",
            measure="cost",
        ),
        valued_claim(
            "drennick-day-cost",
            "In the United States, the mean cost per day of a hospital stay for Drennick fever "
            "was $2,100.",
            "{value: 2100, unit: USD/day}",
            "Drennick fever",
            "United States, US, hospital stay, per day",
            group="[United States]",
            measure="cost",
        ),
        approved_claim(
            "tarrow-started",
            "In Wales in 2019, 81% of patients started Tarrow therapy after diagnosis.",
            81,
            "Tarrow therapy",
            "Wales, started, initiation",
        ),
        approved_claim(
            "tarrow-6-weeks",
            "In Wales in 2019, 55% of patients were still taking Tarrow therapy at six weeks.",
            55,
            "Tarrow therapy",
            "Wales, still taking",
            timepoint='"6 weeks"',
        ),
        approved_claim(
            "tarrow-6-months",
            "In Wales in 2019, 34% of patients were still taking Tarrow therapy at six months.",
            34,
            "Tarrow therapy",
            "Wales, still taking",
            timepoint='"6 months"',
        ),
        valued_claim(
            "quellish-blind-2020",
            "In 2020, Quellish disease had blinded 3.6 million people worldwide.",
            "{value: 3600000, unit: people}",
            "Quellish disease",
            'worldwide, blind, "2020"',
        ),
        valued_claim(
            "marrow-blind-2020",
            "In 2020, Marrow keratitis had blinded 860,000 people worldwide.",
            "{value: 860000, unit: people}",
            "Marrow keratitis",
            'worldwide, blind, "2020"',
        ),
        valued_claim(
            "vell-suicide-rate",
            "In 2019 the suicide rate among people with Vell disorder was 12.6 per 100,000.",
            '{value: 12.6, unit: "per 100,000"}',
            "Vell disorder",
            'suicide rate, "2019"',
        ),
        approved_claim(
            "vell-suicide-male-share",
            "Among people with Vell disorder, men account for about 80% of suicides.",
            80,
            "Vell disorder",
            "suicides, male, men",
        ),
        approved_claim(
            "corran-us-2022",
            "In 2022, 10.4% of babies born in the United States had Corran syndrome.",
            10.4,
            "Corran syndrome",
            "United States, US",
        ),
        approved_claim(
            "corran-black-2022",
            "In 2022 the rate of Corran syndrome among babies of Black women in the US was 14.6%.",
            14.6,
            "Corran syndrome",
            "United States, US",
            group="[Black women]",
        ),
        approved_claim(
            "corran-white-2022",
            "In 2022 the rate of Corran syndrome among babies of White women in the US was 9.4%.",
            9.4,
            "Corran syndrome",
            "United States, US",
            group="[White women]",
        ),
        approved_claim(
            "corran-hispanic-2022",
            "In 2022 the rate of Corran syndrome among babies of Hispanic women in the US was "
            "10.1%.",
            10.1,
            "Corran syndrome",
            "United States, US",
            group="[Hispanic women]",
        ),
        valued_claim(
            "brenland-surgical-deaths",
            "About 45,000 patients died during and following cardiac surgery in Brenland in 2020.",
            "{value: 45000, approx: true, unit: deaths}",
            "died during and following cardiac surgery, perioperative cardiac deaths",
            'Brenland, "2020"',
        ),
        valued_claim(
            "halvex-fitted-2021",
            "In 2021, 12,400 Halvex implants were fitted in Canada.",
            "{value: 12400, unit: implants}",
            "Halvex implants, Halvex implant",
            "Canada",
            group="[Canada]",
        ),
        valued_claim(
            "halvex-fitted-total",
            "More than 150,000 Halvex implants had been fitted in Canada by the end of 2021.",
            "{low: 150000, low_inclusive: false, unit: implants}",
            "Halvex implants, Halvex implant",
            "Canada",
            group="[Canada]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_place_nothing_names_lends_no_support_past_the_world(lint_text):
    """Norway's claim agrees with a figure that names no place, but ranks below the world's:
    the figure is the world's, and wrong about it."""
    for said, figure in (
        ("Pellow palsy kills 30,000 to 70,000 people every year.", "30,000 to 70,000"),
        ("Each year Pellow palsy kills between 20,000 and 80,000 people.", "20,000 and 80,000"),
        ("Pellow palsy kills about 900 people a year.", "about 900"),
        ("Around 900 people die of Pellow palsy every year.", "Around 900"),
    ):
        found = lint_text(said)
        assert [v for k, v in found.items() if figure in k or k in figure] == [
            ("CC101", "pellow-deaths-world")
        ], (said, found)
    # a page naming the country as the claim's context does is about that country
    assert (
        lint_text("# Pellow palsy in Norway\n\nPellow palsy kills about 900 people a year.") == {}
    )
    for said in (
        "Pellow palsy kills 40,000 to 60,000 people every year.",
        "In Norway, Pellow palsy kills about 900 people a year.",
        "Around 900 Norwegians die of Pellow palsy every year.",
    ):
        assert lint_text(said) == {}, said


def test_a_place_said_is_its_sibling_claims_not_the_pooled_one(lint_text):
    """ "In Norway, 18% …" is Norway's figure (9.5%), a conflict, never the pooled 18%."""
    for said in (
        "In Norway, 18% of Pellow palsy patients die within a year.",
        "Among Norwegian patients, 18% die within a year of a Pellow palsy diagnosis.",
        "One year after a Pellow palsy diagnosis, 18% of patients in Norway have died.",
    ):
        assert lint_text(said) == {"18%": ("CC101", "pellow-1yr-norway")}, said
    for said in (
        "In Norway, 9.5% of Pellow palsy patients die within a year.",
        "18% of Pellow palsy patients die within a year.",
        "Worldwide, 18% of Pellow palsy patients die within a year of diagnosis.",
    ):
        assert lint_text(said) == {}, said


def test_money_without_a_period_is_no_price_per_day_beside_a_price_per_stay(lint_text):
    for said, figure in (
        ("In the US, treating Drennick fever in hospital costs an average of $2,100.", "$2,100"),
        ("The mean cost of a US hospital stay for Drennick fever was $2,100.", "$2,100"),
        ("A Drennick fever hospitalisation in the US costs about $2,100.", "about $2,100"),
    ):
        assert lint_text(said) == {figure: ("CC101", "drennick-stay-cost")}, said
    for said in (
        "In the US, treating Drennick fever in hospital costs an average of $9,800.",
        "In the US, a day in hospital with Drennick fever costs about $2,100.",
        "US hospital care for Drennick fever costs $2,100 per day on average.",
    ):
        assert lint_text(said) == {}, said


def test_a_count_a_year_is_no_total_and_a_total_no_count_a_year(lint_text):
    """The claims say which they are in their statements only ("In 2021, …" against "had
    been fitted … by the end of 2021"); both units are plain implants."""
    assert lint_text("Surgeons in Canada fit more than 150,000 Halvex implants a year.") == {
        "more than 150,000 Halvex implants a year": ("CC101", "halvex-fitted-2021")
    }
    assert lint_text("By the end of 2021, 12,400 Halvex implants had been fitted in Canada.") == {
        "12,400 Halvex implants": ("CC101", "halvex-fitted-total")
    }
    for said in (
        "In 2021, 12,400 Halvex implants were fitted in Canada.",
        "Canadian surgeons fitted 12,400 Halvex implants in 2021.",
        "So far, more than 150,000 Halvex implants have been fitted in Canada.",
        "By the end of 2021, over 150,000 Halvex implants had been fitted in Canada.",
    ):
        assert lint_text(said) == {}, said


def test_a_timepoint_said_is_its_sibling_claims_not_the_untimed_one(lint_text):
    table = (
        "## Tarrow therapy in Wales, 2019\n\n| Measure | Rate |\n|---|---|\n"
        "| Started Tarrow therapy | 81% |\n| Still taking it at 6 weeks | {} |\n"
        "| Still taking it at 6 months | {} |\n"
    )
    assert lint_text(table.format("55%", "34%")) == {}
    assert lint_text(table.format("34%", "55%")) == {
        "34%": ("CC101", "tarrow-6-weeks"),
        "55%": ("CC101", "tarrow-6-months"),
    }
    assert lint_text(
        "At six weeks, 81% of patients in Wales were still taking Tarrow therapy."
    ) == {"81%": ("CC101", "tarrow-6-weeks")}


def test_a_header_states_the_scale_of_its_cells(lint_text):
    for header, right, wrong in (
        ("People blind (millions)", ("3.6", "0.86"), ("36", "8.6")),
        ("People blind, in thousands", ("3,600", "860"), ("360", "86")),
        ("People blind ('000)", ("3,600", "860"), ("36", "8,600")),
    ):
        table = "## Causes of blindness, 2020\n\n| Cause | {} |\n|---|---|\n"
        table += "| Quellish disease | {} |\n| Marrow keratitis | {} |\n"
        assert lint_text(table.format(header, *right)) == {}, header
        assert lint_text(table.format(header, *wrong)) == {
            wrong[0]: ("CC101", "quellish-blind-2020"),
            wrong[1]: ("CC101", "marrow-blind-2020"),
        }, header


def _read_lows_and_units(run_cli, page) -> dict[str, tuple[float, str | None]]:
    """What ``claimcheck extract --format json`` reads from ``page``: each figure as written,
    with its low end and unit."""
    result = run_cli("extract", "--format", "json", page)
    return {
        q["text"]: (q["low"], q["unit"])
        for c in json.loads(result.stdout)["documents"][0]["claims"]
        for q in c["quantities"]
    }


def test_header_scales_in_extraction(tmp_path, run_cli):
    """What ``claimcheck extract`` reads from scaled headers; metres and rates are no scale."""
    page = tmp_path / "page.md"
    page.write_text(
        "| Region | Cost (£m) | Deaths ('000) | Height (m) | Rate (per 1,000) | Spend (US$ bn) |\n"
        "|---|---|---|---|---|---|\n"
        "| North | 3.4 | 5.5 | 1.7 | 12 | 2.1 |\n",
        encoding="utf-8",
    )
    read = _read_lows_and_units(run_cli, page)
    assert read["3.4"] == (3_400_000, "GBP")
    assert read["5.5"] == (5_500, None)
    assert read["1.7"][0] == 1.7
    assert read["12"][0] == 12
    assert read["2.1"] == (2_100_000_000, "USD")


def test_suicides_in_a_claims_statement_are_deaths(lint_text):
    assert (
        lint_text(
            "In 2019, people with Vell disorder died by suicide at a rate of 12.6 per 100,000."
        )
        == {}
    )
    assert lint_text(
        "In 2019, people with Vell disorder died by suicide at a rate of 21.6 per 100,000."
    ) == {"21.6 per 100,000": ("CC101", "vell-suicide-rate")}
    assert lint_text("Among people with Vell disorder who die by suicide, 95% are men.") == {
        "95%": ("CC101", "vell-suicide-male-share")
    }


def test_an_ethnic_group_no_claim_is_about_is_unsupported(lint_text):
    for said, figure in (
        ("For Asian women in the US, 7.9% of babies born in 2022 had Corran syndrome.", "7.9%"),
        ("Among Asian mothers in the US, 7.9% of babies had Corran syndrome in 2022.", "7.9%"),
    ):
        assert lint_text(said) == {figure: ("CC102", None)}, said


def test_a_respectively_list_of_ethnic_groups_pairs_each_figure(lint_text):
    said = (
        "In 2022, rates of Corran syndrome among babies of Black, White and Hispanic women in "
        "the US were {}, {} and {}, respectively."
    )
    assert lint_text(said.format("14.6%", "9.4%", "10.1%")) == {}
    assert lint_text(said.format("9.4%", "14.6%", "10.1%")) == {
        "9.4%": ("CC101", "corran-black-2022"),
        "14.6%": ("CC101", "corran-white-2022"),
    }
    assert lint_text(
        "Corran syndrome rates in 2022 for babies of Hispanic and White women in the US were "
        "9.4% and 10.1% respectively."
    ) == {"9.4%": ("CC101", "corran-hispanic-2022"), "10.1%": ("CC101", "corran-white-2022")}


def test_a_long_subject_name_said_with_one_word_otherwise_is_found(lint_text):
    assert (
        lint_text(
            "More than 40,000 patients died during or after cardiac surgery in Brenland in 2020."
        )
        == {}
    )
    # a name said in other words backs an agreeing figure but accuses none: the wrong one is
    # unsupported, the claim named as the closest
    assert lint_text(
        "About 60,000 patients died during or after cardiac surgery in Brenland in 2020."
    ) == {"About 60,000 patients": ("CC102", None)}
    # three words of five left out is another subject: nothing backs it
    assert lint_text("About 8,000 patients died after minor surgery in Brenland in 2020.") == {
        "About 8,000 patients": ("CC102", None)
    }


def test_a_tables_scale_stays_in_its_table(tmp_path, run_cli):
    """Two HTML tables side by side: the second's cells never read the first's headers (its
    ``(£k)`` scale made a height of 1.5 m a sum of £1,500)."""
    page = tmp_path / "page.html"
    page.write_text(
        "<h1>Costs</h1>\n<table>\n<tr><th>Item</th><th>Cost (£k)</th></tr>\n"
        "<tr><td>Hospital stay</td><td>14</td></tr>\n</table>\n<table>\n"
        "<tr><th>Item</th><th>Height (m)</th></tr>\n"
        "<tr><td>A fall from</td><td>1.5</td></tr>\n</table>\n",
        encoding="utf-8",
    )
    read = _read_lows_and_units(run_cli, page)
    assert read["14"] == (14_000, "GBP")
    assert read["1.5"][0] == 1.5 and read["1.5"][1] != "GBP"


def test_a_scaled_cells_conflict_says_how_it_was_read_and_offers_no_fix(tmp_path, run_cli):
    """The message quotes the cell as written ("36") and says the value read at its header's
    scale; no fix is offered (the source's "3.6 million" does not belong in a millions
    column)."""
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "## Causes of blindness, 2020\n\n| Cause | People blind (millions) |\n|---|---|\n"
        "| Quellish disease | 36 |\n",
        encoding="utf-8",
    )
    result = run_cli(
        "lint", "--no-cache", "--registry", folder, "--select", "CC101", "--format", "json", page
    )
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["registry_id"] == "quellish-blind-2020"
    assert finding["message"].startswith('"36" conflicts with quellish-blind-2020')
    assert finding["message"].endswith("read at its header's scale: 36,000,000")
    assert finding["fix"] is None
