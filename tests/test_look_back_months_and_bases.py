"""What a survey counts and when (issue 12): those who ever had a condition are not those who
have it now; a month of a year is not another month of it; a share among people with a
condition is no share of everyone; and a time said as "a year after" is a timepoint."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture

LOOK_BACK = (
    _claim(
        "asthma-ever-2023",
        "In 2023, 13.2% of adults in Freedonia had ever been diagnosed with asthma.",
        13.2,
        "asthma",
        'Freedonia, adults, "2023"',
    )
    + _claim(
        "asthma-current-2023",
        "In 2023, 8.1% of adults in Freedonia currently had asthma.",
        8.1,
        "asthma",
        'Freedonia, adults, "2023"',
    )
    + _claim(
        "asthma-ever-children-2023",
        "In 2023, 9.8% of children in Freedonia had ever been diagnosed with asthma.",
        9.8,
        "asthma",
        'Freedonia, children, "2023"',
    )
)
lint_look_back = figure_verdicts_fixture(LOOK_BACK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, 13.2% of Freedonian adults had ever been told they had asthma.", {}),
        ("In 2023, 8.1% of Freedonian adults had asthma at the time of the survey.", {}),
        # each look-back period is checked against its own claim, never the other's
        (
            "In 2023, 9.1% of adults in Freedonia currently had asthma.",
            {"9.1%": ("CC101", "asthma-current-2023")},
        ),
        (
            "In 2023, 8.1% of adults in Freedonia had ever had asthma.",
            {"8.1%": ("CC101", "asthma-ever-2023")},
        ),
        # where the registry holds only the other period, the figure is unsupported
        (
            "When they were interviewed in 2023, 9.8% of Freedonian children had asthma.",
            {"9.8%": ("CC102", None)},
        ),
        (
            "In 2023, 6.5% of children in Freedonia currently had asthma.",
            {"6.5%": ("CC102", None)},
        ),
        (
            "In 2023, 5.9% of Freedonian children had asthma at the time of the survey.",
            {"5.9%": ("CC102", None)},
        ),
        (
            "In 2023, 13.2% of Freedonian adults had ever had asthma and 8.1% still had it "
            "when they were interviewed.",
            {},
        ),
    ],
)
def test_ever_and_now_are_different_counts(lint_look_back, text, expected):
    assert lint_look_back(text) == expected


MONTHLY = _claim(
    "vacancy-rate-sep-2023",
    "At 30 September 2023, the nurse vacancy rate in Freedonia was 9.4%.",
    9.4,
    "nurse vacancy rate, vacancy rate",
    'Freedonia, nurses, "2023"',
) + _claim(
    "waiting-list-year",
    "Over 2023 as a whole, 38.0% of Freedonian patients waited more than 18 weeks.",
    38.0,
    "waiting list, waited",
    'Freedonia, "2023"',
)
MONTHLY += _claim(
    "bed-occupancy-q2-2023",
    "Between April and June 2023, general and acute bed occupancy in Freedonia was 93.8%.",
    93.8,
    "bed occupancy",
    'Freedonia, "2023"',
)
lint_monthly = figure_verdicts_fixture(MONTHLY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In September 2023, the nurse vacancy rate in Freedonia was 9.4%.", {}),
        (
            "In September 2023, the nurse vacancy rate in Freedonia was 4.9%.",
            {"4.9%": ("CC101", "vacancy-rate-sep-2023")},
        ),
        # another month of that year is a figure of its own
        (
            "In March 2023, the nurse vacancy rate in Freedonia was 11.2%.",
            {"11.2%": ("CC102", None)},
        ),
        (
            "By June 2023 Freedonia's nurse vacancy rate had fallen to 10.1%.",
            {"10.1%": ("CC102", None)},
        ),
        # a claim over a span of months holds each month in it, and no other
        ("In May 2023, bed occupancy in Freedonia was 93.8%.", {}),
        (
            "In March 2023, bed occupancy in Freedonia reached 95.1%.",
            {"95.1%": ("CC102", None)},
        ),
        (
            "Bed occupancy in Freedonia was 91.2% in November 2023.",
            {"91.2%": ("CC102", None)},
        ),
        # a span of months names a period, not a month: the claim's year decides
        (
            "Between January and December 2023, 38.0% of Freedonian patients waited more "
            "than 18 weeks.",
            {},
        ),
    ],
)
def test_a_month_is_not_another_month(lint_monthly, text, expected):
    assert lint_monthly(text) == expected


BASES = _claim(
    "diabetes-prevalence",
    "In Freedonia, 9.3% of adults have diabetes.",
    9.3,
    "diabetes",
    "Freedonia, adults",
)
lint_bases = figure_verdicts_fixture(BASES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, 9.3% of adults have diabetes.", {}),
        (
            "In Freedonia, diabetes affects 3.9% of adults.",
            {"3.9%": ("CC101", "diabetes-prevalence")},
        ),
        # … nor backed by a prevalence that states its value, and an opening phrase says it
        (
            "Of adults in Freedonia with diabetes, 9.3% have neuropathy.",
            {"9.3%": ("CC102", None)},
        ),
        (
            "Among Freedonian patients diagnosed with diabetes, 9.3% were admitted last year.",
            {"9.3%": ("CC102", None)},
        ),
        # a table's row says what is counted, not whom it is taken among
        (
            "Diabetes in Freedonia\n\n| Group | Share |\n|---|---|\n"
            "| Adults with diabetes | 9.3% |",
            {},
        ),
        # living with it, said as a verb, is having it
        ("Around 9.3% of adults in Freedonia live with diabetes.", {}),
        (
            "In 2023, 3.9% of adults in Freedonia were living with diabetes.",
            {"3.9%": ("CC101", "diabetes-prevalence")},
        ),
        # a share among people with the condition is no prevalence of it
        (
            "In Freedonia, 41% of adults with diabetes do not know they have it.",
            {"41%": ("CC102", None)},
        ),
        (
            "Only 18.2% of Freedonian adults living with diabetes met their treatment targets.",
            {"18.2%": ("CC102", None)},
        ),
        (
            "In Freedonia, 62% of people diagnosed with diabetes take metformin.",
            {"62%": ("CC102", None)},
        ),
    ],
)
def test_a_share_among_people_with_it_is_no_prevalence(lint_bases, text, expected):
    assert lint_bases(text) == expected


TIMES_AND_NAMES = _claim(
    "knee-pain-12-months",
    "Twelve months after knee replacement, 19.8% of Freedonian patients still had pain.",
    19.8,
    "knee replacement",
    "Freedonia, pain",
    timepoint="12 months",
) + _claim(
    "knee-pain-6-months",
    "Six months after knee replacement, 31.5% of Freedonian patients still had pain.",
    31.5,
    "knee replacement",
    "Freedonia, pain",
    timepoint="6 months",
)
TIMES_AND_NAMES += _claim(
    "implant-survival-10y",
    "In Freedonia, the 10-year survival of dental implants is 95.1%.",
    95.1,
    "dental implants, implant survival",
    "Freedonia",
    timepoint="10 years",
) + _claim(
    "implant-survival-5y",
    "In Freedonia, the 5-year survival of dental implants is 97.3%.",
    97.3,
    "dental implants, implant survival",
    "Freedonia",
    timepoint="5 years",
)
lint_times_and_names = figure_verdicts_fixture(TIMES_AND_NAMES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year after" is twelve months
        (
            "A year after knee replacement, 31.5% of Freedonian patients still had pain.",
            {"31.5%": ("CC101", "knee-pain-12-months")},
        ),
        ("A year after their knee replacement, 19.8% of patients in Freedonia had pain.", {}),
        ("A year on from knee replacement, 19.8% of Freedonian patients still had pain.", {}),
        (
            "After knee replacement, a year on, 31.5% of Freedonian patients still had pain.",
            {"31.5%": ("CC101", "knee-pain-12-months")},
        ),
        # a share "of them" stands for what the sentence named before
        (
            "Dental implants in Freedonia last: after 10 years, 59.1% of them are still in place.",
            {"59.1%": ("CC101", "implant-survival-10y")},
        ),
        (
            "Freedonian dentists fit dental implants: after 10 years, 95.1% of them survive.",
            {},
        ),
    ],
)
def test_a_time_said_in_words(lint_times_and_names, text, expected):
    assert lint_times_and_names(text) == expected
