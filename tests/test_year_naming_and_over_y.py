"""Two forms from the previous round's leftovers (issue 11): a year written before a noun it
names (``WHO's 2030 goals``, ``the 2019 guidelines``) is when, no count of goals; and
``over`` + a period written short (``Over 10 y,``, ``Over 6 mo,``) opening a sentence is the
time something happened in, not "more than". ``for over 3 y`` stays a comparator, and a
count of a plan-like noun that is no year (``12 goals``) stays a count. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("The plan supports WHO's 2030 goals.", []),
    ("The 2019 guidelines lowered the threshold.", []),
    ("Europe's 2025 targets are strict.", []),
    ("The unit set 12 goals for the year.", [fig("12 goals", 12, unit="goals")]),
    (
        "Over 10 y, 5% of patients relapsed.",
        [fig("10 y", 10, unit="year"), fig("5%", 5, unit="percent")],
    ),
    ("Over 6 mo, 12% relapsed.", [fig("6 mo", 6, unit="month"), fig("12%", 12, unit="percent")]),
    (
        "She has taken it for over 3 y.",
        [fig("over 3 y", 3, None, unit="year", comparator="over", li=False)],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("year_names"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_year_names_and_over_a_short_period(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
