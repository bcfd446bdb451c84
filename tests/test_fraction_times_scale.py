"""A numeral fraction before a scale word is that share of the scale (issue 11, fractions):
``1/2 million people`` is 500 000 people, ``3/4 million doses`` 750 000, as ``half a million``
and ``2 1/2 million`` already were; it was read as 0.5 of a unit named ``million people``.
A fraction with no scale after it is read as before. Sentences of our own, extracted in one
run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "About 1/2 million adults were tested.",
        [fig("About 1/2 million adults", 5e5, unit="adults", approx=True)],
    ),
    (
        "Nearly 3/4 million doses expired.",
        [fig("Nearly 3/4 million doses", 7.5e5, unit="doses", approx=True)],
    ),
    (
        "Some ¼ million carers help out.",
        [fig("Some ¼ million carers", 2.5e5, unit="carers", approx=True)],
    ),
    ("The scheme cost ½ billion dollars.", [fig("½ billion dollars", 5e8, unit="USD")]),
    ("Take 1/2 tablet at night.", [fig("1/2 tablet", 0.5, unit="tablet")]),
    ("Give ½–1 tablet with food.", [fig("½–1 tablet", 0.5, 1, unit="tablet")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fraction_scale"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_fraction_scales_its_scale_word(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
