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
