"""A spaced lower-case ``y`` after a number is years, as AMA style (JAMA and its journals)
abbreviates them (issue 11, units as writers vary them): ``follow-up of 5 y``, ``mean (SD)
age, 54.3 (12.1) y``, ``aged 40-60 y``. The figure was a bare number. A ``y`` naming an axis
(``the y axis``) or a capital ``Y`` (``Y chromosomes``) is no year. Sentences of our own,
extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Median follow-up was 5 y.", [fig("5 y", 5, unit="year")]),
    (
        "Relapse was 14% within 3 y.",
        [fig("14%", 14, unit="percent"), fig("within 3 y", None, 3, unit="year")],
    ),
    (
        "Mean (SD) age, 61.2 (9.8) y.",
        [
            fig(
                "61.2 (9.8) y",
                61.2,
                unit="year",
                spread={"kind": "SD", "value": 9.8, "low": None, "high": None, "level": None},
            )
        ],
    ),
    ("The lab typed 5 Y chromosomes.", [fig("5 Y chromosomes", 5, unit="Y chromosomes")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("years_y"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_y_after_a_number_is_years(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
