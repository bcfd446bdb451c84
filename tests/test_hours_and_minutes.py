"""``2h30``, ``1h45min``: hours with their minutes glued after the ``h`` are one duration in
hours (2.5, 1.75); after ``at``, ``from`` or ``until`` the same shape is a time of day, no
figure."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The day-case surgery took 2h30 in all.", [fig("2h30", 2.5, unit="hour")]),
    ("Allow 1h45min for the scan.", [fig("1h45min", 1.75, unit="hour")]),
    ("Dialysis lasts 3 h15 each session.", [fig("3 h15", 3.25, unit="hour")]),
    ("The walk-in centre opens at 8h30 daily.", []),
    ("Visiting runs from 14h00 to 16h00.", []),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("hm"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_hours_with_glued_minutes(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
