"""Two number words joined by a hyphen are a range unless they make one number (issue 11,
dashes and number words): ``two-three times a day`` is [2, 3] (it was read as 5), ``five-seven
days`` [5, 7] (it was 12), while a tens word and a unit stay one number (``twenty-five``,
``seventy five``) and ``fifty-fifty`` is no hundred. A spelled period before a hyphen is still
an adjective (``a five-year plan``). Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Use the drops two-three times a day.",
        [fig("two-three times a day", 2, 3, unit="times/day", per="day")],
    ),
    ("Rest for five-seven days after surgery.", [fig("five-seven days", 5, 7, unit="day")]),
    ("Healing took six-eight weeks.", [fig("six-eight weeks", 6, 8, unit="week")]),
    ("Give two-four tablets with food.", [fig("two-four tablets", 2, 4, unit="tablets")]),
    ("The scan takes twenty-five minutes.", [fig("twenty-five minutes", 25, unit="minute")]),
    ("Seventy five nurses signed it.", [fig("Seventy five nurses", 75, unit="nurses")]),
    ("It is a five-year plan for the ward.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("word_ranges"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_hyphen_between_number_words_is_a_range(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
