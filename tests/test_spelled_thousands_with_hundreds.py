"""A spelled number with thousands and hundreds is one number: ``a thousand six hundred and
fifty-five`` 1655, ``two thousand, one hundred and three`` 2103 (a comma after ``thousand``
joins only a count of hundreds). ``four thousand, nine were tested`` and ``a million three
hundred thousand`` stay two figures."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "A thousand nine hundred and twelve staff replied.",
        [fig("A thousand nine hundred and twelve staff", 1912, unit="staff")],
    ),
    (
        "One thousand two hundred and six patients joined.",
        [fig("One thousand two hundred and six patients", 1206, unit="patients")],
    ),
    (
        "Three thousand, four hundred and ten beds were open.",
        [fig("Three thousand, four hundred and ten beds", 3410, unit="beds")],
    ),
    (
        "Seven thousand, two hundred donors gave blood.",
        [fig("Seven thousand, two hundred donors", 7200, unit="donors")],
    ),
    ("Four thousand, nine were tested.", [fig("Four thousand", 4000)]),
    (
        "A thousand and one nights passed.",
        [fig("A thousand and one nights", 1001, unit="nights")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("thousands"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_spelled_thousands(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
