"""Kinds that news and health pages write and the extractor used to miss or misread (issue 11,
found on the NewsQuant benchmark, tested here with sentences of our own): vague orders of
magnitude, small spelled-out counts of concrete things, years of an era, scores, amounts
that look like years, metres written ``m``, scale letters before a counted noun, the pound
sign as ASCII transliteration writes it, and fluid ounces.

Each case is one paragraph of one draft, all extracted in one ``claimcheck extract --format
json`` run; each expected figure gives its interval, inclusivity, approximation and unit, and
its offsets are checked (``text == file[start:end]``, ``start`` where the surface stands).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # an order of magnitude: [N, 10N), the top left out
    "vague plural": [
        (
            "Thousands of patients joined the registry.",
            [fig("Thousands of patients", 1000, 10000, unit="patients", hi=False)],
        ),
        (
            "The scheme saves tens of thousands of dollars a year.",
            [fig("tens of thousands of dollars a year", 1e4, 1e5, unit="USD", hi=False)],
        ),
        (
            "Dozens of clinics closed last winter.",
            [fig("Dozens of clinics", 12, 120, unit="clinics", hi=False)],
        ),
        (
            "Smoke can travel hundreds of miles.",
            [fig("hundreds of miles", 100, 1000, unit="mile", hi=False)],
        ),
        (
            "Hundreds of thousands of deaths are preventable.",
            [fig("Hundreds of thousands of deaths", 1e5, 1e6, unit="deaths", hi=False)],
        ),
        (
            "Millions of adults take statins.",
            [fig("Millions of adults", 1e6, 1e7, unit="adults", hi=False)],
        ),
        (
            "Hundreds of the donors were tested.",
            [fig("Hundreds of the donors", 100, 1000, unit="donors", hi=False)],
        ),
        # in brackets it illustrates the words before it; "scores of" is not among them
        ("The cells are grown to large numbers (billions of cells) first.", []),
        ("Their scores of pain fell.", []),
    ],
    # a spelled-out count of concrete things is a figure; parts of the text are not
    "small spelled-out count": [
        ("The two sides agreed on a plan.", [fig("two sides", 2, unit="sides")]),
        (
            "The panel weighed four options for screening.",
            [fig("four options", 4, unit="options")],
        ),
        (
            "Three different doses were compared.",
            [fig("Three different doses", 3, unit="different doses")],
        ),
        ("Eight other nurses left the ward.", [fig("Eight other nurses", 8, unit="other nurses")]),
        (
            "The network added five more clinics.",
            [fig("five more clinics", 5, unit="more clinics")],
        ),
        (
            "It took 12 other patients to confirm.",
            [fig("12 other patients", 12, unit="other patients")],
        ),
        ("There are two main challenges ahead.", []),
        ("The plan rests on three key steps.", []),
        ("Four points of understanding matter here.", []),
        ("These two treatment strategies overlap.", []),
    ],
    "years of an era and scores": [
        ("The hospital stood between AD 1000 and 1260.", []),
        ("The remedy dates from 300 BC to AD 200.", []),
        ("Records go back to 1200 BCE.", []),
        ("The hospital team won 3-1 thanks to a late goal.", []),
        ("It was a 2-1 win for the nurses.", []),
        # an ascending pair stays a range
        ("Stays were 1-2 weeks.", [fig("1-2 weeks", 1, 2, unit="week")]),
    ],
    "amount that looks like a year": [
        ("Fees will rise by an average of 1500.", [fig("1500", 1500)]),
        ("The clinic saw a total of 1800.", [fig("1800", 1800)]),
        ("Bills grew by a mean of 1950 in the year.", [fig("1950", 1950)]),
        ("In 1950 the clinic opened.", []),
        ("The law changed in 2019.", []),
    ],
    "metres written m": [
        (
            "The 37m (121ft)-long ward was rebuilt.",
            [fig("37m", 37, unit="m"), fig("121ft", 121, unit="ft")],
        ),
        ("Patients swim in a 50m-long pool.", [fig("50m", 50, unit="m")]),
        ("A 12m tall atrium lights the hall.", [fig("12m", 12, unit="m")]),
        ("The trust raised 37m for research.", [fig("37m", 37e6)]),
        ("A 6m deep pit was dug.", [fig("6m", 6, unit="m")]),
    ],
    "scale letter before a counted noun": [
        (
            "The world has about 8 B people.",
            [fig("about 8 B people", 8e9, unit="people", approx=True)],
        ),
        ("The app has 5 M users.", [fig("5 M users", 5e6, unit="users")]),
        (
            "Around 2 B adults are overweight.",
            [fig("Around 2 B adults", 2e9, unit="adults", approx=True)],
        ),
        ("We logged 10 K cases.", [fig("10 K cases", 1e4, unit="cases")]),
        # never before anything else: a vitamin stays a vitamin
        ("Take 5 B vitamins daily.", [fig("5 B vitamins daily", 5, unit="B vitamins/day")]),
    ],
    "pound sign transliterated": [
        ("A bonus worth up to PS2.7m was paid.", [fig("up to PS2.7m", None, 2.7e6, unit="GBP")]),
        ("They got a PS6m grant.", [fig("PS6m", 6e6, unit="GBP")]),
        ("The buyout cost PS8.1bn in all.", [fig("PS8.1bn", 8.1e9, unit="GBP")]),
        ("Fares came to PS21,700 last year.", [fig("PS21,700", 21700, unit="GBP")]),
        ("She played a PS5 all night.", []),
        ("Pupils at PS 118 were screened.", []),
    ],
    "fluid ounces": [
        ("Drink 8 fluid ounces of water.", [fig("8 fluid ounces", 8, unit="fl oz")]),
        (
            "A 12 fl oz can holds 140 kcal.",
            [fig("12 fl oz", 12, unit="fl oz"), fig("140 kcal", 140, unit="kcal")],
        ),
        (
            "One US fluid ounce is about 30 mL.",
            [
                fig("One US fluid ounce", 1, unit="fl oz"),
                fig("about 30 mL", 30, unit="mL", approx=True),
            ],
        ),
        ("Serve 4 fl. oz per cup.", [fig("4 fl. oz", 4, unit="fl oz")]),
        ("Limit juice to 6 fluid ounces.", [fig("6 fluid ounces", 6, unit="fl oz")]),
    ],
    # Title Case headings write units with a capital
    "unit in title case": [
        (
            "Lose 10 Pounds in 4 Weeks",
            [fig("10 Pounds", 10, unit="lb"), fig("4 Weeks", 4, unit="week")],
        ),
        ("Save 20 Percent on Screening", [fig("20 Percent", 20, unit="percent")]),
        ("Walk 30 Minutes a Day", [fig("30 Minutes a Day", 30, unit="minute", per="day")]),
        ("Drink 2 Liters of Water", [fig("2 Liters", 2, unit="L")]),
        ("Raise 500 Dollars for the Ward", [fig("500 Dollars", 500, unit="USD")]),
        ("Run 5 Miles Without Pain", [fig("5 Miles", 5, unit="mile")]),
    ],
    # a small bare number before a capitalised word names a model or a title
    "model number": [
        ("The iPhone 11 Pro and 11 Pro Max were tested.", []),
        ("Boeing's 787 Dreamliner flew in 2011.", []),
        ("Player ratings — Smith: 4 Started well.", []),
        ("It shipped 27000 Model S cars.", [fig("27000 Model S cars", 27000, unit="Model S cars")]),
        ("We met 40 Americans in Rome.", [fig("40 Americans", 40, unit="Americans")]),
        ("It sold for 7,199 Chinese yuan.", [fig("7,199 Chinese yuan", 7199, unit="CNY")]),
        ("The motor gives 450 Nm of torque.", [fig("450 Nm", 450, unit="N·m")]),
    ],
    "part of a period": [
        ("Goals came in the final third of the match.", []),
        ("Most births fall in the middle third of the night.", []),
        ("A third of adults snore.", [fig("A third", 1 / 3, unit="proportion")]),
    ],
}

CASES = [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("counts"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
