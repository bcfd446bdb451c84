"""A second number offered with the first after a cue to dial (issue 11, not figures): ``call
999 or 112``, ``phone 0300 123 4567 / 0300 765 4321`` (the second was a bare number to verify),
and a footnote's number (``see footnote 3``). A count or a share after ``or`` is still read
(``ring 111 or 2 nurses will call``, ``call 111 or 40% of cases …``). Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("In an emergency call 999 or 112.", []),
    ("Dial 000 or 112 from a mobile.", []),
    ("Phone 0300 555 0101 / 0300 555 0202 for help.", []),
    ("See footnote 4 for the method.", []),
    ("Footnotes 2 and 5 give the sources.", []),
    ("Ring 111 or 2 nurses will call you back.", [fig("2 nurses", 2, unit="nurses")]),
    ("Call 111 or 40% of cases go untreated.", [fig("40%", 40, unit="percent")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("dial"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_second_number_to_dial_is_no_figure(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
