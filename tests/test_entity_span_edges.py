"""A figure whose first or last character is an HTML entity starts at the entity's ``&`` and
ends at its ``;``, never on the markup beside it: ``<p>&pound;25 …`` starts at the ``&``, not
at the ``>`` of ``<p>`` (the offset contract, ``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("&pound;25 pays for a home test kit.", [fig("&pound;25", 25.0, unit="GBP")]),
    ("&euro;40 covers one night on the ward.", [fig("&euro;40", 40.0, unit="EUR")]),
    ("&lt;5% of patients had a bleed.", [fig("&lt;5%", None, 5.0, unit="percent", hi=False)]),
    ("&#36;90 buys a month of test strips.", [fig("&#36;90", 90.0, unit="USD")]),
    ("A kit costs &pound;25 today.", [fig("&pound;25", 25.0, unit="GBP")]),
    (
        "Temperatures above 38&deg;C need a call.",
        [fig("above 38&deg;C", 38.0, None, unit="°C", li=False)],
    ),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("entities"), [text for text, _ in CASES], html=True
    )


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_entity_at_a_figures_edge_bounds_its_span(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
