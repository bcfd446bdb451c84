"""``one`` after an ordinal or a determiner is a pronoun that picks a thing out, no number:
``the second one of the two booster doses`` has one figure (2 booster doses), as do ``the
other one of the three clinics`` and ``each one of the 4 wards``; ``one of the two doses``
keeps its partitive ``one``, and ``one`` with a unit or opening a range is a number after any
of them (``symptoms last one to two weeks``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Book the second one of the two booster doses in March.",
        [fig("two booster doses", 2, unit="booster doses")],
    ),
    (
        "The other one of the three clinics closed.",
        [fig("three clinics", 3, unit="clinics")],
    ),
    ("Each one of the 4 wards has a nurse.", [fig("4 wards", 4, unit="wards")]),
    ("This one costs £5 a month.", [fig("£5 a month", 5, unit="GBP", per="month")]),
    ("The first one of the 2 doses is free.", [fig("2 doses", 2, unit="doses")]),
    ("Symptoms last one to two weeks.", [fig("one to two weeks", 1, 2, unit="week")]),
    ("The rash can last one week.", [fig("one week", 1, unit="week")]),
    (
        "One of the two doses was late.",
        [fig("One", 1), fig("two doses", 2, unit="doses")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("oneafter"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_one_after_an_ordinal(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
