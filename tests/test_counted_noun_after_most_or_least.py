"""A counted noun after ``most``/``least`` and an adjective (issue 11, round ext25): ``the 8
most common allergies`` counts allergies, as ``the 10 largest hospitals`` counts hospitals;
``most of`` or ``most than`` opens no counted noun."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "The booklet lists the 8 most common allergies.",
        [fig("8 most common allergies", 8.0, unit="most common allergies", kind="count")],
    ),
    (
        "Funding went to the 4 most deprived boroughs.",
        [fig("4 most deprived boroughs", 4.0, unit="most deprived boroughs", kind="count")],
    ),
    (
        "We compared the 7 least expensive pharmacies.",
        [fig("7 least expensive pharmacies", 7.0, unit="least expensive pharmacies", kind="count")],
    ),
    (
        "Our review covered the 15 most widely prescribed antibiotics.",
        [
            fig(
                "15 most widely prescribed antibiotics",
                15.0,
                unit="most widely prescribed antibiotics",
                kind="count",
            )
        ],
    ),
    (
        "The 2 least visited clinics shut in May.",
        [fig("2 least visited clinics", 2.0, unit="least visited clinics", kind="count")],
    ),
    (
        "The 3 most effective inhalers cut attacks by 40%.",
        [
            fig("3 most effective inhalers", 3.0, unit="most effective inhalers", kind="count"),
            fig("40%", 40.0, unit="percent", kind="percent"),
        ],
    ),
    # "most of" is no superlative: the number stays bare
    ("Symptoms eased in 9 most of the time.", [fig("9", 9.0, unit=None, kind="number")]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("most"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_noun_after_most_or_least(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
