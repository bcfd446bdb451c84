"""Verdicts on kinds from session 55, fixed as kinds with our own examples (invented claims).

- A country's count a year (``deaths/year``) beside the world's count in one stated year
  ("In 2021, 2.4 million people died …", unit ``deaths``) are counted alike: a figure naming
  no place is the world's, as it is beside a world claim counted per year.
- A claim whose unit leaves out what it counts (``per 100,000``) is read by its statement's
  own words for the figure ("61 new Tassel disease cases per 100,000 population"): its
  measure is cases, as its country sibling's is.
- The place a heading names ("# Halvor syndrome in Ghana") holds for the figures of the
  paragraphs under it that name none, as a list's lead holds for its items; a place the
  sentence names wins.
- A total over years counts from the year it says "since" ("more than 41,000 … since 2009",
  by the end of 2022): a figure said since that year is the total's; a clause that names
  its own year ("In 2022 alone, 3,410 …") counts that year, whatever total the sentence adds.
- An operation counted by its acronym ("3,410 KPVRs") is a count of procedures.
- A lead-in ending in a colon whose only figure is a time ("The share of people alive five
  years after a Morrow carcinoma diagnosis depends on the stage:") leads its list as a
  heading does: its items are that survival's, not the measure of a heading above it.
- "Asian people", "among Asians", "Asian patients" are an ethnic group, as health pages and
  surveys count them, not the continent ("in Asia", "Asian countries", "South Asian" stay
  places); a bare ethnic label (``- White: 58.1%``, a row ``Black``) names its group where
  the list's lead, the heading or the table's headers say the labels are ethnic groups.
- "survive at least a year", "live more than a year": a time survived, no share per year
  (which "5% die each year" is).
- "nearly" and "almost" say a figure falls short of its number: "Nearly 27,000" against a
  source of 27,332, or of "more than 27,000", is a conflict; against 26,900 or 27,000 it is
  backed (an interval rule's edge, as "over 890 million" at the source's 890 million is).
- A stage said as an ordinal ("at the third stage", "the fifth stage") or a word ("stage
  three") is that stage, for the frame and for a claim's context name ``stage 5``.
"""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "quorvane-deaths-world-2021",
            "In 2021, an estimated 2.4 million people died of Quorvane fever worldwide.",
            "{value: 2400000, unit: deaths}",
            "Quorvane fever",
            "worldwide",
            group="[worldwide]",
            measure="deaths",
        ),
        valued_claim(
            "quorvane-deaths-chile",
            "In Chile, Quorvane fever kills about 48,000 people each year.",
            "{value: 48000, approx: true, unit: deaths/year}",
            "Quorvane fever",
            "Chile",
            group="[Chile]",
            measure="deaths",
        ),
        valued_claim(
            "tassel-incidence-world-2023",
            "In 2023, there were 61 new Tassel disease cases per 100,000 population worldwide.",
            '{value: 61, unit: "per 100,000"}',
            "Tassel disease",
            "worldwide",
            group="[worldwide]",
            measure="incidence",
        ),
        valued_claim(
            "tassel-incidence-peru-2023",
            "In 2023, Peru's Tassel disease incidence was 88 new cases per 100,000 population.",
            '{value: 88, unit: "per 100,000"}',
            "Tassel disease",
            "Peru",
            group="[Peru]",
            measure="incidence",
        ),
        valued_claim(
            "halvor-living-world-2023",
            "In 2023, about 9.1 million people worldwide were living with Halvor syndrome.",
            "{value: 9100000, approx: true, unit: people}",
            "Halvor syndrome",
            "worldwide",
            group="[worldwide]",
            measure="prevalence",
        ),
        valued_claim(
            "halvor-living-ghana-2023",
            "In 2023, about 310,000 people in Ghana were living with Halvor syndrome.",
            "{value: 310000, approx: true, unit: people}",
            "Halvor syndrome",
            "Ghana",
            group="[Ghana]",
            measure="prevalence",
        ),
        valued_claim(
            "kpvr-us-2022",
            "In 2022, 3,410 KPVR procedures were performed in the United States.",
            "{value: 3410, unit: procedures}",
            "KPVR, Kessel percutaneous valve repair",
            "United States",
            group="[United States]",
        ),
        valued_claim(
            "kpvr-us-total",
            "By the end of 2022, more than 41,000 KPVR procedures had been performed in the"
            " United States since 2009.",
            "{low: 41000, low_inclusive: false, unit: procedures}",
            "KPVR, Kessel percutaneous valve repair",
            "United States",
            group="[United States]",
        ),
        *(
            approved_claim(
                f"morrow-survival-stage{stage}",
                f"{value}% of people diagnosed with Morrow carcinoma at stage {stage} survive"
                " for 5 years or more.",
                value,
                "Morrow carcinoma",
                f"stage {stage}, five-year survival",
                group=f"[stage {stage}]",
                timepoint="5 years",
            )
            for stage, value in ((1, 91.5), (2, 83.2), (3, 61.4), (4, 9.8))
        ),
        *(
            valued_claim(
                f"pellam-uptake-{name.lower()}",
                f"Pellam screening uptake was {value}% among {name} people in England.",
                f"{{value: {value}, unit: percent}}",
                "Pellam screening",
                "England",
                group=f"[{name}]",
            )
            for name, value in (("White", 58.1), ("Black", 37.4), ("Asian", 40.6))
        ),
        approved_claim(
            "morrow-survival-1yr",
            "72% of people diagnosed with Morrow carcinoma survive for at least 1 year.",
            72,
            "Morrow carcinoma",
            "one-year survival",
            timepoint="1 year",
        ),
        valued_claim(
            "vorn-transplants-2023",
            "In 2023, 27,332 Vorn grafts were performed in Chile.",
            "{value: 27332, unit: grafts}",
            "Vorn graft, Vorn grafts",
            "Chile",
            group="[Chile]",
        ),
        valued_claim(
            "vorn-affected-world",
            "More than 850 million people worldwide have Vorn disease.",
            "{low: 850000000, low_inclusive: false, unit: people}",
            "Vorn disease",
            "worldwide",
            group="[worldwide]",
        ),
        valued_claim(
            "vorn-affected-peru",
            "In Peru, about 2,900 people have Vorn disease.",
            "{value: 2900, approx: true, unit: people}",
            "Vorn disease",
            "Peru",
            group="[Peru]",
        ),
        *(
            valued_claim(
                f"tolland-egfr-stage{stage}",
                f"Stage {stage} Tolland nephropathy is an eGFR {said}.",
                value,
                "Tolland nephropathy",
                f"stage {stage}",
            )
            for stage, said, value in (
                (4, "of 15 to 29 mL/min/1.73 m2", "{low: 15, high: 29, unit: mL/min/1.73m2}"),
                (
                    5,
                    "below 15 mL/min/1.73 m2",
                    "{high: 15, high_inclusive: false, unit: mL/min/1.73m2}",
                ),
            )
        ),
        valued_claim(
            "brisk-deaths-world-2021",
            "In 2021, an estimated 1.1 million people died of Brisk fever worldwide.",
            "{value: 1100000, unit: deaths}",
            "Brisk fever",
            "deaths",
            group="[worldwide]",
            measure="deaths",
        ),
        valued_claim(
            "brisk-deaths-peru",
            "In Peru, Brisk fever kills about 9,400 people each year.",
            "{value: 9400, approx: true, unit: deaths/year}",
            "Brisk fever",
            "deaths",
            group="[Peru]",
            measure="deaths",
        ),
        *(
            approved_claim(
                f"sorrel-prevalence-{band}",
                f"In Peru, {value}% of adults aged {said} have Sorrel syndrome.",
                value,
                "Sorrel syndrome",
                "Peru",
                group=f"[Peru, {said}]",
            )
            for band, said, value in (
                ("18-44", "18 to 44", 4.8),
                ("45-64", "45 to 64", 18.9),
                ("65-plus", "65 and over", 29.2),
            )
        ),
        valued_claim(
            "pellam-uptake-england",
            "Pellam screening uptake in England was 55.3%.",
            "{value: 55.3, unit: percent}",
            "Pellam screening",
            "England",
        ),
    )
)


lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_countrys_yearly_count_and_the_worlds_one_year_count_are_counted_alike(lint_text):
    """Chile's 48,000 a year agrees with a figure naming no place, but the world's count in
    2021 is a year's count too: the figure is the world's, and wrong about it."""
    for said in (
        "Quorvane fever kills around 48,000 people every year.",
        "Each year about 48,000 people die of Quorvane fever.",
        "About 48,000 people a year die from Quorvane fever.",
    ):
        found = lint_text(said)
        assert list(found.values()) == [("CC101", "quorvane-deaths-world-2021")], (said, found)
    for said in (
        "In Chile, Quorvane fever kills around 48,000 people every year.",
        "Quorvane fever kills about 48,000 Chileans each year.",
        "Quorvane fever kills about 2.4 million people a year.",
    ):
        assert lint_text(said) == {}, said


def test_a_statements_own_words_for_its_figure_say_what_it_counts(lint_text):
    """The world's rate is written "61 new … cases per 100,000" with the unit ``per
    100,000``: it counts cases as Peru's does, so a figure naming no place is the world's."""
    for said in (
        "Tassel disease incidence stands at 88 new cases per 100,000 people.",
        "There are 88 new cases of Tassel disease per 100,000 people each year.",
    ):
        found = lint_text(said)
        assert list(found.values()) == [("CC101", "tassel-incidence-world-2023")], (said, found)
    for said in (
        "In Peru, Tassel disease incidence stands at 88 new cases per 100,000 people.",
        "Tassel disease incidence stands at 61 new cases per 100,000 people.",
    ):
        assert lint_text(said) == {}, said


def test_a_headings_place_holds_for_the_paragraphs_under_it(lint_text):
    """Under "# Halvor syndrome in Ghana" a figure naming no place is Ghana's; under a
    heading naming the world, or where the sentence names a place, it is not."""
    page = (
        "# Halvor syndrome in Ghana\n\n"
        "The country carries a heavy burden. About 310,000 people live with Halvor syndrome.\n\n"
        "## Elsewhere\n\n"
        "Worldwide, about 9.1 million people live with Halvor syndrome.\n"
    )
    assert lint_text(page) == {}
    wrong = "# Halvor syndrome in Ghana\n\nAbout 9.1 million people live with Halvor syndrome.\n"
    assert lint_text(wrong) == {"About 9.1 million people": ("CC101", "halvor-living-ghana-2023")}
    # a place the sentence names wins over the heading's
    assert (
        lint_text(
            "# Halvor syndrome in Ghana\n\n"
            "Worldwide, about 9.1 million people live with Halvor syndrome.\n"
        )
        == {}
    )


def test_a_total_since_a_year_and_a_years_own_count(lint_text):
    """The total counts from 2009: a figure said "since 2009" is the total's, right or
    wrong; the year's own count said beside the total in one sentence is the year's."""
    for said in (
        "More than 41,000 KPVR procedures have been performed in the US since 2009.",
        "More than 41,000 KPVRs have been performed in the US since 2009.",
        "In 2022 alone, 3,410 KPVRs were done in the US, adding to more than 41,000 since 2009.",
        "In the United States, 3,410 KPVRs were done in 2022.",
    ):
        assert lint_text(said) == {}, said
    found = lint_text("Since 2009, US hospitals have performed 3,410 KPVR procedures.")
    assert list(found.values()) == [("CC101", "kpvr-us-total")], found
    found = lint_text("In the United States, 41,000 KPVRs were done in 2022.")
    assert list(found.values()) == [("CC101", "kpvr-us-2022")], found


def test_a_timed_lead_in_leads_its_list(lint_text):
    """Under a question about cure, the lead-in says the items are five-year survival: each
    stage's figure is its own stage's claim, and a swapped pair is two conflicts."""
    lead = (
        "## Can Morrow carcinoma be cured?\n\n"
        "The share of people alive five years after a Morrow carcinoma diagnosis depends on"
        " the stage:\n\n"
    )
    right = "* stage 1 – 91.5%\n* stage 2 – 83.2%\n* stage 3 – 61.4%\n* stage 4 – 9.8%\n"
    found = lint_text(lead + right)
    assert {k: v for k, v in found.items() if "%" in k} == {}, found
    swapped = "* stage 1 – 83.2%\n* stage 2 – 91.5%\n* stage 3 – 61.4%\n* stage 4 – 3%\n"
    found = lint_text(lead + swapped)
    assert {k: v for k, v in found.items() if "%" in k} == {
        "83.2%": ("CC101", "morrow-survival-stage1"),
        "91.5%": ("CC101", "morrow-survival-stage2"),
        "3%": ("CC101", "morrow-survival-stage4"),
    }, found


def test_asian_people_are_an_ethnic_group_beside_others(lint_text):
    """Each group's figure is its own claim's; a swapped pair is two conflicts."""
    right = (
        "Pellam screening uptake among White people was 58.1%, compared with 37.4% among"
        " Black people and 40.6% among Asian people."
    )
    assert lint_text(right) == {}
    assert (
        lint_text(
            "Pellam screening uptake: White people 58.1%, Black people 37.4%, Asian people 40.6%."
        )
        == {}
    )
    assert lint_text("Among Asians, Pellam screening uptake was 40.6%.") == {}
    found = lint_text(
        "Pellam screening uptake was 40.6% among Black people, whereas among Asian people it"
        " was 37.4%."
    )
    assert found == {
        "40.6%": ("CC101", "pellam-uptake-black"),
        "37.4%": ("CC101", "pellam-uptake-asian"),
    }, found


def test_a_bare_ethnic_label_names_its_group_under_an_ethnic_heading(lint_text):
    """``- Black: 37.4%`` under "by ethnic group", a row ``Asian`` under "Ethnic group"."""
    listed = (
        "## Pellam screening uptake by ethnic group\n\n"
        "- White: 58.1%\n- Black: {black}\n- Asian: {asian}\n"
    )
    assert lint_text(listed.format(black="37.4%", asian="40.6%")) == {}
    found = lint_text(listed.format(black="40.6%", asian="37.4%"))
    assert found == {
        "40.6%": ("CC101", "pellam-uptake-black"),
        "37.4%": ("CC101", "pellam-uptake-asian"),
    }, found
    table = (
        "## Pellam screening in England\n\n| Ethnic group | Uptake |\n|---|---|\n"
        "| White | 58.1% |\n| Black | {black} |\n"
    )
    assert lint_text(table.format(black="37.4%")) == {}
    assert lint_text(table.format(black="58.1%")) == {"58.1%": ("CC101", "pellam-uptake-black")}
    # a label under a heading that says nothing of ethnic groups names no one
    found = lint_text("## Pellam screening results\n\n- White: 58.1%\n")
    assert found.get("58.1%", ("",))[0] != "", found


def test_a_year_survived_is_no_share_per_year(lint_text):
    for said in (
        "Of people diagnosed with Morrow carcinoma, 72% survive at least a year.",
        "About 72% of people with Morrow carcinoma live more than a year.",
        "Morrow carcinoma: 72% survive at least a year after diagnosis.",
    ):
        assert lint_text(said) == {}, said
    found = lint_text("Of people diagnosed with Morrow carcinoma, 61% survive at least a year.")
    assert list(found.values()) == [("CC101", "morrow-survival-1yr")], found


def test_nearly_says_short_of_its_number(lint_text):
    for said in (
        "In 2023, nearly 27,000 Vorn grafts were performed in Chile.",
        "Almost 27,000 Vorn grafts were done in Chile in 2023.",
    ):
        found = lint_text(said)
        assert list(found.values()) == [("CC101", "vorn-transplants-2023")], (said, found)
    found = lint_text("Nearly 850 million people worldwide have Vorn disease.")
    assert list(found.values()) == [("CC101", "vorn-affected-world")], found
    for said in (
        "In 2023, nearly 28,000 Vorn grafts were performed in Chile.",
        "In 2023, about 27,000 Vorn grafts were performed in Chile.",
        "In Peru, almost 2,900 people have Vorn disease.",  # the source's own rounded figure
        "More than 850 million people worldwide have Vorn disease.",
    ):
        assert lint_text(said) == {}, said


def test_a_stage_said_as_an_ordinal_is_that_stage(lint_text):
    for said in (
        "At the fifth stage of Tolland nephropathy, eGFR is below 15 mL/min/1.73 m².",
        "In stage five Tolland nephropathy, eGFR falls below 15 mL/min/1.73 m².",
        "At the fourth stage of Tolland nephropathy, eGFR is 15 to 29 mL/min/1.73 m².",
    ):
        assert lint_text(said) == {}, said
    found = lint_text(
        "At the fourth stage of Tolland nephropathy, eGFR is below 15 mL/min/1.73 m²."
    )
    assert list(found.values()) == [("CC101", "tolland-egfr-stage4")], found


def test_a_heading_over_a_lead_in_names_the_subject_of_every_item(lint_text):
    """ "## Morrow carcinoma" above "Share alive after five years:" above the items: every
    item's subject is the heading's, not only the first's (which the sentence before it
    reached)."""
    page = (
        "## Morrow carcinoma by stage\n\nShare of people alive five years after diagnosis:\n\n"
        "- Stage 1: {1}\n- Stage 2: {2}\n- Stage 3: {3}\n- Stage 4: 9.8%\n"
    )
    found = lint_text(page.format("", "91.5%", "83.2%", "61.4%"))
    assert {k: v for k, v in found.items() if "%" in k} == {}, found
    found = lint_text(page.format("", "91.5%", "61.4%", "83.2%"))
    assert {k: v for k, v in found.items() if "%" in k} == {
        "61.4%": ("CC101", "morrow-survival-stage2"),
        "83.2%": ("CC101", "morrow-survival-stage3"),
    }, found


def test_a_whole_the_page_states_elsewhere_leaves_the_part_its_figure(lint_text):
    """Where the page gives the world's figure too, a figure naming no place that agrees
    with the country's claim is the country's: the world's own figure is said elsewhere."""
    page = (
        "About 9,400 people die of Brisk fever each year. In 2021, Brisk fever killed"
        " 1.1 million people."
    )
    assert lint_text(page) == {}
    # the world's figure not said: the placeless figure is the world's, misstated
    found = lint_text("About 9,400 people die of Brisk fever each year.")
    assert list(found.values()) == [("CC101", "brisk-deaths-world-2021")], found


def test_scans_and_screens_are_procedures(tmp_path):
    from claimcheck.registry.units import units_compatible

    for noun in ("DXA scans", "retinal screens", "FLS assessments", "eye examinations"):
        assert units_compatible(noun, "procedures/year"), noun
    for noun in ("retinal screens", "FLS assessments", "eye examinations"):
        assert not units_compatible(noun, "deaths/year"), noun


def test_a_list_items_age_label_under_an_age_lead_is_its_group(lint_text):
    """Under "by age:", ``- 18–44: 18.9%`` is the 18–44 band's figure: a swapped pair is two
    conflicts, the right list passes."""
    page = (
        "## Sorrel syndrome in Peru\n\nShare of adults with Sorrel syndrome, by age:\n\n"
        "- 18–44: {a}\n- 45–64: {b}\n- 65 and older: 29.2%\n"
    )
    found = lint_text(page.format(a="4.8%", b="18.9%"))
    assert {k: v for k, v in found.items() if "%" in k} == {}, found
    found = lint_text(page.format(a="18.9%", b="4.8%"))
    assert {k: v for k, v in found.items() if "%" in k} == {
        "18.9%": ("CC101", "sorrel-prevalence-18-44"),
        "4.8%": ("CC101", "sorrel-prevalence-45-64"),
    }, found
