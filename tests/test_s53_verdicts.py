"""Verdicts on forms from session 53, fixed as kinds with our own examples.

- A claim about one place ("Among Chinese women, …") beside a sibling about no place is not
  the figure's when the figure and its page name no place: the pooled claim is.
- A rate in a table cell counts those who have the condition when its row or column header
  says so ("People living with …", "Prevalence"), as it does in a sentence.
- Money with no period ("the median cost of a stay was $1,772") is not the claim of a cost
  per day beside a sibling claim of the same subject priced without a period.
- A table's label cells after the row header (a year, or a word cell right before the
  figure's column) are part of the row: "| TAVI | 2018 | €34,200 |" is TAVI's in 2018.
- "at 65 and over (17.7%) as at 50–64 (8.4%)": ages said bare after "at", each before its
  own share in brackets, are group labels (no figures), and each share is its own group's;
  the second "as" of an equative comparison divides the two clauses as "than" does.
"""

from __future__ import annotations

import json

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        approved_claim(
            "morvel-halden",
            "Under the Halden criteria, the pooled prevalence of Morvel syndrome is 10%.",
            10,
            "Morvel syndrome",
            "Halden criteria, Halden, prevalence, women",
            group="[Halden]",
        ),
        approved_claim(
            "morvel-halden-chinese",
            "Among Chinese women, the prevalence of Morvel syndrome under the Halden criteria "
            "is 5.6%.",
            5.6,
            "Morvel syndrome",
            "Chinese, China, Chinese women, Halden criteria, Halden, prevalence",
            group="[Chinese, Halden]",
        ),
        valued_claim(
            "tressa-prevalence",
            "In the United States, Tressa disease affects 98 per 100,000 people.",
            '{value: 98, unit: "per 100,000"}',
            "Tressa disease",
            "US, United States, prevalence",
            measure="prevalence",
        ),
        valued_claim(
            "tressa-incidence",
            "In the United States, 11.4 new cases of Tressa disease are diagnosed per 100,000 "
            "people each year.",
            '{value: 11.4, unit: "per 100,000"}',
            "Tressa disease",
            "US, United States, incidence, new cases",
            measure="incidence",
        ),
        valued_claim(
            "vexal-stay-cost",
            "In 2020, the median cost of a Vexal fever hospital stay was $11,267.",
            "{value: 11267, unit: USD}",
            "Vexal fever hospital stay, Vexal fever hospitalisation",
            '"2020", median, per stay',
            measure="cost",
        ),
        valued_claim(
            "vexal-day-cost",
            "In 2020, the median cost per day of Vexal fever hospital care was $1,772.",
            "{value: 1772, unit: USD/day}",
            "Vexal fever hospital stay, Vexal fever hospitalisation",
            '"2020", median, per day, cost per day',
            measure="cost",
        ),
        valued_claim(
            "corvane-claim-2016",
            "In 2016 the average claim for a Corvane implant in the Netherlands was €34,200.",
            "{value: 34200, unit: EUR}",
            "Corvane implant, Corvane",
            'Netherlands, "2016", average claim',
        ),
        valued_claim(
            "corvane-claim-2018",
            "In 2018 the average claim for a Corvane implant in the Netherlands was €35,260.",
            "{value: 35260, unit: EUR}",
            "Corvane implant, Corvane",
            'Netherlands, "2018", average claim',
        ),
        approved_claim(
            "brittle-bone-65",
            "Brittle bone disease affects 17.7% of adults aged 65 and over.",
            17.7,
            "brittle bone disease",
            "prevalence, aged 65 and over",
            group="[aged 65 and over]",
        ),
        approved_claim(
            "brittle-bone-50-64",
            "Brittle bone disease affects 8.4% of adults aged 50–64.",
            8.4,
            "brittle bone disease",
            "prevalence, aged 50–64",
            group="[aged 50–64]",
        ),
        valued_claim(
            "fume-deaths",
            "Every year at least 430 people die in the United States from accidental fume "
            "poisoning.",
            "{low: 430, unit: deaths/year}",
            "fume poisoning",
            "United States, accidental",
            measure="deaths",
        ),
        valued_claim(
            "fume-ed-visits",
            "An estimated 50,000 people in the United States visit the emergency department "
            "each year for accidental fume poisoning.",
            "{value: 50000, approx: true, unit: visits/year}",
            "fume poisoning",
            "United States, emergency department visits, accidental",
        ),
        approved_claim(
            "fume-home-share",
            "During 2001-2003, 64% of nonfatal fume exposures treated in US emergency "
            "departments occurred in homes.",
            64,
            "fume exposure, fume exposures",
            "United States, homes, nonfatal",
        ),
        valued_claim(
            "orbel-implants-adults",
            "As of December 2019, roughly 118,100 Orbel devices had been implanted in adults "
            "in the United States.",
            "{value: 118100, approx: true, unit: devices}",
            "Orbel implants, Orbel devices",
            "United States, adults",
            group="[adults]",
        ),
        valued_claim(
            "orbel-implants-yearly",
            "In 2019, 8,509 Orbel implants were placed in adults in the United States.",
            "{value: 8509, unit: implants/year}",
            "Orbel implants, Orbel devices",
            'United States, adults, "2019"',
            group="[adults]",
        ),
        approved_claim(
            "quellan-sequelae-hyper",
            "In the QUELLAN trial, sequelae at six weeks occurred in 25.0% of patients given "
            "pressurised oxygen.",
            25.0,
            "sequelae, QUELLAN trial",
            "pressurised oxygen",
            group="[pressurised oxygen]",
        ),
        approved_claim(
            "quellan-sequelae-normal",
            "In the QUELLAN trial, sequelae at six weeks occurred in 46.1% of patients given "
            "surface oxygen.",
            46.1,
            "sequelae, QUELLAN trial",
            "surface oxygen",
            group="[surface oxygen]",
        ),
        approved_claim(
            "scald-deep-mortality",
            "Among US admissions for deep scalds needing surgery, inpatient mortality is 2.6%.",
            2.6,
            "inpatient mortality, scald admissions, scalds",
            "United States, deep scalds",
            group="[deep scalds]",
        ),
        approved_claim(
            "scald-extensive-mortality",
            "Among US admissions for extensive scalds needing ventilation, inpatient mortality "
            "is 17.8%.",
            17.8,
            "inpatient mortality, scald admissions, scalds",
            "United States, extensive scalds",
            group="[extensive scalds]",
        ),
        valued_claim(
            "viper-deaths-world",
            "Around 81,410 to 137,880 people die each year because of viper bites.",
            "{low: 81410, high: 137880, unit: deaths/year}",
            "viper bite, viper bites",
            "worldwide, globally",
            group="[worldwide]",
        ),
        valued_claim(
            "viper-deaths-india",
            "India had an average of 58,000 viper bite deaths a year from 2000 to 2019.",
            "{value: 58000, unit: deaths/year}",
            "viper bite, viper bite deaths, viper bites",
            "India",
            group="[India]",
        ),
        approved_claim(
            "nacet-vomiting-12h",
            "In the NACET trial, vomiting at 2 hours occurred in 36.1% of patients given the "
            "12-hour regimen.",
            36.1,
            "NACET trial, NACET, vomiting",
            "acetylcysteine",
            group="[12-hour regimen]",
            timepoint="2 hours",
        ),
        approved_claim(
            "nacet-vomiting-21h",
            "In the NACET trial, vomiting at 2 hours occurred in 65.1% of patients given the "
            "21-hour regimen.",
            65.1,
            "NACET trial, NACET, vomiting",
            "acetylcysteine",
            group="[21-hour regimen]",
            timepoint="2 hours",
        ),
        valued_claim(
            "calmadol-max-daily",
            "The maximum dose of Calmadol for adults is 4 g in 24 hours.",
            "{high: 4, unit: g/day}",
            "Calmadol",
            "adults, maximum dose",
        ),
        approved_claim(
            "nutfree-allergy-children",
            "Nutfree allergy affects 1.4% of children worldwide.",
            1.4,
            "Nutfree allergy",
            "children, worldwide",
            measure="prevalence",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_claim_about_one_place_is_not_the_pooled_figure(lint_text):
    for said in (
        "Morvel syndrome prevalence is 6% by the Halden criteria.",
        "By the Halden criteria, 6% of women have Morvel syndrome.",
    ):
        assert lint_text(said) == {"6%": ("CC101", "morvel-halden")}, said
    assert lint_text("Under the Halden criteria, about 6% of women have Morvel syndrome.") == {
        "about 6%": ("CC101", "morvel-halden")
    }
    assert lint_text("Morvel syndrome prevalence is 10% by the Halden criteria.") == {}
    # the place said: the place's claim
    assert (
        lint_text("Among Chinese women, Morvel syndrome prevalence is 6% by the Halden criteria.")
        == {}
    )


TRESSA_TABLE_HTML = """<table>
<caption>Tressa disease in the United States</caption>
<tr><th>Measure</th><th>Per 100,000 people</th></tr>
<tr><td>{first}</td><td>{a}</td></tr>
<tr><td>{second}</td><td>{b}</td></tr>
</table>"""
TRESSA_TABLE_MD = """### Tressa disease in the United States

| Measure | Per 100,000 people |
|---|---|
| {first} | {a} |
| {second} | {b} |"""


def test_a_rate_whose_row_says_living_with_counts_those_who_have_it(lint_text):
    for table in (TRESSA_TABLE_HTML, TRESSA_TABLE_MD):
        for first, second in (
            ("People living with Tressa disease", "New diagnoses each year"),
            ("Prevalence", "New cases a year"),
            ("Living with Tressa disease", "Newly diagnosed each year"),
        ):
            swapped = table.format(first=first, second=second, a="11.4", b="98")
            assert lint_text(swapped) == {
                "11.4": ("CC101", "tressa-prevalence"),
                "98": ("CC101", "tressa-incidence"),
            }, (first, second, table[:5])
            right = table.format(first=first, second=second, a="98", b="11.4")
            assert lint_text(right) == {}, (first, second, table[:5])


def test_money_without_a_period_is_not_a_cost_per_day(lint_text):
    for said in (
        "The median cost of a Vexal fever hospital stay in 2020 was $1,772.",
        "In 2020 a Vexal fever hospital stay had a median cost of $1,772.",
        "A Vexal fever hospitalisation cost a median $1,772 in 2020.",
    ):
        assert lint_text(said) == {"$1,772": ("CC101", "vexal-stay-cost")}, said
    assert lint_text("The median cost of a Vexal fever hospital stay in 2020 was $11,267.") == {}
    # a period said: the day's cost
    assert lint_text("In 2020 Vexal fever hospital care cost a median $1,772 a day.") == {}
    assert lint_text("A Vexal fever hospital stay cost a median $1,772 per day in 2020.") == {}


def test_a_year_cell_after_the_row_header_is_the_rows_year(lint_text):
    table = """| Procedure | Year | Average claim in the Netherlands |
|---|---|---|
| Corvane implant | 2016 | {a} |
| Corvane implant | 2018 | {b} |"""
    assert lint_text(table.format(a="€35,260", b="€34,200")) == {
        "€35,260": ("CC101", "corvane-claim-2016"),
        "€34,200": ("CC101", "corvane-claim-2018"),
    }
    assert lint_text(table.format(a="€34,200", b="€35,260")) == {}
    html = (
        "<table><tr><th>Procedure</th><th>Year</th><th>Average claim in the Netherlands</th></tr>"
        "<tr><td>Corvane implant</td><td>2016</td><td>{a}</td></tr>"
        "<tr><td>Corvane implant</td><td>2018</td><td>{b}</td></tr></table>"
    )
    assert lint_text(html.format(a="€35,260", b="€34,200")) == {
        "€35,260": ("CC101", "corvane-claim-2016"),
        "€34,200": ("CC101", "corvane-claim-2018"),
    }
    assert lint_text(html.format(a="€34,200", b="€35,260")) == {}


def test_bare_ages_before_bracketed_shares_are_each_shares_group(lint_text):
    for pattern, fold in (
        ("Brittle bone disease is about twice as common at 65 and over ({a}) as at 50–64 ({b}).",
         "about twice"),
        ("Brittle bone disease is more common at 65 and over ({a}) than at 50–64 ({b}).", None),
        ("Brittle bone disease is twice as common at 65 or older ({a}) as at 50–64 ({b}).",
         "twice"),
    ):  # fmt: skip
        extra = {fold: ("CC102", None)} if fold else {}  # (no claim of the ratio)
        assert lint_text(pattern.format(a="17.7%", b="8.4%")) == extra, pattern
        assert lint_text(pattern.format(a="8.4%", b="17.7%")) == {
            "8.4%": ("CC101", "brittle-bone-65"),
            "17.7%": ("CC101", "brittle-bone-50-64"),
            **extra,
        }, pattern


def test_emergency_visits_are_neither_deaths_nor_admissions(lint_text):
    for said in (
        "Every year in the US, fume poisoning kills at least 430 people and sends about 50,000 "
        "to emergency departments.",
        "In the United States about 50,000 people visit an emergency department each year with "
        "fume poisoning, and at least 430 die of it.",
        "Accidental fume poisoning kills at least 430 Americans a year; about 50,000 more are "
        "treated in US emergency departments.",
    ):
        assert lint_text(said) == {}, said
    # cases treated in emergency departments are its visits: a share of cases is the claim's
    said = "Home exposures made up {} of nonfatal fume exposure cases in 2001–2003."
    assert lint_text(said.format("64%")) == {}
    assert lint_text(said.format("73%")) == {"73%": ("CC101", "fume-home-share")}
    # the death count said as the visits' is a conflict with the visits' claim
    said = "Every year in the US, fume poisoning sends about 430 people to emergency departments."
    assert lint_text(said) == {"about 430 people": ("CC101", "fume-ed-visits")}


def test_a_total_to_a_date_is_no_yearly_count(lint_text):
    for said in (
        "About 118,100 Orbel implants had been placed in US adults by the end of 2019.",
        "By December 2019, roughly 118,100 Orbel implants had gone to US adults.",
        "Roughly 118,100 Orbel implants have been placed in US adults so far.",
    ):
        assert lint_text(said) == {}, said
    assert lint_text(
        "About 65,000 Orbel implants had been placed in US adults by the end of 2019."
    ) == {"About 65,000 Orbel implants": ("CC101", "orbel-implants-adults")}
    # a year's count is the yearly claim's
    assert lint_text("In 2019, 8,509 Orbel implants were placed in US adults.") == {}
    assert lint_text("In 2019, 9,200 Orbel implants were placed in US adults.") == {
        "9,200 Orbel implants": ("CC101", "orbel-implants-yearly")
    }


def test_a_later_clause_naming_its_arm_is_that_arms_figure(lint_text):
    pattern = (
        "In the QUELLAN trial, sequelae at six weeks were found in {a} of the pressurised oxygen "
        "group versus {b} of the surface group."
    )
    assert lint_text(pattern.format(a="25.0%", b="46.1%")) == {}
    swapped = lint_text(pattern.format(a="46.1%", b="25.0%"))
    assert swapped["46.1%"] == ("CC101", "quellan-sequelae-hyper")
    assert swapped["25.0%"] == ("CC101", "quellan-sequelae-normal")


def test_a_respectively_lists_other_modifier_does_not_narrow(lint_text):
    pattern = (
        "Deep scalds and extensive scalds carry inpatient mortalities of {a} and {b}, respectively."
    )
    assert lint_text(pattern.format(a="2.6%", b="17.8%")) == {}
    assert lint_text(pattern.format(a="17.8%", b="2.6%")) == {
        "17.8%": ("CC101", "scald-deep-mortality"),
        "2.6%": ("CC101", "scald-extensive-mortality"),
    }


def test_a_figure_naming_no_place_is_the_worlds_not_one_countrys(lint_text):
    said = "About 40,000 people die of viper bites every year, according to WHO estimates."
    assert lint_text(said) == {"About 40,000 people": ("CC101", "viper-deaths-world")}
    assert lint_text("In India, about 58,000 people die of viper bites every year.") == {}
    assert lint_text("In India, about 90,000 people die of viper bites every year.") == {
        "about 90,000 people": ("CC101", "viper-deaths-india")
    }


def test_a_time_said_with_at_is_no_arms_course(lint_text):
    said = "The NACET trial tested a shorter 12-hour regimen. It cut vomiting at 2 hours to {}."
    assert "36.1%" not in lint_text(said.format("36.1%"))
    assert lint_text(said.format("30.1%"))["30.1%"] == ("CC101", "nacet-vomiting-12h")


def test_a_limit_stated_at_another_value_is_a_conflict(lint_text):
    for said, figure in (
        ("The adult maximum for Calmadol is 400 mg a day.", "400 mg a day"),
        ("Adults can take a maximum of 3 g of Calmadol a day.", "a maximum of 3 g"),
        (
            "The maximum daily dose of Calmadol for adults is 6 g.",
            "maximum daily dose of Calmadol for adults is 6 g",
        ),
    ):
        assert lint_text(said) == {figure: ("CC101", "calmadol-max-daily")}, said
    for said in (
        "The adult maximum for Calmadol is 4 g a day.",
        "Adults can take a maximum of 4 g of Calmadol a day.",
    ):
        assert lint_text(said) == {}, said


def test_a_days_maximum_keeps_its_own_period_beside_a_doses_schedule(lint_text):
    said = "Adults take 1 g of Calmadol up to four times a day, a maximum of {} a day."
    assert lint_text(said.format("4 g")) == {}
    assert lint_text(said.format("6 g")) == {
        "a maximum of 6 g a day": ("CC101", "calmadol-max-daily")
    }


def test_two_bare_age_brackets_before_bracketed_shares_are_a_ladder(lint_text):
    found = lint_text("Brittle bone disease is more common at 50–64 (2.0%) than at 35–49 (1.1%).")
    assert found["2.0%"] == ("CC101", "brittle-bone-50-64")
    assert "50–64" not in found and "35–49" not in found  # group labels, no figures
    found = lint_text(
        "Brittle bone disease is more common at 50 to 64 (8.4%) than at 35 to 49 (1.1%)."
    )
    assert "8.4%" not in found and "50 to 64" not in found and "35 to 49" not in found


def test_a_share_whose_condition_resolved_is_no_prevalence(lint_text):
    for said in (
        "Nutfree allergy resolves in about 20% of children.",
        "About 20% of children outgrow their nutfree allergy.",
        "Nutfree allergy resolved by school age in 20% of children.",
    ):
        assert lint_text(said) == {
            [f for f in ("about 20%", "About 20%", "20%") if f in said][0]: ("CC102", None)
        }, said
    assert lint_text("Nutfree allergy affects about 20% of children.") == {
        "about 20%": ("CC101", "nutfree-allergy-children")
    }


def test_a_count_in_brackets_after_what_it_counts_stays_a_figure(tmp_path, run_cli):
    """A registration number in brackets follows a name or its word ("Heart Trust
    (1183456)"); a source's list of counts ("stomach cancers (769000)") keeps its figures."""
    page = tmp_path / "page.md"
    page.write_text(
        "The most common causes of cancer death were lung (1.79 million deaths), liver "
        "(830000) and stomach cancers (769000). Heart Trust (1183456) runs the helpline.\n",
        encoding="utf-8",
    )
    result = run_cli("extract", "--format", "json", page)
    texts = [
        q["text"]
        for c in json.loads(result.stdout)["documents"][0]["claims"]
        for q in c["quantities"]
    ]
    assert "830000" in texts and "769000" in texts
    assert "1183456" not in texts
