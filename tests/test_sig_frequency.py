"""Prescription shorthand for how often (issue 11, forms from dosing pages): ``bd``/``bid``
twice a day, ``tds``/``tid`` three times, ``qds``/``qid`` four times, read as a frequency
right after a dose and ending the dose's counted noun (``1 tab TDS`` was one "tab TDS").
Alone the letters are a company or an identifier, no figure. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Take 1 tab TDS after food.",
        [fig("1 tab", 1, unit="tab"), fig("TDS", 3, unit="times/day", kind="frequency")],
    ),
    (
        "Take 2 caps BD for a week.",
        [
            fig("2 caps", 2, unit="caps"),
            fig("BD", 2, unit="times/day"),
            fig("a week", 1, unit="week"),  # the course's length: "for a week" is one week
        ],
    ),
    (
        "Metformin 500 mg bd with meals.",
        [fig("500 mg", 500, unit="mg"), fig("bd", 2, unit="times/day")],
    ),
    (
        "Use the inhaler 2 puffs QDS.",
        [fig("2 puffs", 2, unit="puffs"), fig("QDS", 4, unit="times/day")],
    ),
    (
        "Give 250 mg tid to adults.",
        [fig("250 mg", 250, unit="mg"), fig("tid", 3, unit="times/day")],
    ),
    ("BD makes most of the syringes.", []),
    ("The firm bd sold 3 pumps.", [fig("3 pumps", 3, unit="pumps")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("sig"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_sig_frequency_after_a_dose(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
