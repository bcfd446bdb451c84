"""Numbers that choose, compare or place rather than measure (issue 11, not figures): a phone
menu's or a form's choice (``press 2 for the pharmacy, 3 for results``, ``select option 3``), a
ratio said with a colon after what it compares (``a ratio of 1:100``, ``the odds were 3:1``) or
with a one-digit second part, which no clock time has (``a 2:1 mix``), and map coordinates
(``51°30′N``). Each was a bare number to verify (a false CC102). Counts, times and shares
beside them are still read. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Press 3 for the ward and 4 for the pharmacy.", []),
    ("Press 1 for bookings, 2 for results or 5 for billing.", []),
    ("Phone 0300 555 0123 and choose option 4.", []),
    ("For repeat scripts, option 2.", []),
    ("Press the pump 2 times a day.", [fig("2 times a day", 2, unit="times/day", per="day")]),
    ("Select 3 patients at random.", [fig("3 patients", 3, unit="patients")]),
    ("Hold the button for 10 seconds.", [fig("10 seconds", 10, unit="second")]),
    ("Use a ratio of 1:50 for the soak.", []),
    ("The odds were 4:1 against a relapse.", []),
    ("Make a 3:1 mix of water and gel.", []),
    ("It affects 1:5,000 newborns.", [fig("1:5,000", 0.0002, unit="proportion")]),
    ("The unit sits at 53°28′N 2°14′W.", []),
    ("The camp is at 12.5° S near the coast.", []),
    ("A fever is 38.5 °C or more.", [fig("38.5 °C or more", 38.5, None, unit="°C")]),
    ("Clinics open at 10:30 on Sundays.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("menus"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_no_figure_where_nothing_is_measured(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
