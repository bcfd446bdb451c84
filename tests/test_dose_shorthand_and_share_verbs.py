"""Two forms from dosing and public-health pages (issue 11): dose forms written short are the
same for one and many (``2 tsp``, ``2 1/2 tsp.``, ``1 tbsp``, ``2 tab``: a count of the dose
form, as ``2 teaspoons`` is), and after ``one child in 12`` a word in -s with an object after
it is the sentence's verb (``misses the booster``), whatever verb it is, so the share is kept;
a counted noun with no object (``One patient in 12 wards``) still makes the 12 a count.
Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Give 2 tsp. each time.", [fig("2 tsp", 2, unit="tsp")]),
    ("Take 2 1/2 tsp each time.", [fig("2 1/2 tsp", 2.5, unit="tsp")]),
    ("Use 1 tbsp of oil in the mix.", [fig("1 tbsp", 1, unit="tbsp")]),
    ("Take 2 tab at night.", [fig("2 tab", 2, unit="tab")]),
    (
        "One child in 12 misses the booster.",
        [fig("One child in 12", 1 / 12, unit="proportion")],
    ),
    (
        "One woman in 30 needs a transfusion after birth.",
        [fig("One woman in 30", 1 / 30, unit="proportion")],
    ),
    ("One adult in 5 smokes.", [fig("One adult in 5", 0.2, unit="proportion")]),
    ("One patient in 12 wards died.", [fig("12 wards", 12, unit="wards")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("shorthand"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_dose_shorthand_and_verbs_after_a_share(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
