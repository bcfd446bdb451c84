"""``a``/``an`` after a hedge and before a unit of time is the number one when ``by`` or
``after`` stands right before the hedge: the size of a change in time (``shortened the stay by
about a day``) or the time something takes (``pain eases after around a week``). A bare ``a
day`` stays words."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "The drug cut the hospital stay by about a day.",
        [fig("about a day", 1, unit="day", approx=True)],
    ),
    (
        "Pain usually eases after around a week.",
        [fig("around a week", 1, unit="week", approx=True)],
    ),
    (
        "Antibiotics shorten the cough by roughly a day.",
        [fig("roughly a day", 1, unit="day", approx=True)],
    ),
    ("The sting fades after about an hour.", [fig("about an hour", 1, unit="hour", approx=True)]),
    ("Take it twice a day by mouth.", [fig("twice a day", 2, unit="times/day")]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("aday"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_a_hedged_period_after_by_is_one(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)


FOR_CASES = [
    ("Avoid heavy lifting for a month after surgery.", [fig("a month", 1, unit="month")]),
    (
        "Use the drops twice a day for a week.",
        [fig("twice a day", 2, unit="times/day"), fig("a week", 1, unit="week")],
    ),
    ("Keep the dressing dry for a day, then wash gently.", [fig("a day", 1, unit="day")]),
    ("A gym costs £12 for a day pass.", [fig("£12", 12, unit="GBP")]),
    ("Rest for a while before driving.", []),
    ("The nurse will book you in for a day that suits you.", []),
    ("Families came for a day out at the spa.", []),
]


@pytest.fixture(scope="module")
def read_for(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fora"), [t for t, _ in FOR_CASES])


@pytest.mark.parametrize(("text", "expected"), FOR_CASES, ids=[t[:30] for t, _ in FOR_CASES])
def test_for_a_period_is_one(read_for, text: str, expected) -> None:
    """``for a month`` says how long, the number one; a pass's or ticket's period, a date to
    book (``for a day that suits you``) and ``for a while`` are no figures."""
    assert_read_as(read_for[text], text, expected)
