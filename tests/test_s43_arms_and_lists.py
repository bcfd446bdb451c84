"""Arms of add-on trials and lists' measures read right (session 43): in "X plus chemotherapy
and chemotherapy alone", the first "chemotherapy" belongs to the combination, so it is not
read as the registry's "chemotherapy alone" (a head shared across "and"), and "chemotherapy
only" is that arm, as "chemotherapy by itself" already was; a list item that says no measure
has its heading's ("### Median progression-free survival"), and "PFS" says an event-free
survival as the words do; "the combination" (or "combination therapy", "the doublet") is the
arm of two drugs, not the single-drug comparator's."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

ADD_ON = "".join(
    (
        valued_claim(
            "orchid3-pfs-combo",
            "In ORCHID-3, median progression-free survival was 9.6 months with zelbrumab plus"
            " chemotherapy.",
            "{value: 9.6, unit: month}",
            "ORCHID-3",
            "progression-free survival",
        ),
        valued_claim(
            "orchid3-pfs-chemo",
            "In ORCHID-3, median progression-free survival was 5.1 months with placebo plus"
            " chemotherapy.",
            "{value: 5.1, unit: month}",
            "ORCHID-3",
            "progression-free survival, chemotherapy alone",
        ),
        approved_claim(
            "orchid3-response-combo",
            "In ORCHID-3, 47.9% of patients given zelbrumab plus chemotherapy had an objective"
            " response.",
            47.9,
            "ORCHID-3",
            "objective response",
        ),
        approved_claim(
            "orchid3-response-chemo",
            "In ORCHID-3, 30.2% of patients given placebo plus chemotherapy had an objective"
            " response.",
            30.2,
            "ORCHID-3",
            "objective response, chemotherapy alone",
        ),
    )
)
lint_add_on = figure_verdicts_fixture(ADD_ON)

SWAPPED_PFS = {
    "5.1": ("CC101", "orchid3-pfs-combo"),
    "9.6 months": ("CC101", "orchid3-pfs-chemo"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ORCHID-3, median progression-free survival was 9.6 and 5.1 months for zelbrumab"
            " plus chemotherapy and chemotherapy alone, respectively.",
            {},
        ),
        (
            "In ORCHID-3, median progression-free survival was 5.1 and 9.6 months for zelbrumab"
            " plus chemotherapy and chemotherapy alone, respectively.",
            SWAPPED_PFS,
        ),
        (
            "In ORCHID-3, 47.9% and 30.2% of patients had an objective response with zelbrumab"
            " plus chemotherapy and chemotherapy alone, respectively.",
            {},
        ),
        (
            "In ORCHID-3, 30.2% and 47.9% of patients had an objective response with zelbrumab"
            " plus chemotherapy and chemotherapy alone, respectively.",
            {
                "30.2%": ("CC101", "orchid3-response-combo"),
                "47.9%": ("CC101", "orchid3-response-chemo"),
            },
        ),
        (
            "In ORCHID-3, median progression-free survival was 9.6 and 5.1 months for zelbrumab"
            " with chemotherapy and chemotherapy only, respectively.",
            {},
        ),
        (
            "In ORCHID-3, median progression-free survival was 5.1 months in patients given"
            " chemotherapy only.",
            {},
        ),
        (
            "In ORCHID-3, median progression-free survival was 9.6 months in patients given"
            " chemotherapy only.",
            {"9.6 months": ("CC101", "orchid3-pfs-chemo")},
        ),
    ],
)
def test_add_on_arms(lint_add_on, text, expected):
    assert lint_add_on(text) == expected


HEADED = "".join(
    (
        ADD_ON,
        valued_claim(
            "orchid3-os-combo",
            "In ORCHID-3, median overall survival was 21.4 months with zelbrumab plus"
            " chemotherapy.",
            "{value: 21.4, unit: month}",
            "ORCHID-3",
            "overall survival",
        ),
        valued_claim(
            "orchid3-os-chemo",
            "In ORCHID-3, median overall survival was 11.3 months with placebo plus chemotherapy.",
            "{value: 11.3, unit: month}",
            "ORCHID-3",
            "overall survival, chemotherapy alone",
        ),
    )
)
lint_headed = figure_verdicts_fixture(HEADED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heading says which survival the items' figures are
        (
            "### Median progression-free survival in ORCHID-3\n\n"
            "- Zelbrumab plus chemotherapy: 9.6 months\n- Chemotherapy alone: 5.1 months",
            {},
        ),
        (
            "### Median progression-free survival in ORCHID-3\n\n"
            "- Zelbrumab plus chemotherapy: 21.4 months\n- Chemotherapy alone: 11.3 months",
            {
                "21.4 months": ("CC101", "orchid3-pfs-combo"),
                "11.3 months": ("CC101", "orchid3-pfs-chemo"),
            },
        ),
        (
            "ORCHID-3, median PFS:\n\n"
            "- with zelbrumab plus chemotherapy, 21.4 months\n- with chemotherapy alone, 5.1"
            " months",
            {"21.4 months": ("CC101", "orchid3-pfs-combo")},
        ),
        (
            "### Median overall survival in ORCHID-3\n\n"
            "- Zelbrumab plus chemotherapy: 21.4 months\n- Chemotherapy alone: 11.3 months",
            {},
        ),
        # an acronym says the survival as the words do
        (
            "In ORCHID-3, median PFS was 21.4 months with zelbrumab plus chemotherapy.",
            {"21.4 months": ("CC101", "orchid3-pfs-combo")},
        ),
        (
            "In ORCHID-3, median PFS was 9.6 months with zelbrumab plus chemotherapy.",
            {},
        ),
        # an item that says its own measure keeps it
        (
            "### ORCHID-3 at a glance\n\n"
            "- Median overall survival with zelbrumab plus chemotherapy: 21.4 months\n"
            "- Median progression-free survival with zelbrumab plus chemotherapy: 9.6 months",
            {},
        ),
    ],
)
def test_heading_measure_over_list_items(lint_headed, text, expected):
    assert lint_headed(text) == expected


ACTIVE_COMPARATOR = "".join(
    (
        approved_claim(
            "lumen2-os12-combo",
            "In LUMEN-2, 64.1% of patients given tarlizumab plus ravecitinib were alive at 12"
            " months.",
            64.1,
            "LUMEN-2",
            "overall survival, 12 months",
        ),
        approved_claim(
            "lumen2-os12-single",
            "In LUMEN-2, 51.8% of patients given sorafenib were alive at 12 months.",
            51.8,
            "LUMEN-2",
            "overall survival, sorafenib, 12 months",
        ),
        approved_claim(
            "lumen2-response-combo",
            "In LUMEN-2, 29.4% of patients given tarlizumab plus ravecitinib had an objective"
            " response.",
            29.4,
            "LUMEN-2",
            "objective response",
        ),
        approved_claim(
            "lumen2-response-single",
            "In LUMEN-2, 12.6% of patients given sorafenib had an objective response.",
            12.6,
            "LUMEN-2",
            "objective response, sorafenib",
        ),
    )
)
lint_active_comparator = figure_verdicts_fixture(ACTIVE_COMPARATOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the combination" is the arm of two drugs, not the single-drug comparator
        (
            "In LUMEN-2, 51.8% of those on the combination were alive at 12 months.",
            {"51.8%": ("CC101", "lumen2-os12-combo")},
        ),
        ("In LUMEN-2, 64.1% of those on the combination were alive at 12 months.", {}),
        (
            "In LUMEN-2, 12.6% of patients given combination therapy had an objective response.",
            {"12.6%": ("CC101", "lumen2-response-combo")},
        ),
        ("In LUMEN-2, 29.4% of patients given the doublet had an objective response.", {}),
        (
            "In LUMEN-2, 12.6% of patients on the combination had an objective response, against"
            " 29.4% on sorafenib.",
            {
                "12.6%": ("CC101", "lumen2-response-combo"),
                "29.4%": ("CC101", "lumen2-response-single"),
            },
        ),
        # the single drug's arm stays its own
        ("In LUMEN-2, 12.6% of patients given sorafenib had an objective response.", {}),
    ],
)
def test_the_combination_as_an_arm(lint_active_comparator, text, expected):
    assert lint_active_comparator(text) == expected


PROCEDURES = "".join(
    (
        approved_claim(
            "nsgct-rfs-chemo",
            "In stage I nonseminoma, two-year recurrence-free survival was 92.4% after one"
            " course of adjuvant BEP.",
            92.4,
            "nonseminoma",
            "recurrence-free survival, stage I",
        ),
        approved_claim(
            "nsgct-rfs-surgery",
            "In stage I nonseminoma, two-year recurrence-free survival was 99.1% after RPLND.",
            99.1,
            "nonseminoma",
            "recurrence-free survival, stage I",
        ),
    )
)
lint_procedures = figure_verdicts_fixture(PROCEDURES)
SWAPPED_RFS = {
    "99.1%": ("CC101", "nsgct-rfs-chemo"),
    "92.4%": ("CC101", "nsgct-rfs-surgery"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after X" names the arm where it follows a figure or opens the sentence
        (
            "In stage I nonseminoma, two-year recurrence-free survival was 99.1% and 92.4% after"
            " BEP and RPLND, respectively.",
            SWAPPED_RFS,
        ),
        (
            "In stage I nonseminoma, two-year recurrence-free survival was 92.4% and 99.1% after"
            " BEP and RPLND, respectively.",
            {},
        ),
        (
            "After RPLND for stage I nonseminoma, two-year recurrence-free survival was 92.4%.",
            {"92.4%": ("CC101", "nsgct-rfs-surgery")},
        ),
        (
            "After RPLND for stage I nonseminoma, two-year recurrence-free survival was 99.1%.",
            {},
        ),
        (
            "In stage I nonseminoma, two-year recurrence-free survival was 99.1% after BEP,"
            " against 92.4% after RPLND.",
            SWAPPED_RFS,
        ),
    ],
)
def test_arm_named_after_its_figure(lint_procedures, text, expected):
    assert lint_procedures(text) == expected


PAIRED = "".join(
    (
        approved_claim(
            "pulsar-response-combo",
            "In PULSAR, 27.3% of patients given vemab plus tocrib had an objective response.",
            27.3,
            "PULSAR",
            "objective response, vemab plus tocrib",
        ),
        approved_claim(
            "pulsar-response-single",
            "In PULSAR, 11.9% of patients given sorafenib had an objective response.",
            11.9,
            "PULSAR",
            "objective response, sorafenib",
        ),
    )
)
lint_paired = figure_verdicts_fixture(PAIRED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two arms and two figures, each pair joined by "and" around a colon: in order
        (
            "In PULSAR, objective responses with vemab plus tocrib and sorafenib: 27.3% and 11.9%.",
            {},
        ),
        (
            "In PULSAR, objective responses with vemab plus tocrib and sorafenib: 11.9% and 27.3%.",
            {
                "11.9%": ("CC101", "pulsar-response-combo"),
                "27.3%": ("CC101", "pulsar-response-single"),
            },
        ),
    ],
)
def test_arms_and_figures_paired_around_a_colon(lint_paired, text, expected):
    assert lint_paired(text) == expected
