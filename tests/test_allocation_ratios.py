"""A ratio of three parts or more (``randomised 1:1:1``, ``a 2:1:1 design``) is a trial's
allocation, no figure, as a two-part ``2:1`` is; never three ones."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Adults were randomised 1:1:1 to two doses or placebo.",
        [fig("two doses", 2.0, unit="doses")],
    ),
    ("The 2:1:1 design enrolled 640 patients.", [fig("640 patients", 640.0, unit="patients")]),
    ("Allocation was 1:2:2:1 across the four arms.", [fig("four arms", 4.0, unit="arms")]),
    ("Children were randomised 2:1 to the vaccine.", []),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ratios"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_allocation_ratio_is_no_figure(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
