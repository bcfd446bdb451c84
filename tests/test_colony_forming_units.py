"""Colony-forming units, the count of live microbes on a probiotic's label and in a urine or
blood culture (issue 11, powers of ten): ``1×10⁹ CFU``, ``10 billion CFU``, ``above 10^5
CFU/mL``, ``20 billion colony-forming units``. The power of ten or scale word was read but the
unit was lost, leaving a bare number that no registry claim in CFU could meet. Sentences of
our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Each sachet holds 5×10⁹ CFU.", [fig("5×10⁹ CFU", 5e9, unit="CFU")]),
    ("One capsule gives 10 billion CFU.", [fig("10 billion CFU", 1e10, unit="CFU")]),
    (
        "Cultures over 10^5 CFU/mL suggest infection.",
        [fig("over 10^5 CFU/mL", 1e5, None, unit="CFU/mL", li=False)],
    ),
    ("A count of 10^4 cfu/ml is borderline.", [fig("10^4 cfu/ml", 1e4, unit="CFU/mL")]),
    (
        "The yoghurt has 1 billion colony-forming units.",
        [fig("1 billion colony-forming units", 1e9, unit="CFU")],
    ),
    ("Plates grew 30 CFUs overnight.", [fig("30 CFUs", 30, unit="CFU")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("cfu"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_colony_forming_units_are_the_unit(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
