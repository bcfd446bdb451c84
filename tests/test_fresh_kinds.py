"""Misreads a third fresh collection of real-world forms found on main (issue 11), each fixed
as a kind: a noun that shares a stem with a verb of change (``surgery``, ``booster``) no
longer turns a range into a change; ``once``/``twice``/``thrice`` before a period are a
frequency.

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one Markdown draft, so each expectation is what a user sees; offsets are
checked (``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

BEFORE = {"role": "before"}
AFTER = {"role": "after"}

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # a noun of another sense that shares a change verb's stem is no change word: the
    # range after it stays one interval (README "Changes")
    "noun sharing a change verb's stem": [
        (
            "Knee surgery lasts from 2 to 3 hours in most hospitals.",
            [fig("from 2 to 3 hours", 2, 3, unit="hour", role=None)],
        ),
        (
            "A surgeon's fee runs from $400 to $650 per visit.",
            [fig("from $400 to $650 per visit", 400, 650, unit="USD", role=None)],
        ),
        (
            "Boosters are given from 6 to 12 months after the first course.",
            [fig("from 6 to 12 months", 6, 12, unit="month", role=None)],
        ),
        (
            "Droplets from 5 to 10 µm settle within a metre.",
            [fig("from 5 to 10 µm", 5, 10, unit="µm", role=None)],
        ),
        (
            "Cataract surgery from £2,100 per eye at our clinic.",
            [fig("from £2,100 per eye", 2100, None, unit="GBP", comparator="from")],
        ),
        (
            "A double-blind phase lasted from 8 to 12 weeks.",
            [fig("from 8 to 12 weeks", 8, 12, unit="week", role=None)],
        ),
        # the verbs themselves still make a change
        (
            "Admissions surged from 40 to 95 a week.",
            [fig("40", 40, **BEFORE), fig("95 a week", 95, unit=None, **AFTER)],
        ),
        (
            "Her weight dropped from 92 to 80 kg.",
            [fig("92", 92, unit="kg", **BEFORE), fig("80 kg", 80, unit="kg", **AFTER)],
        ),
    ],
    # "once", "twice", "thrice" before a period are a frequency, as "3 times a day" is
    # (README "What counts"); a number word ends a counted noun
    "frequency in words": [
        (
            "Apply the gel twice daily until the rash clears.",
            [fig("twice daily", 2, unit="times/day", kind="frequency", per="day")],
        ),
        (
            "Rinse your mouth once a day with the solution.",
            [fig("once a day", 1, unit="times/day", kind="frequency")],
        ),
        (
            "The once-weekly pen replaced daily injections.",
            [fig("once-weekly", 1, unit="times/week", kind="frequency")],
        ),
        (
            "Nurses checked the wound at least twice per week.",
            [fig("at least twice per week", 2, None, unit="times/week", comparator="at least")],
        ),
        (
            "Most children need the inhaler once or twice a day.",
            [fig("once or twice a day", 1, 2, unit="times/day", kind="frequency")],
        ),
        (
            "Swallow 1 tablet thrice daily after meals.",
            [fig("1 tablet", 1, unit="tablet"), fig("thrice daily", 3, unit="times/day")],
        ),
        (
            "Take 1 capsule four times weekly with water.",
            [fig("1 capsule", 1, unit="capsule"), fig("four times weekly", 4, unit="times/week")],
        ),
        # without a period after it the word is no figure
        ("Once the fever settles, stop the tablets.", []),
        ("She was admitted twice before the diagnosis.", []),
    ],
    # a change said as a multiple: read as "halved" is, approximate (README "Relative effects
    # in words"); a change made to a dose, "doubling time" and "doubled up" are none
    "change said as a multiple": [
        (
            "Cases of the infection have tripled since the last survey.",
            [fig("tripled", 3, unit="fold", kind="multiple", approx=True)],
        ),
        (
            "Heavy drinking doubles the risk of a fall.",
            [fig("doubles", 2, unit="fold", kind="multiple", approx=True)],
        ),
        (
            "Waiting lists have more than doubled in five years.",
            [
                fig("more than doubled", 2, None, unit="fold", approx=True, li=False),
                fig("five years", 5, unit="year"),
            ],
        ),
        (
            "Prescription costs nearly trebled over the decade.",
            [fig("nearly trebled", 3, unit="fold", approx=True)],
        ),
        (
            "Screening uptake quadrupled after the text reminders.",
            [fig("quadrupled", 4, unit="fold", approx=True)],
        ),
        ("The doctor doubled the dose at the second visit.", []),
        ("He doubled over with cramps.", []),
        # the change's ends state it, and an object that is no measure is a business's news
        (
            "Clinic visits doubled from 1,200 to 2,400.",
            [fig("1,200", 1200, role="before"), fig("2,400", 2400, role="after")],
        ),
        ("The chain doubled its shop count in 2019.", []),
        # a percentage later in the sentence states the change exactly: it is the claim
        (
            "Gout cases more than doubled over 30 years, rising by 118%.",
            [fig("30 years", 30, unit="year"), fig("118%", 118, unit="percent")],
        ),
        # "over" after such a verb is the period of the change, never "more than"
        (
            "Referrals tripled over 4 years at the clinic.",
            [fig("tripled", 3, unit="fold", approx=True), fig("4 years", 4, unit="year")],
        ),
        ("Its doubling time is short in young patients.", []),
        ("He doubled up in pain.", []),
    ],
    # the people a proportion counts, named between its part and its whole (README
    # "Proportions in words")
    "proportion with its noun inside": [
        (
            "One person in four will see a counsellor this year.",
            [fig("One person in four", 0.25, unit="proportion", kind="proportion")],
        ),
        (
            "About 1 woman in 8 gets the disease in her lifetime.",
            [fig("About 1 woman in 8", 0.125, unit="proportion", approx=True)],
        ),
        (
            "Two adults out of every five do too little exercise.",
            [fig("Two adults out of every five", 0.4, unit="proportion")],
        ),
        (
            "One man in six develops the condition.",
            [fig("One man in six", 1 / 6, unit="proportion")],
        ),
        (
            "One child in every 5 is overweight by age 11.",
            [fig("One child in every 5", 0.2, unit="proportion")],
        ),
        # a year or a whole that counts something else is no proportion
        ("One patient in 2019 needed a transplant.", []),
        (
            "3 patients in 12 wards caught the infection.",
            [fig("3 patients", 3, unit="patients"), fig("12 wards", 12, unit="wards")],
        ),
    ],
    # a fraction of a scale word is an amount, not a share
    "fraction of a scale word": [
        (
            "A quarter of a million people were screened last year.",
            [fig("A quarter of a million people", 250_000, unit="people", kind="count")],
        ),
        (
            "Three-quarters of a billion dollars went on the new wards.",
            [fig("Three-quarters of a billion dollars", 7.5e8, unit="USD", kind="money")],
        ),
        (
            "About a third of a million cases were reported.",
            [fig("About a third of a million cases", 1e6 / 3, unit="cases", approx=True)],
        ),
        (
            "Half of a million adults use the app.",
            [fig("Half of a million adults", 500_000, unit="adults")],
        ),
        (
            "A quarter of patients stopped early.",
            [fig("A quarter", 0.25, unit="proportion", kind="proportion")],
        ),
    ],
    # "for every" a number of people is a rate's population; the start of a change is per
    # what its end is per
    "rates per a population": [
        (
            "There are 3.1 nurses for every 1,000 people in the county.",
            [
                fig(
                    "3.1 nurses for every 1,000 people",
                    3.1,
                    unit="nurses/1,000 people",
                    kind="rate",
                    per="1,000 people",
                )
            ],
        ),
        (
            "The trial saw 1 death for every 40 patients treated.",
            [
                fig(
                    "1 death for every 40 patients",
                    1,
                    unit="death/40 patients",
                    per="40 patients",
                    kind="rate",
                )
            ],
        ),
        (
            "Walk for 5 minutes for every 30 minutes of sitting.",
            [fig("5 minutes", 5, unit="minute"), fig("30 minutes", 30, unit="minute")],
        ),
        (
            "Stillbirths fell from 4.6 to 3.9 per 1,000 births.",
            [
                fig("4.6", 4.6, per="1,000 births", role="before"),
                fig("3.9 per 1,000 births", 3.9, per="1,000 births", role="after"),
            ],
        ),
        (
            "Rent rose from £700 to £950 a month.",
            [
                fig("£700", 700, unit="GBP", per="month", role="before"),
                fig("£950 a month", 950, unit="GBP", per="month", role="after"),
            ],
        ),
        # "a year later" says when, not per what
        (
            "Her weight went from 88 kg to 79 kg a year later.",
            [
                fig("88 kg", 88, unit="kg", role="before"),
                fig("79 kg", 79, unit="kg", role="after", per=None),
                fig("a year", 1, unit="year"),  # when, a figure as "1 year later" is
            ],
        ),
    ],
    # "degrees C" and "degrees F" spelled with the letter alone
    "temperature with a spaced letter": [
        (
            "Store the vials between 2 and 8 degrees C.",
            [fig("between 2 and 8 degrees C", 2, 8, unit="°C")],
        ),
        ("Bake the samples at 350 degrees F.", [fig("350 degrees F", 350, unit="°F")]),
        (
            "A fever is 100.4 degrees F or higher.",
            [fig("100.4 degrees F or higher", 100.4, None, unit="°F", comparator="or higher")],
        ),
        ("Turn the joint 90 degrees. C is the next step.", [fig("90 degrees", 90, unit="degree")]),
    ],
    # a plural scale word ends a counted noun: the year's would-be noun stops before it
    "number word after a noun": [
        (
            "The 1957 flu pandemic killed millions of people.",
            [fig("millions of people", 1e6, 1e7, unit="people", hi=False)],
        ),
        (
            "Our 2019 survey of clinics reached thousands of nurses.",
            [fig("thousands of nurses", 1e3, 1e4, unit="nurses", hi=False)],
        ),
    ],
    # a proportion written as an adjective, hyphenated
    "hyphenated proportion": [
        (
            "Smokers face a one-in-two chance of dying from their habit.",
            [fig("one-in-two", 0.5, unit="proportion", kind="proportion")],
        ),
        (
            "It is a 1-in-3 risk over ten years.",
            [fig("1-in-3", 1 / 3, unit="proportion"), fig("ten years", 10, unit="year")],
        ),
        (
            "Trials showed a three-out-of-four response.",
            [fig("three-out-of-four", 0.75, unit="proportion")],
        ),
        ("Try the 2-in-1 shampoo for dry scalp.", []),
    ],
    # the "always" idiom as an adjective before what can be reached
    "availability adjective": [
        ("Call our 24-hour helpline for advice.", []),
        ("The unit runs a 7-day service for urgent cases.", []),
        ("A 24-hour nurse advice line opened in May.", []),
        ("A 24-hour urine test measures protein.", [fig("24-hour", 24, unit="hour")]),
        ("Finish the 7-day course of tablets.", [fig("7-day", 7, unit="day")]),
    ],
    # million and milliard abbreviated as German, Dutch and Italian pages write them
    "scale abbreviations of other languages": [
        (
            "The clinic received € 3,9 Mio. from the region.",
            [fig("€ 3,9 Mio", 3.9e6, unit="EUR", kind="money")],
        ),
        (
            "The plan costs EUR 1,2 Mrd over ten years.",
            [fig("EUR 1,2 Mrd", 1.2e9, unit="EUR"), fig("ten years", 10, unit="year")],
        ),
        ("A budget of EUR 2.5 Mld was set.", [fig("EUR 2.5 Mld", 2.5e9, unit="EUR")]),
    ],
    # a third batch: months abbreviated, versions of an operating system,
    # reference markers, and bounds in square brackets parted by a semicolon
    "months abbreviated": [
        ("The course lasts 3 mos in total.", [fig("3 mos", 3, unit="month")]),
        ("Babies of 6 mo were weighed.", [fig("6 mo", 6, unit="month")]),
        ("Treatment ran for 18 mths.", [fig("18 mths", 18, unit="month")]),
    ],
    # a limit said with a verb states the limit's value (README "Bounds said as a maximum")
    "a limit said with a verb": [
        ("The limit is 1g/day for older adults.", [fig("1g/day", 1, unit="g/day")]),
        (
            "The detection limit is 0.5 ng/mL for this assay.",
            [fig("0.5 ng/mL", 0.5, unit="ng/mL")],
        ),
    ],
    "version and reference numbers": [
        ("The app needs iOS 17 or later.", []),
        ("It also runs on Android 14 phones.", []),
        ("This was shown in a large cohort (ref. 12).", []),
    ],
    "bounds in square brackets with a semicolon": [
        (
            "The rate ratio was 0.71 (95% CI [0.55; 0.91]) overall.",
            [
                fig(
                    "rate ratio was 0.71",  # (a rate ratio is named as a hazard ratio is)
                    0.71,
                    statistic="RR",
                    spread={"kind": "CI", "value": None, "low": 0.55, "high": 0.91, "level": 95.0},
                )
            ],
        ),
        (
            "Median stay was 5 days (IQR [3; 8]).",
            [
                fig(
                    "5 days",
                    5,
                    unit="day",
                    spread={"kind": "IQR", "value": None, "low": 3, "high": 8, "level": None},
                )
            ],
        ),
        # a semicolon in round brackets still ends the interval's part of the bracket
        (
            "Falls were rarer (OR 0.8; 95% CI 0.7-0.9).",
            [
                fig(
                    "OR 0.8",
                    0.8,
                    statistic="OR",
                    spread={"kind": "CI", "value": None, "low": 0.7, "high": 0.9, "level": 95.0},
                )
            ],
        ),
    ],
    # a fourth batch, from other extractors' bug reports
    "energy units": [
        (
            "Proton beams of 70–250 MeV are used in therapy.",
            [fig("70–250 MeV", 70, 250, unit="MeV", kind="measure")],
        ),
        (
            "Mammography uses X-rays of about 28 keV.",
            [fig("about 28 keV", 28, unit="keV", approx=True)],
        ),
    ],
    "dozen after digits": [
        ("Order 2 dozen syringes for the ward.", [fig("2 dozen syringes", 24, unit="syringes")]),
        ("The kit holds 1 dozen swabs.", [fig("1 dozen swabs", 12, unit="swabs")]),
    ],
    "verbs that pass a level": [
        (
            "Cases surpassed 3,000 in the first week.",
            [fig("surpassed 3,000", 3000, None, li=False, comparator="surpassed")],
        ),
        (
            "Waiting lists topped 7 million last year.",
            [fig("topped 7 million", 7e6, None, li=False, comparator="topped")],
        ),
    ],
    "a sign before the currency": [
        ("The trust posted a loss of -$2.45B.", [fig("-$2.45B", -2.45e9, unit="USD")]),
        ("Reserves moved by −£3m over the year.", [fig("−£3m", -3e6, unit="GBP")]),
        # a bare "each" after a price is per item (ext32)
        ("Sessions cost $40-$60 each.", [fig("$40-$60 each", 40, 60, unit="USD")]),
    ],
    "decimals said aloud": [
        (
            "The vaccine was ninety-nine point five per cent pure.",
            [fig("ninety-nine point five per cent", 99.5, unit="percent")],
        ),
        ("At one point five patients were waiting.", [fig("five patients", 5, unit="patients")]),
    ],
    # a fifth batch: ranges of multiples, the unit on one end or both
    "range of multiples": [
        (
            "The new scanner is 1.5-2x faster.",
            [fig("1.5-2x", 1.5, 2, unit="fold", kind="multiple")],
        ),
        ("Risk was 2–3x higher in smokers.", [fig("2–3x", 2, 3, unit="fold")]),
        ("Risk was 2x-3x higher in smokers.", [fig("2x-3x", 2, 3, unit="fold")]),
        (
            "Levels were 10-fold to 20-fold higher after the dose.",
            [fig("10-fold to 20-fold", 10, 20, unit="fold")],
        ),
        # a count of doses times a dose is still two figures
        (
            "Take 2 x 500 mg with food.",
            [fig("2 x", 2, unit="doses", kind="count"), fig("500 mg", 500, unit="mg")],
        ),
    ],
}


CASES = cases_by_kind(KINDS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fresh"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
