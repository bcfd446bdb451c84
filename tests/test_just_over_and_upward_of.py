"""Bounds said close to their figure (issue 11, round ext25): ``just under 30%`` is under 30
and approximate, ``just over £200`` over 200, as ``just below`` and ``slightly over`` are
bounds; ``upward of`` is ``upwards of``. ``just 5`` (only five) stays a point."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Just under 40% of midwives work part time.",
        [
            fig(
                "Just under 40%",
                None,
                40.0,
                unit="percent",
                approx=True,
                hi=False,
                comparator="under",
            )
        ],
    ),
    (
        "Just over £350 was spent per patient.",
        [fig("Just over £350", 350.0, None, unit="GBP", approx=True, li=False, comparator="over")],
    ),
    (
        "Just over 1 in 4 carers feel lonely.",
        [fig("Just over 1 in 4", 0.25, None, unit="proportion", approx=True, li=False)],
    ),
    (
        "Just over half of wards met the target.",
        [fig("Just over half", 0.5, None, unit="proportion", approx=True, li=False)],
    ),
    (
        "The scan takes just under 3 hours.",
        [fig("just under 3 hours", None, 3.0, unit="hour", approx=True, hi=False)],
    ),
    (
        "Waits fell by just over 8%.",
        [fig("just over 8%", 8.0, None, unit="percent", approx=True, li=False)],
    ),
    (
        "Upward of 300 pharmacies signed up.",
        [fig("Upward of 300 pharmacies", 300.0, None, unit="pharmacies", li=False)],
    ),
    (
        "Upwards of 40 volunteers helped.",
        [fig("Upwards of 40 volunteers", 40.0, None, unit="volunteers", li=False)],
    ),
    # the bounds that were already bounds, and "just" as "only"
    (
        "Just below 12% of beds were free.",
        [fig("below 12%", None, 12.0, unit="percent", hi=False)],
    ),
    ("Just 6 patients came back.", [fig("6 patients", 6.0, unit="patients")]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("just"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_just_over_and_upward_of(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
