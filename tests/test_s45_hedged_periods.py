"""A hedged period said with ``a``/``an`` and no digits is an approximate duration (session
45): ``roughly a fortnight after the injection`` is about 2 weeks (a fortnight is read in
weeks, README), ``in about a week`` about 1 week, ``almost a month later`` about 1 month.
Without a hedge ``once a week`` stays a frequency; ``a week later`` is read since session 56 as
``1 week later`` is (one week, exact)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

HEDGED = [
    ("Swelling peaked roughly a fortnight after the injection.",
     [fig("roughly a fortnight", 2, unit="week", approx=True)]),
    ("The rash usually fades in about a week.", [fig("about a week", 1, unit="week", approx=True)]),
    ("He was back at work almost a month later.",
     [fig("almost a month", 1, unit="month", approx=True)]),
    ("Most people recover in roughly a week.",
     [fig("roughly a week", 1, unit="week", approx=True)]),
    ("Results come back approximately a fortnight later.",
     [fig("approximately a fortnight", 2, unit="week", approx=True)]),
    ("Nearly a month after the jab, 12 people had a rash.",
     [fig("Nearly a month", 1, unit="month", approx=True),
      fig("12 people", 12, unit="people")]),
    ("It was around a year before the cough returned.",
     [fig("around a year", 1, unit="year", approx=True)]),
    ("Most wounds heal in about a day or so.", [fig("about a day", 1, unit="day", approx=True)]),
    ("Bruising fades within about a fortnight.",
     [fig("within about a fortnight", None, 2, unit="week", approx=True)]),
    # already read before, for a verb of duration or after "after": unchanged
    ("She was walking again after nearly a year.",
     [fig("nearly a year", 1, unit="year", approx=True)]),
]  # fmt: skip

UNCHANGED = [
    ("Take it once a week.", [fig("once a week", 1, unit="times/week")]),
    ("A week later the scan was clear.", []),
    ("Have a check twice a year.", [fig("twice a year", 2, unit="times/year")]),
    ("About a week ago she fell.", []),
    ("The film is about a year in the life of a nurse.", []),
    ("It costs nearly a year's salary.", []),
    ("Cook it in around a minute.", []),
    ("We followed them over a decade.", []),
]  # fmt: skip

CASES = HEDGED + UNCHANGED


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("hedged"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), HEDGED, ids=[t[:40] for t, _ in HEDGED])
def test_a_hedged_period_is_an_approximate_duration(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED, ids=[t[:40] for t, _ in UNCHANGED])
def test_a_period_without_a_hedge_or_with_a_preposition_stays(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
