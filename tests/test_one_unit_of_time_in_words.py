"""``a``/``an`` after an approximation or a bound and before a unit of time is the number
one when it says how long something takes or lasts: ``takes about an hour`` (~1 hour),
``lasts under a minute``, ``within a week``, ``for at least a month``. Elsewhere (``in
around a minute``) and bare (``twice a day``, ``a day at the clinic``) it is no figure."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The scan takes about an hour.", [fig("about an hour", 1.0, unit="hour", approx=True)]),
    (
        "The finger-prick test takes under a minute.",
        [fig("under a minute", None, 1.0, unit="minute", hi=False)],
    ),
    ("Most cuts heal within a week.", [fig("within a week", None, 1.0, unit="week")]),
    ("Results come back in around a minute.", []),
    (
        "Call us if the rash lasts more than a week.",
        [fig("more than a week", 1.0, None, unit="week", li=False)],
    ),
    ("Keep the dressing on for at least a day.", [fig("at least a day", 1.0, None, unit="day")]),
    ("Most stays last roughly a year.", [fig("roughly a year", 1.0, unit="year", approx=True)]),
    ("Take the tablets twice a day.", [fig("twice a day", 2.0, unit="times/day")]),
    ("She spent a day at the clinic.", []),
    ("Allow an hour and a half for the scan.", [fig("an hour and a half", 1.5, unit="hour")]),
    (
        "The test takes about an hour and a half.",
        [fig("about an hour and a half", 1.5, unit="hour", approx=True)],
    ),
    # a time gained or lived is a length of time too
    (
        "The drug adds more than a year to median survival.",
        [fig("more than a year", 1.0, None, unit="year", li=False)],
    ),
    (
        "Patients on the drug lived nearly a year longer.",
        [fig("nearly a year", 1.0, unit="year", approx=True)],
    ),
    (
        "Most people survive less than a year after diagnosis.",
        [fig("less than a year", None, 1.0, unit="year", hi=False)],
    ),
    (
        "Swimmers gained about a week of training.",
        [fig("about a week", 1.0, unit="week", approx=True)],
    ),
    # a hedged period of a day or longer beside a word of time is one of its unit (session 45)
    (
        "The results arrived about a week later.",
        [fig("about a week", 1.0, unit="week", approx=True)],
    ),
    ("Results come back in around an hour.", []),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("an_time"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_hedged_article_before_a_unit_of_time_is_one(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
