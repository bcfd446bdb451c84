"""Money and dosing shapes from other extractors' trackers: points grouping thousands before a
decimal comma after a leading currency, the sentence's full stop after it (``EUR 2.480,15.``);
a price's period kept before what the money is spent on (``£25 a week on fares``: ``on`` says
"later" only where its clause ends); a range of a count of dose forms across a strength
(``1 or 2 400 mg capsules``, ``one or two``, ``1-2``); and ``N times in 24 hours``, a
frequency per day, not a multiple."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The pump cost EUR 2.480,15.", [fig("EUR 2.480,15", 2480.15, unit="EUR", kind="money")]),
    # (a year of care: the price a year, README "A period said before the thing priced")
    ("A year of care is €23.910,40.", [fig("€23.910,40", 23910.40, unit="EUR")]),
    ("The fee was € 7.655,90.", [fig("€ 7.655,90", 7655.90, unit="EUR")]),
    ("Each kit is 1.145,75 € now.", [fig("1.145,75 €", 1145.75, unit="EUR")]),
    (
        "The charity spends $2 million a year on nurses.",
        [fig("$2 million a year", 2e6, unit="USD", per="year")],
    ),
    ("Carers spend £25 a week on fares.", [fig("£25 a week", 25, unit="GBP", per="week")]),
    (
        "The ward spends £8 a day on meals for each bed.",
        [fig("£8 a day", 8, unit="GBP", per="day")],
    ),
    ("The trust spends £4m a year on it.", [fig("£4m a year", 4e6, unit="GBP", per="year")]),
    # "on" that says "later" keeps no period
    ("She lost 6 kg a year on, and kept it off.", [fig("6 kg", 6, unit="kg")]),
    (
        "Take 1 or 2 400 mg capsules.",
        [fig("1 or 2", 1, 2, unit="capsules", kind="count"), fig("400 mg", 400, unit="mg")],
    ),
    (
        "Give one or two 250 mg tablets.",
        [fig("one or two", 1, 2, unit="tablets", kind="count"), fig("250 mg", 250, unit="mg")],
    ),
    (
        "Swallow 1-2 200 mg caplets with food.",
        [fig("1-2", 1, 2, unit="caplets", kind="count"), fig("200 mg", 200, unit="mg")],
    ),
    (
        "Use 2 to 3 100 mg sachets.",
        [fig("2 to 3", 2, 3, unit="sachets", kind="count"), fig("100 mg", 100, unit="mg")],
    ),
    (
        "Spray it Max 3 times in 24 hours.",
        [
            fig(
                "Max 3 times",
                None,
                3,
                unit="times/day",
                kind="frequency",
                per="day",
                comparator="Max",
            ),
            fig("24 hours", 24, unit="hour"),
        ],
    ),
    (
        "Use the drops up to 6 times within a day.",
        [
            fig("up to 6 times", None, 6, unit="times/day", kind="frequency", per="day"),
            fig("within a day", None, 1, unit="day"),
        ],
    ),
    (
        "Apply it 2 times in 24 hours.",
        [fig("2 times", 2, unit="times/day", kind="frequency"), fig("24 hours", 24, unit="hour")],
    ),
    # a multiple stays a multiple
    (
        "Drinkers were 3 times more likely to fall.",
        [fig("3 times", 3, unit="fold", kind="multiple")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("money_dose"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_money_and_doses(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
