"""A titre or dilution is how a sample or drug is thinned, never a share of people, wherever
its name stands: ``a 1:320 titre``, ``a 1 in 5 dilution``, ``dilute 1 in 20``, ``diluted to
1:500``; ``1 in 20 adults`` stays a share. A count per litre written with a lower-case ``l``
(``×10⁹/l``, ``10^6/ml``) is in the same unit as ``/L`` and ``/mL``."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("A 1:320 titre suggests recent infection.", []),
    ("Make a 1 in 5 dilution of the stock.", []),
    ("Dilute 1 in 20 with sterile water.", []),
    ("The concentrate is diluted to 1:500 before use.", []),
    (
        "About 1 in 20 adults has the allele.",
        [fig("About 1 in 20", 0.05, unit="proportion", approx=True)],
    ),
    ("The disorder affects 1:5,000 newborns.", [fig("1:5,000", 0.0002, unit="proportion")]),
    ("A white count of 13.1 ×10⁹/l was recorded.", [fig("13.1 ×10⁹/l", 13.1e9, unit="/L")]),
    (
        "A sperm count below 15 x 10^6/ml is low.",
        [fig("below 15 x 10^6/ml", None, 15e6, unit="/mL", hi=False, comparator="below")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("titre"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_titres_dilutions_and_litres(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
