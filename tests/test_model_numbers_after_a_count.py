"""A whole number beside a capitalised name, after a count of the same things (``two new 737
Max jets``, ``three Aquilion 640 scanners``), is the model's number, no count: the count before
the name counts the plural noun after it (2 jets). A number after a count of other things
stays a count."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The hospital leased two new Revolution 256 scanners.", [fig("two", 2, unit="scanners")]),
    (
        "The airline flew three 787 Dreamliner jets to the field hospital.",
        [fig("three", 3, unit="jets")],
    ),
    (
        "The unit runs two new Aquilion 640 scanners and 12 beds.",
        [fig("two", 2, unit="scanners"), fig("12 beds", 12, unit="beds")],
    ),
    ("A further two Libre 2 readers were sent out.", [fig("two", 2, unit="readers")]),
    (
        "Two wards admitted 640 patients.",
        [fig("Two wards", 2, unit="wards"), fig("640 patients", 640, unit="patients")],
    ),
    (
        "We saw two patients and 40 Nurses joined.",
        [fig("two patients", 2, unit="patients"), fig("40 Nurses", 40, unit="Nurses")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("models"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_a_model_number_after_a_count_is_no_count(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
