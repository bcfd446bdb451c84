"""A comparator before the first of two alternatives said with ``or`` bounds the second too,
when both are the same kind of amount in the same unit (or mg and g) and the second has no
bound or hedge of its own: ``at least 150 minutes of brisk walking, or 75 minutes of
running`` is at least 75 minutes. Different units (``2 tablets or 3 capsules``) stay apart."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Do at least 150 minutes of brisk walking, or 75 minutes of running, a week.",
        [
            fig("at least 150 minutes", 150, None, unit="minute", comparator="at least"),
            fig("75 minutes", 75, None, unit="minute", comparator="at least"),
        ],
    ),
    (
        "Give up to 10 mg of morphine or 2 mg of diamorphine.",
        [
            fig("up to 10 mg", None, 10, unit="mg", comparator="up to"),
            fig("2 mg", None, 2, unit="mg", comparator="up to"),
        ],
    ),
    (
        "It costs at least £40 for adults or £15 for children.",
        [
            fig("at least £40", 40, None, unit="GBP", comparator="at least"),
            fig("£15", 15, None, unit="GBP", comparator="at least"),
        ],
    ),
    (
        "Take no more than 4 g of paracetamol or 1200 mg of ibuprofen a day.",
        [
            fig("no more than 4 g", None, 4, unit="g", comparator="no more than"),
            fig("1200 mg", None, 1200, unit="mg", comparator="no more than"),
        ],
    ),
    (
        "Take more than 2 tablets or 3 capsules.",
        [
            fig("more than 2 tablets", 2, None, unit="tablets", comparator="more than", li=False),
            fig("3 capsules", 3, unit="capsules"),
        ],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("altbound"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_bound_shared(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
