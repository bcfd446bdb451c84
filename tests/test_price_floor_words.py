"""Price floors in the words price pages use (issue 11, price floors and bounds): ``begin at``
and ``begins from`` as ``starts at`` is, and ``and up`` or ``and upwards`` after the price
(``$3,500 and up``): the price is the least one pays, low bound included. ``and up to $50``
bounds the next price instead. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Packages are priced at $2,800 and up.",
        [fig("$2,800 and up", 2800, None, unit="USD", comparator="and up")],
    ),
    (
        "Scans run £120 and upwards.",
        [fig("£120 and upwards", 120, None, unit="GBP", comparator="and upwards")],
    ),
    (
        "Fees begin at 90 CHF.",
        [fig("begin at 90 CHF", 90, None, unit="CHF", comparator="begin at")],
    ),
    (
        "Prices begin from £35.",
        [fig("begin from £35", 35, None, unit="GBP", comparator="begin from")],
    ),
    (
        "Whitening begins at $199.",
        [fig("begins at $199", 199, None, unit="USD", comparator="begins at")],
    ),
    (
        "Sessions cost $20 and up to $45 with extras.",
        [fig("$20", 20, unit="USD"), fig("up to $45", None, 45, unit="USD", comparator="up to")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("floors"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_price_floor_is_at_least_the_price(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
