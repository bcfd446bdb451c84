"""A number said before ``and``, ``then`` or ``and then`` and a second number with a unit or
counted noun takes that unit, spelled or in digits: ``two and then three tablets`` (2 and 3
tablets), ``1 then 2 puffs``, ``four and six minutes``. ``one`` stays a determiner, and a
second number that a verb follows (``wards four and five were closed``) gives nothing."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Take two and then four capsules on alternate days.",
        [fig("two", 2, unit="capsules"), fig("four capsules", 4, unit="capsules")],
    ),
    (
        "Hold each stretch for three and five minutes.",
        [fig("three", 3, unit="minute"), fig("five minutes", 5, unit="minute")],
    ),
    (
        "Use 1 then 3 sprays a day.",
        [
            fig("1", 1, unit="sprays/day", per="day"),
            fig("3 sprays a day", 3, unit="sprays/day", per="day"),
        ],
    ),
    ("Beds four and five were empty.", []),
    ("Take one and then two sachets.", [fig("two sachets", 2, unit="sachets")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("seq"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sequence_shares_a_unit(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
