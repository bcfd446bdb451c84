"""Six kinds of reading that real pages write and the README decides (issue 11, round bug17),
each checked on its own wording through ``claimcheck extract``, offsets included:

1. a share whose clause says its period later is a rate per that period (``5.6% of patients
   die each year``), while ``within a year``, ``in a year`` and ``a year later`` say when
   (``a year later`` is a figure of its own, one year, as ``1 year later`` is);
2. a dose per day written ``/d`` is per day, as ``/day`` and ``a day`` are (``38 g/d``);
3. a hedge between a number and its noun (``Thirty or so nurses``) makes it approximate and
   keeps the noun;
4. a change whose start is a number word takes the end's unit (``from twelve to three
   weeks``);
5. a count before a dose keeps the dose form it counts (``take 2 500 mg tablets``);
6. ``doubled``/``halved`` with the change's ends after a comma adds no multiple.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

SHARES_PER_LATER_PERIOD = [
    (
        "Roughly 7% of carers give up work every year.",
        [fig("Roughly 7%", 7.0, unit="percent", approx=True, per="year", kind="percent")],
    ),
    (
        "Nearly 15% of the ward's patients fall each month.",
        [fig("Nearly 15%", 15.0, unit="percent", approx=True, per="month", kind="percent")],
    ),
    (
        "About 1.2% of people with the valve need surgery per year.",
        [fig("About 1.2%", 1.2, unit="percent", approx=True, per="year", kind="percent")],
    ),
    (
        "Some 4% of the town's adults are admitted annually.",
        [fig("Some 4%", 4.0, unit="percent", approx=True, per="year", kind="percent")],
    ),
    (
        "More than 9% of users stop the drug each week.",
        [
            fig(
                "More than 9%", 9.0, None, unit="percent", li=False, per="week",
                comparator="More than",
            )
        ],
    ),
    (
        "18% of new mothers report low mood a year.",
        [fig("18%", 18.0, unit="percent", per="year")],
    ),
    # when, not per what: no period
    (
        "Around 6% of the patients die within a year.",
        [
            fig("Around 6%", 6.0, unit="percent", approx=True, per=None),
            fig("within a year", None, 1.0, unit="year", comparator="within"),
        ],
    ),
    ("About 11% of the donors gave again in a year.", [fig("About 11%", 11.0, unit="percent",
                                                           approx=True, per=None)]),
    # (the year is a figure of its own, as "1 year later" is: session 56)
    ("Only 30% were still walking a year later.",
     [fig("30%", 30.0, unit="percent", per=None), fig("a year", 1.0, unit="year")]),
    (
        "22% of the residents had a year of follow-up.",
        [fig("22%", 22.0, unit="percent", per=None)],
    ),
    (
        "Screening rose from 40% to 55% each year.",  # a change's ends keep their roles
        [
            fig("40%", 40.0, unit="percent", role="before", per=None),
            fig("55% each year", 55.0, unit="percent", role="after", per="year"),
        ],
    ),
]  # fmt: skip

DOSES_PER_DAY = [
    ("Women need 25 g/d of fibre.", [fig("25 g/d", 25.0, unit="g/day", per="day")]),
    ("The upper limit is 4000 IU/d.", [fig("4000 IU/d", 4000.0, unit="IU/day", per="day")]),
    ("Start at 2.5 mg/d after meals.", [fig("2.5 mg/d", 2.5, unit="mg/day", per="day")]),
    ("Toddlers need 7 µg/d of vitamin D.", [fig("7 µg/d", 7.0, unit="µg/day", per="day")]),
    ("She was given 15 mg/kg/d.", [fig("15 mg/kg/d", 15.0, unit="mg/kg/day", per="day")]),
    ("Keep sodium under 100 mmol/d.", [fig("under 100 mmol/d", None, 100.0, unit="mmol/day",
                                          hi=False, per="day", comparator="under")]),
    ("Take 600 IU/day in winter.", [fig("600 IU/day", 600.0, unit="IU/day", per="day")]),
    ("Limit caffeine to 400 mg/day.", [fig("400 mg/day", 400.0, unit="mg/day", per="day")]),
    # another period, or none, is no day
    ("Infuse 20 mL/kg/h at first.", [fig("20 mL/kg/h", 20.0, unit="mL/kg/h", per=None)]),
    ("The level was 5 mg/dL.", [fig("5 mg/dL", 5.0, unit="mg/dL", per=None)]),
]  # fmt: skip

HEDGES_BEFORE_A_NOUN = [
    ("Twenty or so midwives resigned.", [fig("Twenty or so midwives", 20.0, unit="midwives",
                                            approx=True, kind="count")]),
    ("We lost 60 or so beds last winter.", [fig("60 or so beds", 60.0, unit="beds",
                                               approx=True)]),
    ("Three million or so children are exposed.", [fig("Three million or so children",
                                                      3_000_000.0, unit="children",
                                                      approx=True)]),
    ("A hundred or thereabouts families replied.", [fig("A hundred or thereabouts families",
                                                       100.0, unit="families", approx=True)]),
    ("Two thousand odd volunteers signed up.", [fig("Two thousand odd volunteers", 2000.0,
                                                   unit="volunteers", approx=True)]),
    ("Ten or so days later she was home.", [fig("Ten or so days", 10.0, unit="day",
                                               approx=True)]),
    # the hedge after the noun, or with no noun after it, is read as before
    ("It took 12 weeks or so.", [fig("12 weeks", 12.0, unit="week", approx=True)]),
    ("Cases reached a million or so.", [fig("a million", 1_000_000.0, approx=True)]),
    # "3 odd socks": after a number not round, odd is no hedge
    ("Give 3 odd doses.", [fig("3 odd doses", 3.0, unit="odd doses", approx=False)]),
]  # fmt: skip

NUMBER_WORD_CHANGE_STARTS = [
    (
        "Waits fell from eleven to four weeks.",
        [
            fig("eleven", 11.0, unit="week", role="before"),
            fig("four weeks", 4.0, unit="week", role="after"),
        ],
    ),
    (
        "Stays went from nine to six days.",
        [
            fig("nine", 9.0, unit="day", role="before"),
            fig("six days", 6.0, unit="day", role="after"),
        ],
    ),
    (
        "Uptake rose from thirty to forty-five per cent.",
        [
            fig("thirty", 30.0, unit="percent", role="before"),
            fig("forty-five per cent", 45.0, unit="percent", role="after"),
        ],
    ),
    (
        "Follow-up rose from nine to fourteen months.",
        [
            fig("nine", 9.0, unit="month", role="before"),
            fig("fourteen months", 14.0, unit="month", role="after"),
        ],
    ),
    (
        "Smokers fell from four to three million adults.",
        [
            fig("four", 4_000_000.0, unit="adults", role="before"),
            fig("three million adults", 3_000_000.0, unit="adults", role="after"),
        ],
    ),
    (
        "Night staff dropped from fourteen to nine nurses.",
        [
            fig("fourteen", 14.0, unit="nurses", role="before"),
            fig("nine nurses", 9.0, unit="nurses", role="after"),
        ],
    ),
    (
        "Night staff dropped from 14 to 9 nurses.",  # digits the same
        [
            fig("14", 14.0, unit="nurses", role="before"),
            fig("9 nurses", 9.0, unit="nurses", role="after"),
        ],
    ),
    (
        "Doses were cut from three to one capsule.",  # "one" ending a change counts
        [
            fig("three", 3.0, unit="capsule", role="before"),
            fig("one capsule", 1.0, unit="capsule", role="after"),
        ],
    ),
    ("Patients moved from one ward to another.", []),  # a lone "one" stays a determiner
    (
        "Deaths went from twelve to three.",  # no unit at either end
        [fig("twelve", 12.0, role="before"), fig("three", 3.0, role="after")],
    ),
]

COUNTS_BEFORE_A_DOSE = [
    (
        "Take 2 400 mg tablets at night.",
        [fig("2", 2.0, unit="tablets", kind="count"), fig("400 mg", 400.0, unit="mg")],
    ),
    (
        "He took 3 200 mg capsules.",
        [fig("3", 3.0, unit="capsules", kind="count"), fig("200 mg", 200.0, unit="mg")],
    ),
    (
        "Give two 250 mg tablets each time.",
        [fig("two", 2.0, unit="tablets", kind="count"), fig("250 mg", 250.0, unit="mg")],
    ),
    (
        "Use 4 500 mcg sachets.",
        [fig("4", 4.0, unit="sachets"), fig("500 mcg", 500.0, unit="µg")],
    ),
    (
        "Take 2 500 mg film-coated tablets.",
        [fig("2", 2.0, unit="tablets"), fig("500 mg", 500.0, unit="mg")],
    ),
    (
        "She applied three 25 mg patches.",
        [fig("three", 3.0, unit="patches"), fig("25 mg", 25.0, unit="mg")],
    ),
    # a grouping with no dose form after it stays one number
    ("The trial gave 2 500 mg in total.", [fig("2 500 mg", 2500.0, unit="mg")]),
    ("Take 2500 mg tablets.", [fig("2500 mg", 2500.0, unit="mg")]),
]

MULTIPLES_WHOSE_ENDS_FOLLOW = [
    (
        "Referrals doubled, from 3,100 to 6,300.",
        [fig("3,100", 3100.0, role="before"), fig("6,300", 6300.0, role="after")],
    ),
    (
        "Waiting times nearly tripled, from 6 to 17 weeks.",
        [
            fig("6", 6.0, unit="week", role="before"),
            fig("17 weeks", 17.0, unit="week", role="after"),
        ],
    ),
    (
        "Stillbirths have almost halved, from 5.1 to 2.7 per 1,000 births.",
        [
            fig("5.1", 5.1, role="before", per="1,000 births"),
            fig("2.7 per 1,000 births", 2.7, role="after", per="1,000 births"),
        ],
    ),
    (
        "Admissions halved since 2010, from 900 to 450.",
        [fig("900", 900.0, role="before"), fig("450", 450.0, role="after")],
    ),
    (
        "Costs more than doubled, from £40 to £95.",
        [
            fig("£40", 40.0, unit="GBP", role="before"),
            fig("£95", 95.0, unit="GBP", role="after"),
        ],
    ),
    # with no ends after it the multiple is the figure, as before
    (
        "The risk doubled in a decade.",
        [fig("doubled", 2.0, unit="fold", approx=True, kind="multiple")],
    ),
    (
        "Deaths halved, but cases rose from 10 to 14.",
        [
            fig("halved", 0.5, unit="proportion", approx=True),
            fig("10", 10.0, role="before"),
            fig("14", 14.0, role="after"),
        ],
    ),
]

ALL = [
    *SHARES_PER_LATER_PERIOD,
    *DOSES_PER_DAY,
    *HEDGES_BEFORE_A_NOUN,
    *NUMBER_WORD_CHANGE_STARTS,
    *COUNTS_BEFORE_A_DOSE,
    *MULTIPLES_WHOSE_ENDS_FOLLOW,
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext22"), [text for text, _ in ALL])


@pytest.mark.parametrize(("text", "expected"), SHARES_PER_LATER_PERIOD)
def test_a_share_with_its_period_later_in_the_clause_is_a_rate(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), DOSES_PER_DAY)
def test_a_dose_per_d_is_per_day(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), HEDGES_BEFORE_A_NOUN)
def test_a_hedge_before_the_noun_keeps_the_noun(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), NUMBER_WORD_CHANGE_STARTS)
def test_a_number_word_start_takes_the_end_unit(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), COUNTS_BEFORE_A_DOSE)
def test_a_count_before_a_dose_counts_its_form(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), MULTIPLES_WHOSE_ENDS_FOLLOW)
def test_a_multiple_whose_ends_follow_is_no_figure(readings, text, expected):
    assert_read_as(readings[text], text, expected)
