"""A fortnight is two weeks (``for a fortnight`` 2 weeks, ``3 fortnights`` 6 weeks: claims say
weeks), and ``a couple of`` before a unit of time is about two of it (``a couple of days``,
approximate, as ``a couple hundred`` is); ``a couple of nurses`` stays words. Two doses ``a
month apart`` are a gap of one month between them (as ``4 weeks apart`` is four), no rate of
doses per month."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("Avoid swimming for a fortnight after the procedure.", [fig("a fortnight", 2, unit="week")]),
    (
        "Stitches come out within a fortnight.",
        [fig("within a fortnight", None, 2, unit="week", comparator="within")],
    ),
    ("Review the dose every 3 fortnights.", [fig("3 fortnights", 6, unit="week")]),
    (
        "Keep the cast on for about a fortnight.",
        [fig("about a fortnight", 2, unit="week", approx=True)],
    ),
    (
        "The cough eased in a couple of weeks.",
        [fig("a couple of weeks", 2, unit="week", approx=True)],
    ),
    (
        "Rest the ankle for a couple of days.",
        [fig("a couple of days", 2, unit="day", approx=True)],
    ),
    (
        "She waited a couple of months for a scan.",
        [fig("a couple of months", 2, unit="month", approx=True)],
    ),
    ("A couple of nurses helped on the ward.", []),
    (
        "Give the two doses a month apart.",
        [fig("two doses", 2, unit="doses"), fig("a month", 1, unit="month")],
    ),
    (
        "Book three visits a week apart.",
        [fig("three visits", 3, unit="visits"), fig("a week", 1, unit="week")],
    ),
    (
        "The two doses are given a month apart.",
        [fig("two doses", 2, unit="doses"), fig("a month", 1, unit="month")],
    ),
    ("Take 2 tablets a day.", [fig("2 tablets a day", 2, unit="tablets/day", per="day")]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fortnight"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_period_words(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
