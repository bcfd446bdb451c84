"""Verdicts and frames on kinds from session 56, fixed as kinds with our own examples
(invented claims and conditions).

- A list item's bare age label (``- 18–44: 18.9%``, ``- Under 18 — 2%``, ``<li>65+: 7%``)
  under a lead-in or heading that says the list is by age is the item's group: no figure to
  verify (no CC102 on the label), and the item's figure is judged against its own band's
  claim. Without such a lead a label is left to the finder (``- 12–15: 3 sessions``).
- A list item whose label is a time alone (``- 1 year: 41%``) is measured at that time; a
  heading's place holds for the items under a lead-in that names none.
- A clause that counts its figure by the year ("Every year about 9,000 die of it; in 2022 it
  killed 1.3 million") is any year's, not the year another clause names (unless that year
  is a projection's: "By 2050, … 1.9 million a year").
- A forecast ("by 2040, 6.3 million cases a year") is no claim of a figure said as how
  things are, even an equal one.
- A count or a sum of money over a span of time ("Over ten years, … £8.6 billion", "Two
  years in a nursing home costs £112,000") is a total, never a claim a year or a week.
- A count a day, week or month ("about 3,500 people a day") is a year's count divided by
  its days, against a claim counting one year; a payer's sum a day ("costs the NHS £23.6
  million a day") is a total each day, no one unit's cost.
"""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

from claimcheck.documents import read_document
from claimcheck.nlp.pipeline import extract_claims


def extract_claims_from_text(text: str, fmt: str, tmp_path) -> list:
    path = tmp_path / ("page.md" if fmt == "markdown" else "page.html")
    path.write_text(text, encoding="utf-8")
    [(_, claims)] = list(extract_claims([read_document(path)]))
    return claims


REGISTRY = "".join(
    (
        *(
            approved_claim(
                f"brenlow-prevalence-{band}",
                f"In Norway, {value}% of adults aged {said} have Brenlow syndrome.",
                value,
                "Brenlow syndrome",
                "Norway",
                group=f"[Norway, {said}]",
            )
            for band, said, value in (
                ("18-44", "18 to 44", 3.1),
                ("45-64", "45 to 64", 12.6),
                ("65-plus", "65 and over", 27.4),
            )
        ),
        valued_claim(
            "corvath-deaths-world-2022",
            "Corvath fever caused an estimated 1.30 million deaths worldwide in 2022.",
            "{value: 1300000, approx: true, unit: deaths}",
            "Corvath fever",
            "worldwide",
            measure="deaths",
        ),
        valued_claim(
            "corvath-deaths-norway-yearly",
            "In Norway, Corvath fever kills about 9,000 people each year.",
            "{value: 9000, approx: true, unit: deaths/year}",
            "Corvath fever",
            "deaths",
            group="[Norway]",
            measure="deaths",
        ),
        valued_claim(
            "corvath-cost-nhs",
            "Corvath fever costs the NHS about £8.6 billion a year.",
            "{value: 8600000000, approx: true, unit: GBP/year}",
            "Corvath fever",
            "NHS",
        ),
        valued_claim(
            "corvath-care-home-weekly",
            "A week in a nursing home for someone with Corvath fever costs £1,078.",
            "{value: 1078, unit: GBP/week}",
            "Corvath fever",
            "nursing home",
        ),
        valued_claim(
            "corvath-cases-world-2040",
            "By 2040, new Corvath fever cases are projected to reach 6.3 million a year.",
            "{value: 6300000, approx: true, unit: cases/year}",
            "Corvath fever",
            "worldwide, projected",
            group="[worldwide]",
        ),
        valued_claim(
            "corvath-cases-uk-yearly",
            "About 76,000 people in the UK are diagnosed with Corvath fever each year.",
            "{value: 76000, approx: true, unit: cases/year}",
            "Corvath fever",
            "UK",
            group="[UK]",
        ),
        approved_claim(
            "kestrel-bleed-velorapid",
            "In KESTREL, symptomatic bleeding within 36 hours occurred in 6.4% of patients "
            "given velorapid.",
            6.4,
            "velorapid",
            "KESTREL, bleeding",
            group="[velorapid]",
        ),
        approved_claim(
            "kestrel-bleed-placebo",
            "In KESTREL, symptomatic bleeding within 36 hours occurred in 0.6% of patients "
            "given placebo.",
            0.6,
            "velorapid",
            "KESTREL, bleeding",
            group="[placebo]",
        ),
        approved_claim(
            "kestrel-independence-velorapid",
            "In KESTREL, 49% of patients given velorapid were functionally independent at 90 days.",
            49,
            "velorapid",
            "KESTREL, functional independence, functionally independent",
            group="[velorapid]",
        ),
        approved_claim(
            "kestrel-independence-control",
            "In KESTREL, 13% of patients in the control group were functionally independent "
            "at 90 days.",
            13,
            "velorapid",
            "KESTREL, functional independence, functionally independent",
            group="[control]",
        ),
        *(
            approved_claim(
                f"quellix-{outcome}-{band}",
                f"Four doses of Quellix reduced {said} by {value}% in {who}.",
                value,
                "Quellix",
                f"four doses, {said}",
                group=f'["{ages}"]',
            )
            for outcome, said, band, who, ages, value in (
                (
                    "clinical",
                    "clinical malaria",
                    "children",
                    "children aged 5-17 months",
                    "5-17 months",
                    36,
                ),
                (
                    "severe",
                    "severe malaria",
                    "children",
                    "children aged 5-17 months",
                    "5-17 months",
                    32,
                ),
                (
                    "clinical",
                    "clinical malaria",
                    "infants",
                    "infants aged 6-12 weeks",
                    "6-12 weeks",
                    26,
                ),
            )
        ),
        valued_claim(
            "dravin-living-uk",
            "An estimated 982,000 people in the UK are living with Dravin disease.",
            "{value: 982000, approx: true, unit: people}",
            "Dravin disease",
            "living with",
            group="[UK]",
        ),
        valued_claim(
            "dravin-carers-uk",
            "Around 700,000 people in the UK act as unpaid carers for someone with Dravin disease.",
            "{value: 700000, approx: true, unit: people}",
            "Dravin disease",
            "carers",
            group="[UK]",
        ),
        valued_claim(
            "dravin-jab-staff",
            "In 2023, 49.4% of frontline healthcare workers in England had a Dravin jab.",
            "{value: 49.4, unit: percent}",
            "Dravin jab",
            "healthcare workers, staff",
            group="[England]",
        ),
        valued_claim(
            "dravin-living-world",
            "More than 101 million people worldwide live with Dravin disease.",
            "{low: 101000000, unit: people}",
            "Dravin disease",
            "living with",
            group="[worldwide]",
        ),
        valued_claim(
            "pexa-deaths-uk-yearly",
            "Pexa attacks kill around 38,000 people in the UK each year.",
            "{value: 38000, approx: true, unit: deaths/year}",
            "Pexa attack",
            "UK",
            group="[UK]",
            measure="deaths",
        ),
        valued_claim(
            "pexa-attacks-uk-yearly",
            "There are around 100,000 Pexa attacks in the UK each year.",
            "{value: 100000, approx: true, unit: attacks/year}",
            "Pexa attack",
            "UK",
            group="[UK]",
        ),
        *(
            approved_claim(
                f"tellan-survival-{place}-{years}y",
                f"In {said}, {value}% of people with Tellan syndrome survive {years} years.",
                value,
                "Tellan syndrome",
                said,
                group=f"[{said}]",
                timepoint=f"{years} years",
                measure="survival",
            )
            for place, said, years, value in (
                ("norway", "Norway", 1, 88),
                ("norway", "Norway", 5, 64),
                ("world", "worldwide", 1, 71),
                ("world", "worldwide", 5, 42),
            )
        ),
    )
)


lint_text = figure_verdicts_fixture(REGISTRY)


def test_an_age_label_under_an_age_lead_is_no_figure(lint_text):
    """Every shape of a bare age label, under every way a lead says "by age", is the item's
    group: the right list has no finding at all, a swapped pair is two conflicts and the
    labels are never reported."""
    for lead, items in (
        ("Share of adults with Brenlow syndrome in Norway, by age:", ("18–44: {a}", "45–64: {b}")),
        ("## Brenlow syndrome in Norway by age group", ("18-44 — {a}", "45 to 64: {b}")),
        ("Brenlow syndrome in Norway (age bands):", ("18–44 years: {a}", "45–64 years: {b}")),
        ("Prevalence of Brenlow syndrome in Norway by age:", ("Aged 18–44: {a}", "45-64: {b}")),
        ("### Brenlow syndrome in Norway, by age", ("18 to 44: {a}", "45 to 64 – {b}")),
    ):
        page = f"{lead}\n\n" + "".join(f"- {item}\n" for item in items) + "- 65 and older: 27.4%\n"
        right = lint_text(page.format(a="3.1%", b="12.6%"))
        assert right == {}, (page, right)
        swapped = lint_text(page.format(a="12.6%", b="3.1%"))
        assert swapped == {
            "12.6%": ("CC101", "brenlow-prevalence-18-44"),
            "3.1%": ("CC101", "brenlow-prevalence-45-64"),
        }, (page, swapped)


def test_age_labels_are_the_claims_groups_in_markdown_and_html(tmp_path):
    """The extractor keeps each label as its item's group, in a Markdown list and an HTML
    one, and reports no figure for it."""
    for text, fmt in (
        ("Share by age group:\n\n- Under 18 — 2%\n- 18–44: 3%\n- 65+: 7%\n", "markdown"),
        (
            "<h2>By age</h2><ul><li>Under 18: 2%</li><li>18-44: 3%</li><li>65+: 7%</li></ul>",
            "html",
        ),
    ):
        claims = extract_claims_from_text(text, fmt, tmp_path)
        figures = [q.text for c in claims for q in c.quantities]
        assert figures == ["2%", "3%", "7%"], (fmt, figures)
        groups = [[g.text for g in c.groups] for c in claims]
        assert groups == [["Under 18"], ["18–44" if fmt == "markdown" else "18-44"], ["65+"]], (
            groups
        )


def test_a_label_without_an_age_lead_is_left_to_the_finder(tmp_path):
    """The same shapes on a price list or under a lead about something else stay figures."""
    for text in (
        "Session packs:\n\n- 12–15: 3 sessions\n- 16–20: 5 sessions\n",
        "Results by dose:\n\n- 10–20: 3% responded\n",
    ):
        figures = [
            q.text
            for c in extract_claims_from_text(text, "markdown", tmp_path)
            for q in c.quantities
        ]
        assert figures[0] in {"12–15", "10–20"}, (text, figures)


def test_a_list_items_time_label_is_its_timepoint(lint_text):
    """``- 1 year: 88%`` is survival at one year, in words or digits, with a colon or a dash;
    the heading's place (Norway) holds under a lead-in that names none."""
    for lead in (
        "## Tellan syndrome in Norway\n\nShare of people who survive:",
        "# Tellan syndrome in Norway\n\nHow many people are alive after diagnosis:",
    ):
        for one, five in (("1 year: {a}", "5 years: {b}"), ("one year – {a}", "five years – {b}")):
            page = f"{lead}\n\n- {one}\n- {five}\n"
            right = lint_text(page.format(a="88%", b="64%"))
            assert {k: v for k, v in right.items() if "%" in k} == {}, (page, right)
            swapped = lint_text(page.format(a="64%", b="88%"))
            assert {k: v for k, v in swapped.items() if "%" in k} == {
                "64%": ("CC101", "tellan-survival-norway-1y"),
                "88%": ("CC101", "tellan-survival-norway-5y"),
            }, (page, swapped)


def test_a_clause_counted_by_the_year_takes_no_other_clauses_year(lint_text):
    """The 9,000 a year is Norway's yearly count, though the sentence names 2022 for the
    world's figure in its other clause."""
    for said in (
        "Every year about 9,000 people die of Corvath fever; in 2022 it killed 1.3 million.",
        "Each year, Corvath fever kills around 9,000 people; in 2022 it caused 1.3 million deaths.",
    ):
        assert lint_text(said) == {}, said


def test_a_forecast_is_no_claim_of_how_things_are(lint_text):
    """6.3 million a year is the 2040 projection: a page saying it happens now is not backed
    by it, and 76,000 a year is not judged against it."""
    for said in (
        "About 76,000 people are diagnosed with Corvath fever each year.",
        "In the UK, around 76,000 people are diagnosed with Corvath fever every year.",
    ):
        assert lint_text(said) == {}, said
    for said in (
        "About 6.3 million people are diagnosed with Corvath fever each year.",
        "In the UK, around 6.3 million people are diagnosed with Corvath fever every year.",
    ):
        found = lint_text(said)
        assert "6.3 million" in " ".join(found), (said, found)
        assert all(
            code != "CC101" or rid != "corvath-cases-world-2040" for code, rid in found.values()
        )
    # said as a forecast, it is the forecast's
    assert lint_text("By 2040, Corvath fever cases are expected to reach 6.3 million a year.") == {}


def test_a_total_over_a_span_of_time_is_no_claim_a_year_or_a_week(lint_text, tmp_path):
    """A sum over years or months is a total: not backed by (nor a conflict with) a claim
    priced or counted per year or week, even where it equals the yearly figure."""
    for said in (
        "Over ten years, Corvath fever costs the NHS £8.6 billion.",
        "Over five years, Corvath fever costs the NHS about £43 billion.",
        "Two years in a nursing home for someone with Corvath fever costs about £112,000.",
        "For 18 months in a nursing home, Corvath fever care costs £84,000.",
    ):
        found = {k: v for k, v in lint_text(said).items() if "£" in k}
        assert [code for code, _id in found.values()] == ["CC102"], (said, found)
    assert lint_text("Corvath fever costs the NHS about £8.6 billion a year.") == {}


def test_a_count_a_day_is_a_years_count_divided_by_its_days(lint_text):
    """1.3 million deaths in 2022 is about 3,560 a day, 25,000 a week, 108,000 a month; a
    payer's sum a day is its yearly total divided likewise."""
    for said in (
        "Corvath fever kills about 3,500 people a day.",
        "Worldwide, Corvath fever kills around 25,000 people every week.",
        "Corvath fever costs the NHS about £23.6 million a day.",
    ):
        assert lint_text(said) == {}, said
    for said in (
        "Corvath fever kills about 35,000 people a day.",
        "Corvath fever costs the NHS about £2.4 million a day.",
    ):
        found = lint_text(said)
        assert found and all(code == "CC101" for code, _id in found.values()), (said, found)


def test_notifications_of_a_disease_are_its_cases():
    """Public health counts a disease's cases as notifications ("4,850 TB notifications"):
    a count of them is a count of cases, never of deaths."""
    from claimcheck.registry.units import units_compatible

    for noun in ("TB notifications", "notifications", "measles notifications"):
        assert units_compatible(noun, "cases"), noun
        assert not units_compatible(noun, "deaths"), noun


def test_a_header_that_is_a_currencys_scale_alone_scales_its_cells(tmp_path):
    """``£ billion per year`` or ``US$ millions`` as a column header: ``8.6`` under it is
    £8.6 billion, as under ``(£ billion)``."""
    for header, cell, value, unit in (
        ("£ billion per year", "8.6", 8.6e9, "GBP"),
        ("US$ millions", "412", 412e6, "USD"),
        ("€ thousand a year", "35", 35e3, "EUR"),
        ("£m", "14.2", 14.2e6, "GBP"),
    ):
        text = f"| Cost of Brenlow syndrome | {header} |\n|---|---|\n| NHS care | {cell} |\n"
        claims = extract_claims_from_text(text, "markdown", tmp_path)
        [quantity] = [q for c in claims for q in c.quantities]
        assert (quantity.low, quantity.unit) == (value, unit), (header, quantity)


def test_arms_named_in_brackets_after_two_figures_pair_in_order(lint_text):
    """ "6.4% versus 0.6% (velorapid versus placebo)": the first figure is the drug's, the
    second the placebo's; swapped, both are conflicts."""
    for joined, arms in (
        ("versus", "velorapid versus placebo"),
        ("vs", "velorapid vs placebo"),
        ("and", "velorapid and placebo, respectively"),
    ):
        page = f"Symptomatic bleeding within 36 hours in KESTREL: {{a}} {joined} {{b}} ({arms})."
        right = lint_text(page.format(a="6.4%", b="0.6%"))
        assert right == {}, (page, right)
        swapped = lint_text(page.format(a="0.6%", b="6.4%"))
        assert {k: v[1] for k, v in swapped.items() if v[0] == "CC101"} == {
            "0.6%": "kestrel-bleed-velorapid",
            "6.4%": "kestrel-bleed-placebo",
        }, (page, swapped)


def test_standard_medical_care_is_the_control_arm(lint_text):
    for care in ("standard medical care", "best medical care", "usual care"):
        said = (
            "Functional independence at 90 days in KESTREL was 49% with velorapid "
            f"compared with 13% with {care}."
        )
        assert lint_text(said) == {}, said


def test_a_group_closing_coordinated_clauses_is_each_ones(lint_text):
    """The age bracket after the last of two parallel figures (or in a closing bracket)
    holds for both: the children's claims, not the infants'."""
    cut = "Four doses of Quellix cut clinical malaria by {} and severe malaria by 32% {}."
    for said in (
        cut.format("36%", "in children aged 5–17 months"),
        cut.format("36%", "among children 5 to 17 months"),
        "- Quellix: clinical malaria down 36% with four doses (children 5–17 months)",
    ):
        found = lint_text(said)
        assert {k: v for k, v in found.items() if "%" in k} == {}, (said, found)
    found = lint_text(cut.format("26%", "in children aged 5–17 months"))
    assert found.get("26%") == ("CC101", "quellix-clinical-children"), found
    # a clause that says it is about everyone keeps no later clause's group
    found = lint_text(cut.format("26% overall", "in children aged 5–17 months"))
    assert found.get("26%") != ("CC101", "quellix-clinical-children"), found


def test_a_sentence_pointing_back_or_answering_takes_the_place_before(lint_text):
    """ "It …", "Of these, …" or an answer after a question: the place the sentence before
    names holds for every figure of it, not only the first clause's."""
    for said in (
        "Dravin disease is common in the UK. It has no cure, and some 982,000 people live with it.",
        "Q: How many people live with Dravin disease in the UK?\nA: About 982,000 people do.",
        "How many people in the UK live with Dravin disease? Around 982,000.",
    ):
        found = lint_text(said)
        assert found == {}, (said, found)


def test_a_claim_about_carers_is_no_count_of_those_with_the_condition(lint_text):
    """A claim whose context says its people are carers is not the claim of a count of
    people who have the condition, and a count of carers is a count of people."""
    found = lint_text("Around 850,000 people in the UK have Dravin disease.")
    assert found == {"Around 850,000 people": ("CC101", "dravin-living-uk")}, found
    assert (
        lint_text("Around 700,000 unpaid carers look after people with Dravin disease in the UK.")
        == {}
    )
    found = lint_text("There are 1.4 million unpaid Dravin disease carers in the UK.")
    assert list(found.values()) == [("CC101", "dravin-carers-uk")], found


def test_new_events_said_without_death_are_no_count_of_deaths(lint_text):
    """ "… people in the UK have a Pexa attack" counts attacks: 38,000 is the deaths' figure
    put for the attacks' (a conflict with the attacks' claim), never backed by it."""
    for said in (
        "Every year, around 38,000 people in the UK have a Pexa attack.",
        "Around 38,000 people in the UK suffer a Pexa attack each year.",
    ):
        found = lint_text(said)
        assert list(found.values()) == [("CC101", "pexa-attacks-uk-yearly")], (said, found)
    for said in (
        "Pexa attacks kill around 38,000 people in the UK every year.",
        "In the UK, Pexa attacks claim around 38,000 lives a year.",
    ):
        assert lint_text(said) == {}, said


def test_a_role_said_in_any_of_a_claims_names_is_said(lint_text):
    """A context lists alternatives ("healthcare workers, staff"): a sentence naming the
    workers names the claim's people."""
    assert (
        lint_text("In 2023, 49.4% of frontline healthcare workers in England had a Dravin jab.")
        == {}
    )
    found = lint_text("In 2023, Dravin jab uptake among healthcare workers in England was 41.2%.")
    assert list(found.values()) == [("CC101", "dravin-jab-staff")], found
