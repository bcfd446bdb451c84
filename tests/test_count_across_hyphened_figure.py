"""A spelled count before a figure that describes the things counted (with up to two
adjectives between) counts the plural noun after that figure: ``two 14-day glucose sensors``
is 2 glucose sensors, and the 14 days stay a figure of their own. The count's span is its word
(``two``). A plural noun between (``in two weeks 5-day courses``) is what ``two`` counts."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Participants wore two 14-day glucose sensors.",
        [fig("two", 2, unit="glucose sensors"), fig("14-day", 14, unit="day")],
    ),
    (
        "Nurses ran three 30-minute sessions on the ward.",
        [fig("three", 3, unit="sessions"), fig("30-minute", 30, unit="minute")],
    ),
    (
        "Patients kept three non-consecutive 24-hour urine collections.",
        [fig("three", 3, unit="urine collections"), fig("24-hour", 24, unit="hour")],
    ),
    (
        "We pooled two double-blind 12-week trials.",
        [fig("two", 2, unit="trials"), fig("12-week", 12, unit="week")],
    ),
    (
        "Patients kept two separate 3-day food records.",
        [fig("two", 2, unit="food records"), fig("3-day", 3, unit="day")],
    ),
    (
        "In two weeks 5-day courses start.",
        [fig("two weeks", 2, unit="week"), fig("5-day", 5, unit="day")],
    ),
    (
        "Four randomised 6-month studies were found.",
        [fig("Four", 4, unit="studies"), fig("6-month", 6, unit="month")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("hyphcount"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_count_across_a_hyphened_figure(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
