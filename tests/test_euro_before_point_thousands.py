"""A euro sign or code before an amount with a point before exactly three digits groups
thousands (issue 11, digit grouping): ``€ 2.500`` is 2 500 euros, as ``2.500 €`` already was
and as ``kr. 1.200`` is; no euro price is written to a thousandth. Two decimals stay cents
(``€2.50``), a scale word keeps the point a decimal (``€1.250 million``), and a dollar amount is
left to the English reading. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("A cycle costs € 3.200 in Munich.", [fig("€ 3.200", 3200, unit="EUR")]),
    ("The implant is €1.750 per eye.", [fig("€1.750 per eye", 1750, unit="EUR")]),
    ("Fees of EUR 1.200 apply.", [fig("EUR 1.200", 1200, unit="EUR")]),
    ("The cream is €2.50 a tube.", [fig("€2.50", 2.5, unit="EUR")]),
    ("A budget of €1.250 million was set.", [fig("€1.250 million", 1_250_000, unit="EUR")]),
    ("It costs $2.500 there.", [fig("$2.500", 2.5, unit="USD")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("euro"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_euro_before_groups_thousands(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
