"""Forms from other extractors' trackers, read as one figure each: a count through coordinate
adjectives split by a comma (``three small, randomised trials``), a gap ``a week apart`` (one
week), a race's ``K`` after a verb of running (``ran a 5K`` is 5 km whatever follows), a
sig's ``x2 tablets`` (two tablets), a dose range across units glued by a hyphen
(``500mg-1g``), a spaced scale glued to the euro sign (``20 k€``), ``3 hundred and 21``
(321), ``or so`` after a figure (approximate), a sig's ``x2 daily`` (2 times a day) and a
sample size ``n=34/120`` (the part, 34, as ``n = 34`` reads)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Five short, nurse-led workshops were offered.",
        [fig("Five short, nurse-led workshops", 5, unit="short, nurse-led workshops")],
    ),
    (
        "We enrolled 40 older, housebound adults.",
        [fig("40 older, housebound adults", 40, unit="older, housebound adults")],
    ),
    (
        "Take 1 capsule, twice daily.",
        [fig("1 capsule", 1, unit="capsule"), fig("twice daily", 2, unit="times/day")],
    ),
    ("Space the jabs a week apart.", [fig("a week", 1, unit="week")]),
    ("Readings were taken an hour apart.", [fig("an hour", 1, unit="hour")]),
    (
        "He jogged a 10K three weeks after the stent.",
        [fig("10K", 10, unit="km"), fig("three weeks", 3, unit="week")],
    ),
    ("They raised 5K for the ward.", [fig("5K", 5000)]),
    ("Take x3 tablets at bedtime.", [fig("3 tablets", 3, unit="tablets")]),
    ("Use x2 puffs when wheezy.", [fig("2 puffs", 2, unit="puffs")]),
    ("The loading dose is 250mg-1g.", [fig("250mg-1g", 250, 1000, unit="mg")]),
    ("Give 500 mg - 2 g a day.", [fig("500 mg - 2 g a day", 500, 2000, unit="mg", per="day")]),
    ("A night in the clinic costs 1 k€.", [fig("1 k€", 1000, unit="EUR")]),
    (
        "The plan cost 12 M€ over five years.",
        [fig("12 M€", 12e6, unit="EUR"), fig("five years", 5, unit="year")],
    ),
    ("4 hundred and 7 beds were open.", [fig("4 hundred and 7 beds", 407, unit="beds")]),
    ("Apply the gel x2 daily.", [fig("x2 daily", 2, unit="times/day", per="day")]),
    ("Use the inhaler x3 a week.", [fig("x3 a week", 3, unit="times/week", per="week")]),
    ("Headache was the commonest event (n=21/96).", [fig("21", 21)]),
    ("Rest for 3 days or so.", [fig("3 days", 3, unit="day", approx=True)]),
    (
        "We saw 200 patients or thereabouts.",
        [fig("200 patients", 200, unit="patients", approx=True)],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("forms"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_forms_read_as_one_figure(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
