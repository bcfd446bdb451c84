"""Spelled-out counts in a range from one, and counts given per period (issue 11, ranges and
number words): ``one to three doses`` is [1, 3] doses (``one`` alone before a noun is a
determiner, a range from one is not), ``two doses a day`` and ``one to three doses a day`` are
doses per day, read as their digit forms are; a spelled count of the text's own parts per
period (``two ways a day``) stays none. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Most need one to three doses.", [fig("one to three doses", 1, 3, unit="doses")]),
    ("Give one to two tablets at night.", [fig("one to two tablets", 1, 2, unit="tablets")]),
    (
        "Take one to three doses a day.",
        [fig("one to three doses a day", 1, 3, unit="doses/day", per="day")],
    ),
    ("Use two puffs a day.", [fig("two puffs a day", 2, unit="puffs/day", per="day")]),
    (
        "Have three to four servings a week.",
        [fig("three to four servings a week", 3, 4, unit="servings/week", per="week")],
    ),
    (
        "They switched from one to two tablets.",
        [fig("from one to two tablets", 1, 2, unit="tablets")],
    ),
    ("One study enrolled adults.", []),
    ("Try two ways a day to relax.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("spelled"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_spelled_count_is_read(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
