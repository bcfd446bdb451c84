"""The dotted Latin shorthand of US charts after a dose is how often it is taken, as ``bd`` and
``TDS`` are: ``b.i.d.`` 2, ``t.i.d.``/``t.d.s.`` 3, ``q.i.d.`` 4 times a day (kind frequency).
Without a dose before it, no figure. A chart's capitals ``Q12H``, ``Q6HRS`` are every 12 and
6 hours, as ``q12h`` is (a capital range, ``Q4-6H``, is left unread); ``x7 days`` with the
``x`` glued is a course of 7 days, as ``x 7 days`` is, and ``x2 tablets`` two tablets."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Give 250 mg t.i.d. with food.",
        [fig("250 mg", 250, unit="mg"), fig("t.i.d.", 3, unit="times/day")],
    ),
    (
        "Take 1 tab b.i.d. until the review.",
        [fig("1 tab", 1, unit="tab"), fig("b.i.d.", 2, unit="times/day")],
    ),
    (
        "Metformin 500 mg B.I.D. with meals.",
        [fig("500 mg", 500, unit="mg"), fig("B.I.D.", 2, unit="times/day")],
    ),
    (
        "Use 2 puffs q.i.d. when needed.",
        [fig("2 puffs", 2, unit="puffs"), fig("q.i.d.", 4, unit="times/day")],
    ),
    (
        "Take 5 ml t.d.s. after meals.",
        [fig("5 ml", 5, unit="mL"), fig("t.d.s.", 3, unit="times/day")],
    ),
    ("Apply the cream t.i.d. to the rash.", []),
    ("Vancomycin 1 g IV Q12H.", [fig("1 g", 1, unit="g"), fig("12H", 12, unit="hour")]),
    ("Give 2 mg Q6HRS for pain.", [fig("2 mg", 2, unit="mg"), fig("6HRS", 6, unit="hour")]),
    ("Morphine 5 mg Q4-6H as needed.", [fig("5 mg", 5, unit="mg")]),
    (
        "Amoxicillin 500 mg TDS x7 days.",
        [
            fig("500 mg", 500, unit="mg"),
            fig("TDS", 3, unit="times/day"),
            fig("7 days", 7, unit="day"),
        ],
    ),
    ("Take 1 tab x10 days.", [fig("1 tab", 1, unit="tab"), fig("10 days", 10, unit="day")]),
    (
        "Paracetamol 500 mg x2 tablets.",
        [fig("500 mg", 500, unit="mg"), fig("2 tablets", 2, unit="tablets")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("dottedsig"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_dotted_sig(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
