"""A report's footnote mark between a number and its unit (``14‡ weeks``, ``126† mmol/L``,
``310* patients``) leaves the unit the figure's; the figure's text keeps the mark, so offsets
still index the draft. After a unit (``45%*``) the mark already ends the figure."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The median wait was 14‡ weeks.", [fig("14‡ weeks", 14, unit="week")]),
    ("Plasma sodium fell to 126† mmol/L.", [fig("126† mmol/L", 126, unit="mmol/L", role="after")]),
    ("A further 310* patients were screened.", [fig("310* patients", 310, unit="patients")]),
    ("Each session lasted 45§ minutes.", [fig("45§ minutes", 45, unit="minute")]),
    ("The average stay was 3.5†‡ days.", [fig("3.5†‡ days", 3.5, unit="day")]),
    ("Uptake was 45%* in the first wave.", [fig("45%", 45, unit="percent")]),
    (
        "Mortality fell to 12.5%† after the change.",
        [fig("12.5%", 12.5, unit="percent", role="after")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("marks"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_footnote_mark_keeps_the_unit(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
