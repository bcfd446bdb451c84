"""Reference numbers glued after a percentage (issue 11, round ext25): ``47%.9 Costs`` and
``33%,21 the`` cite a source, so no extra figure is read (never 0.9 "Costs"); ``33%,21
patients`` may be a list typed without its space and keeps its count; ``3M`` before a
singular word is the company (``the 3M visor``), before a plural still three million."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Screening uptake is 47%.9 Costs went up.",
        [fig("47%", 47.0, unit="percent")],
    ),
    (
        "Hospital stays fell to 33%.21 Beds were cut.",
        [fig("33%", 33.0, unit="percent", role="after")],
    ),
    (
        "Smoking dropped to 14%,8 the lowest on record.",
        [fig("14%", 14.0, unit="percent", role="after")],
    ),
    (
        "Uptake grew by 6%,11 and clinics opened.",
        [fig("6%", 6.0, unit="percent")],
    ),
    (
        "Anaemia rose to 19%,3-5 while iron intake fell.",
        [fig("19%", 19.0, unit="percent", role="after")],
    ),
    # a list typed without its space, and a count after a share, stay figures
    (
        "Rates were 31%,35% and 38%.",
        [
            fig("31%", 31.0, unit="percent"),
            fig("35%", 35.0, unit="percent"),
            fig("38%", 38.0, unit="percent"),
        ],
    ),
    (
        "Of these 40%,12 patients relapsed.",
        [fig("40%", 40.0, unit="percent"), fig("12 patients", 12.0, unit="patients")],
    ),
    # a brand with a number in it
    ("The 3M visor costs £4 each.", [fig("£4 each", 4.0, unit="GBP")]),  # per item: ext32
    ("Staff trusted 3M's new respirator.", []),
    ("About 3M adults were invited.", [fig("About 3M adults", 3e6, unit="adults", approx=True)]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("cites"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_citations_glued_after_percent(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
