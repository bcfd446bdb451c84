"""A whole number hyphenated to a noun that clinics and trials count (cycle, round, embryo,
scan, test, appointment, implant, tooth, arm, sample) counts it, as ``a 12-bed unit`` does:
``a 3-cycle plan`` is 3 cycles. A hyphenated word outside the list stays a name (``a
12-lead ECG``, ``5-fluorouracil``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The 3-cycle package includes the drugs.", [fig("3-cycle", 3.0, unit="cycle")]),
    ("It was a 4-arm trial of the new drug.", [fig("4-arm", 4.0, unit="arm")]),
    ("A 2-implant denture holds better.", [fig("2-implant", 2.0, unit="implant")]),
    ("We offer a 6-scan monitoring bundle.", [fig("6-scan", 6.0, unit="scan")]),
    ("The 2-embryo transfer raises the twin rate.", [fig("2-embryo", 2.0, unit="embryo")]),
    ("A 12-lead ECG is done on arrival.", []),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("counted"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_number_hyphenated_to_a_counted_thing_of_care(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
