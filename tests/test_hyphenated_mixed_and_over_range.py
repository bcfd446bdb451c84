"""Two forms (issue 11, fractions and ``over`` + a period): a mixed number hyphenated as one
word (``one-and-a-half hours``, ``two-and-a-half years``) is read as ``one and a half hours``
is, while ``a five-year plan`` stays no figure; and ``fell 7% over 12 to 18 months`` is a share
and a range of time, no group ``over 12`` (which ``32% under 35 to 11% at 40–42`` keeps).
Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "The clinic visit took one-and-a-half hours.",
        [fig("one-and-a-half hours", 1.5, unit="hour")],
    ),
    (
        "She waited two-and-a-half years for surgery.",
        [fig("two-and-a-half years", 2.5, unit="year")],
    ),
    ("They agreed a five-year plan.", []),
    (
        "Weight fell 7% over 12 to 18 months.",
        [fig("7%", 7, unit="percent"), fig("12 to 18 months", 12, 18, unit="month")],
    ),
    (
        "Success falls from 32% under 35 to 11% at 40–42.",
        [
            fig("32%", 32, unit="percent", role="before"),
            fig("11%", 11, unit="percent", role="after"),
        ],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("mixed"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_hyphenated_mixed_numbers_and_over_a_range_of_time(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
