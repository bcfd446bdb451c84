"""Relative effects in words under a bound, and multiples said as a factor (issue 11, relative
effects in words): ``by more than half`` is more than 0.5 (its span was ``an half``, found
inside ``than``), ``by half or more`` at least 0.5, ``by a third or less`` at most a third;
``by a factor of 2`` is 2-fold and ``a factor of 2-3`` [2, 3]-fold, while a clotting factor's
number (``Factor 8 levels``) names the factor. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

THIRD = 1 / 3

CASES: list[tuple[str, list[dict]]] = [
    (
        "The jab cut admissions by more than half.",
        [fig("more than half", 0.5, None, unit="proportion", li=False, comparator="more than")],
    ),
    (
        "Walking cut falls by less than a third.",
        [
            fig(
                "less than a third",
                None,
                THIRD,
                unit="proportion",
                hi=False,
                comparator="less than",
            )
        ],
    ),
    (
        "The plan lowers relapse by half or more.",
        [fig("half or more", 0.5, None, unit="proportion", comparator="or more")],
    ),
    (
        "It cut waiting times by a third or less.",
        [fig("a third or less", None, THIRD, unit="proportion", comparator="or less")],
    ),
    (
        "Costs were reduced by a factor of 2.",
        [fig("a factor of 2", 2, unit="fold", kind="multiple")],
    ),
    (
        "Risk rose by a factor of three.",
        [fig("a factor of three", 3, unit="fold", kind="multiple")],
    ),
    (
        "Doses rose by a factor of 2-3.",
        [fig("a factor of 2-3", 2, 3, unit="fold", kind="multiple")],
    ),
    ("Factor 8 levels were 40% in boys.", [fig("40%", 40, unit="percent")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("relative"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_relative_effect_keeps_its_bound(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
