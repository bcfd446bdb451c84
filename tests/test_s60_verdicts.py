"""Verdicts and frames on kinds from session 60, fixed as kinds with our own examples
(invented diseases, operations, drugs and places).

- A count said as a part of a group a figure counted before ("About 18,000 accidental deaths …
  Around 5,500 of them follow a fall", "Of these, …", "… and falls account for 9,000 of
  them") is no figure of the claim about that whole, and counts what the whole counts:
  "falls" and the deaths before name "fall deaths".
- "Of them, 45% were women": a share that opens on "them" points back as "Of these" does.
- A qualifier whose object points back ("men who have the operation", "patients who take the
  drug") narrows nothing, nor one naming whom something is commoner in ("… and is more common
  in adults who are obese").
- Adverbs of how often or how near ("patients usually stay just 1 day") narrow nothing.
- A "respectively" list's placebo arm is the trial of the drug the other item names, and its
  later figures carry on the words before the list.
- A bare number after "followed by", "ahead of", "then" takes the unit of the figure before
  it ("at 130 per 100,000 workers a year, followed by bakers at 70").
- A share of grafts, eyes, teeth, lesions or samples is no share of people, nor the other
  way round ("85% of grafts" against "88% of patients").
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

COUNT = "{{value: {}, approx: true, unit: deaths/year}}"
RATE = '{{value: {}, unit: "per 100,000"}}'
DAYS = "{{value: {}, unit: day}}"

REGISTRY = "".join(
    (
        valued_claim(
            "accident-deaths",
            "About 18,000 accidental deaths occur in Norland each year.",
            COUNT.format(18000),
            "accidental deaths, accident deaths",
            "Norland",
            measure="deaths",
        ),
        valued_claim(
            "fall-deaths",
            "About 5,500 people die after a fall in Norland each year.",
            COUNT.format(5500),
            "fall deaths, deaths from falls",
            "Norland",
            measure="deaths",
        ),
        valued_claim(
            "dasher-bites",
            "Dasher snakes bite about 7,000 people in Norland every year.",
            "{value: 7000, approx: true, unit: people/year}",
            "Dasher snake bites, Dasher snakes",
            "Norland",
        ),
        valued_claim(
            "dasher-deaths",
            "About 50 people in Norland die of Dasher snake bites every year.",
            COUNT.format(50),
            "Dasher snake bites, Dasher snakes",
            "Norland",
            measure="deaths",
        ),
        approved_claim(
            "new-donors-women",
            "Women made up 55% of new Norland blood donors in 2023.",
            55,
            "new blood donors, new donors",
            "Norland",
            group="[women]",
        ),
        valued_claim(
            "new-donors-count",
            "Norland recruited 137,000 new blood donors in 2023.",
            "{value: 137000, unit: donors}",
            "new blood donors, new donors",
            "Norland",
        ),
        approved_claim(
            "kestrel-orvin",
            "Kestrel syndrome affects 65% of men after Orvin surgery.",
            65,
            "Kestrel syndrome",
            "Orvin surgery, Orvin",
        ),
        approved_claim(
            "tarn-prevalence",
            "Tarn disease affects 2.1% of adults aged 40 to 79.",
            2.1,
            "Tarn disease",
            "adults",
        ),
        valued_claim(
            "orvin-stay",
            "The average hospital stay after Orvin surgery is 2 days.",
            DAYS.format(2),
            "hospital stay, length of stay",
            "Orvin surgery, Orvin",
        ),
        valued_claim(
            "pell-stay",
            "The average hospital stay after Pell surgery is 1 day.",
            DAYS.format(1),
            "hospital stay, length of stay",
            "Pell surgery, Pell",
        ),
        approved_claim(
            "velumab-relief",
            "62% of men taking velumab had a meaningful improvement in symptoms.",
            62,
            "velumab",
            "symptom relief",
        ),
        approved_claim(
            "velumab-relief-placebo",
            "In the velumab trial, 40% of men on placebo had a meaningful improvement in symptoms.",
            40,
            "velumab",
            "symptom relief",
            group="[placebo]",
        ),
        valued_claim(
            "kerr-asthma-sprayers",
            "Kerr asthma is reported in 130 per 100,000 paint sprayers a year.",
            RATE.format(130),
            "Kerr asthma",
            "paint sprayers, sprayers",
        ),
        valued_claim(
            "kerr-asthma-bakers",
            "Kerr asthma is reported in 70 per 100,000 bakers a year.",
            RATE.format(70),
            "Kerr asthma",
            "bakers",
        ),
        approved_claim(
            "wrenfold-patients",
            "Five years after a Wrenfold kidney transplant, 88% of patients are alive.",
            88,
            "Wrenfold kidney transplant, Wrenfold transplant",
            "kidney transplant",
            measure="survival",
        ),
        valued_claim(
            "kerr-blind-women",
            "In 2020, 2.4 million (55%) of Norland's 4.4 million people blind from Kerr disease "
            "were women.",
            "{value: 2400000, unit: people}",
            "Kerr blindness, blind from Kerr disease",
            "Norland",
            group="[women]",
        ),
        valued_claim(
            "kerr-blind-men",
            "In 2020, 2.0 million (45%) of Norland's 4.4 million people blind from Kerr disease "
            "were men.",
            "{value: 2000000, unit: people}",
            "Kerr blindness, blind from Kerr disease",
            "Norland",
            group="[men]",
        ),
        approved_claim(
            "sable-relapse-1y",
            "The risk of a Sable relapse is 11.1% one year after a first attack.",
            11.1,
            "Sable relapse, relapse of Sable fever",
            "first attack",
            timepoint="1 year",
        ),
        approved_claim(
            "sable-relapse-5y",
            "The risk of a Sable relapse is 26.4% five years after a first attack.",
            26.4,
            "Sable relapse, relapse of Sable fever",
            "first attack",
            timepoint="5 years",
        ),
        approved_claim(
            "sable-relapse-10y",
            "The risk of a Sable relapse is 39.2% ten years after a first attack.",
            39.2,
            "Sable relapse, relapse of Sable fever",
            "first attack",
            timepoint="10 years",
        ),
        approved_claim(
            "kgt-control",
            "In the Kestrel Glaucoma Trial, glaucoma progressed in 62% of untreated controls.",
            62,
            "Kestrel Glaucoma Trial, KGT",
            "glaucoma progression, untreated",
            group="[control]",
        ),
        approved_claim(
            "kgt-treated",
            "In the Kestrel Glaucoma Trial, glaucoma progressed in 45% of treated patients.",
            45,
            "Kestrel Glaucoma Trial, KGT",
            "glaucoma progression, treated",
        ),
        approved_claim(
            "orbitis-without",
            "In the Harrow study, orbitis followed 0.345% of operations done without intracameral "
            "velfuroxime.",
            0.345,
            "orbitis",
            "Harrow, without velfuroxime",
            group="[control]",
        ),
        approved_claim(
            "orbitis-with",
            "In the Harrow study, orbitis followed 0.075% of operations given intracameral "
            "velfuroxime.",
            0.075,
            "orbitis",
            "Harrow, velfuroxime, intracameral velfuroxime",
        ),
        approved_claim(
            "late-vrd-65",
            "In Norland, 4.8% of people aged 65 and over have late age-related Varrow disease.",
            4.8,
            "late age-related Varrow disease, late ARVD",
            "Norland",
            group="[65 and over]",
        ),
        approved_claim(
            "late-vrd-80",
            "In Norland, 12.2% of people aged 80 and over have late age-related Varrow disease.",
            12.2,
            "late age-related Varrow disease, late ARVD",
            "Norland",
            group="[80 and over]",
        ),
        approved_claim(
            "tarn-lifetime-women",
            "The lifetime risk of Tarn disease from age 25 is 25.1% for women.",
            25.1,
            "Tarn disease",
            "lifetime risk",
            group="[women]",
        ),
        approved_claim(
            "tarn-lifetime-men",
            "The lifetime risk of Tarn disease from age 25 is 24.7% for men.",
            24.7,
            "Tarn disease",
            "lifetime risk",
            group="[men]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("right", "figure"),
    [
        (
            "About 18,000 accidental deaths occur in Norland each year. Around 5,500 of them "
            "follow a fall.",
            "Around 9,000",
        ),
        (
            "About 18,000 accidental deaths occur in Norland each year. Of these, 5,500 are "
            "caused by falls.",
            "9,000",
        ),
    ],
)
def test_a_part_of_a_counted_group_is_no_figure_of_its_whole(lint_text, right, figure) -> None:
    assert lint_text(right) == {}
    wrong = right.replace("5,500", "9,000")
    assert lint_text(wrong) == {figure: ("CC101", "fall-deaths")}


def test_a_part_said_in_the_same_sentence_is_no_figure_of_its_whole(lint_text) -> None:
    said = (
        "About 18,000 accidental deaths occur in Norland each year, and falls account for "
        "around {} of them."
    )
    assert lint_text(said.format("5,500")) == {}
    # not accused against the whole it is a part of (its own claim is weighed below the bar)
    assert lint_text(said.format("9,000"))["around 9,000"][1] != "accident-deaths"


def test_a_part_of_another_measure_keeps_its_own_claim(lint_text) -> None:
    # the deaths among those bitten are the deaths claim's, not a part of the bites count
    text = "Dasher snakes bite about 7,000 people in Norland every year, and about 90 of them die."
    assert lint_text(text) == {"about 90": ("CC101", "dasher-deaths")}


def test_of_them_points_back_as_of_these_does(lint_text) -> None:
    before = "In 2023 Norland recruited 137,000 new blood donors."
    assert lint_text(f"{before} Of them, 55% were women.") == {}
    assert lint_text(f"{before} Of them, 45% were women.") == {"45%": ("CC101", "new-donors-women")}


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel syndrome is the commonest harm of Orvin surgery. It affects around {} of men "
        "who have the operation.",
        "After Orvin surgery, Kestrel syndrome affects around {} of men who had the procedure.",
    ],
)
def test_a_qualifier_pointing_back_narrows_nothing(lint_text, text) -> None:
    assert lint_text(text.format("65%")) == {}
    assert lint_text(text.format("10%")) == {"around 10%": ("CC101", "kestrel-orvin")}


def test_whom_something_is_commoner_in_narrows_nothing(lint_text) -> None:
    text = (
        "Tarn disease affects {} of adults aged 40 to 79 and is more common in adults who "
        "are obese."
    )
    assert lint_text(text.format("2.1%")) == {}
    assert lint_text(text.format("4.5%")) == {"4.5%": ("CC101", "tarn-prevalence")}


def test_adverbs_of_how_often_narrow_nothing(lint_text) -> None:
    right = (
        "After Orvin surgery the average hospital stay is 2 days; after Pell surgery, "
        "patients usually stay just 1 day."
    )
    assert lint_text(right) == {}
    swapped = (
        "After Orvin surgery the average hospital stay is 1 day; after Pell surgery, "
        "patients usually stay just 2 days."
    )
    assert lint_text(swapped) == {
        "1 day": ("CC101", "orvin-stay"),
        "2 days": ("CC101", "pell-stay"),
    }


def test_a_respectively_placebo_arm_is_the_named_drugs_trial(lint_text) -> None:
    text = (
        "Meaningful symptom relief was reported by {} and {} of men on velumab and placebo "
        "respectively."
    )
    assert lint_text(text.format("62%", "40%")) == {}
    assert lint_text(text.format("40%", "62%")) == {
        "40%": ("CC101", "velumab-relief"),
        "62%": ("CC101", "velumab-relief-placebo"),
    }


@pytest.mark.parametrize("joint", ["followed by", "ahead of", "then"])
def test_a_bare_number_after_followed_by_takes_the_unit_before(lint_text, joint) -> None:
    text = (
        "Kerr asthma is commonest in paint sprayers, at {} per 100,000 workers a year, "
        "{} bakers at {}."
    )
    assert lint_text(text.format(130, joint, 70)) == {}
    assert lint_text(text.format(70, joint, 130)) == {
        "70 per 100,000": ("CC101", "kerr-asthma-sprayers"),
        "130": ("CC101", "kerr-asthma-bakers"),
    }


def test_a_share_of_grafts_is_no_share_of_patients(lint_text) -> None:
    said = "Five years after a Wrenfold kidney transplant, {} of {} are alive."
    assert lint_text(said.format("88%", "patients")) == {}
    assert lint_text(said.format("70%", "patients")) == {"70%": ("CC101", "wrenfold-patients")}
    grafts = lint_text("Five years after a Wrenfold kidney transplant, 70% of grafts still work.")
    assert grafts.get("70%", ("", ""))[0] != "CC101"


def test_a_share_a_counts_statement_gives_beside_it_backs_a_page_share(lint_text) -> None:
    said = "Women made up {} of Norland's people blind from Kerr disease in 2020, and men {}."
    assert lint_text(said.format("55%", "45%")) == {}
    # never accused by it (the share is no value the claim declares), never backed swapped
    assert lint_text(said.format("45%", "55%")) == {
        "45%": ("CC102", None),
        "55%": ("CC102", None),
    }


def test_a_time_written_as_a_list_items_label_is_its_timepoint(lint_text) -> None:
    said = "Risk of relapse after a first Sable attack: 1 year, 11.1%; 5 years, {}; 10 years, {}."
    assert lint_text(said.format("26.4%", "39.2%")) == {}
    assert lint_text(said.format("39.2%", "26.4%")) == {
        "39.2%": ("CC101", "sable-relapse-5y"),
        "26.4%": ("CC101", "sable-relapse-10y"),
    }


def test_untreated_before_a_trials_name_is_the_control_arm(lint_text) -> None:
    said = "Glaucoma progressed in {} of untreated KGT patients, and in {} of treated ones."
    assert lint_text(said.format("62%", "45%")) == {}
    assert lint_text(said.format("45%", "62%")) == {
        "45%": ("CC101", "kgt-control"),
        "62%": ("CC101", "kgt-treated"),
    }


@pytest.mark.parametrize(
    "said",
    [
        "In the Harrow study, orbitis followed {} of operations done without intracameral "
        "velfuroxime.",
        "Intracameral velfuroxime was tested in the Harrow study. Without it, orbitis followed "
        "{} of operations.",
    ],
)
def test_going_without_what_a_control_claim_declares_is_that_arm(lint_text, said) -> None:
    assert lint_text(said.format("0.345%")) == {}
    assert lint_text(said.format("0.075%")) == {"0.075%": ("CC101", "orbitis-without")}


def test_a_name_said_without_its_hyphened_modifier_is_said(lint_text) -> None:
    said = (
        "Late Varrow disease is found in {} of Norland adults over 65 and in {} of those over 80."
    )
    assert lint_text(said.format("4.8%", "12.2%")) == {}
    assert lint_text(said.format("12.2%", "4.8%")) == {
        "12.2%": ("CC101", "late-vrd-65"),
        "4.8%": ("CC101", "late-vrd-80"),
    }


@pytest.mark.parametrize(
    "said",
    [
        "Women face a higher lifetime risk of Tarn disease than men, {} against {}.",
        "Women in Norland are more likely than men to get Tarn disease in their lifetime, {} "
        "against {}.",
    ],
)
def test_two_groups_compared_then_their_figures_after_a_comma_pair_in_order(
    lint_text, said
) -> None:
    assert lint_text(said.format("25.1%", "24.7%")) == {}
    assert lint_text(said.format("24.7%", "25.1%")) == {
        "24.7%": ("CC101", "tarn-lifetime-women"),
        "25.1%": ("CC101", "tarn-lifetime-men"),
    }
