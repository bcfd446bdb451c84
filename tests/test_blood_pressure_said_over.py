"""A blood pressure said aloud, ``150 over 95``, is one reading of two figures (systolic and
diastolic), as ``150/95`` is, with the same cue (blood pressure, BP … before it, or mmHg
after); ``over 140 over two visits`` and ``patients over 65 over 70 kg`` stay bounds."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Her blood pressure was 150 over 95.",
        [fig("150", 150, role="systolic"), fig("95", 95, role="diastolic")],
    ),
    (
        "Readings of 180 over 120 mm Hg need help.",
        [
            fig("180", 180, unit="mmHg", role="systolic"),
            fig("120 mm Hg", 120, unit="mmHg", role="diastolic"),
        ],
    ),
    (
        "His BP stays around 130 over 85.",
        [
            fig("around 130", 130, approx=True, role="systolic"),
            fig("85", 85, approx=True, role="diastolic"),
        ],
    ),
    (
        "At the clinic her BP read 142 over 88 twice.",
        [fig("142", 142, role="systolic"), fig("88", 88, role="diastolic")],
    ),
    (
        "A systolic over 140 over two visits is high.",
        [
            fig("over 140", 140, None, comparator="over", li=False),
            fig("over two visits", 2, None, unit="visits", comparator="over", li=False),
        ],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bpover"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_pressure_said_over(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
