"""Blood counts as older lab reports write them (issue 11, powers of ten): per cubic millimetre
(``7.5 × 10³/mm³``, ``/cmm``), which is the microlitre, and per ``uL`` typed without the micro
sign; each is read as ``/µL``, as ``250 x 10^3/µL`` already was, so one registry claim meets
every spelling. The power of ten and its count stay one figure. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("White cells were 6.8 × 10³/mm³ at entry.", [fig("6.8 × 10³/mm³", 6800, unit="/µL")]),
    ("Platelets were 240 x 10^3/cmm.", [fig("240 x 10^3/cmm", 240000, unit="/µL")]),
    ("Neutrophils fell to 1.2 × 10^3/uL.", [fig("1.2 × 10^3/uL", 1200, unit="/µL", role="after")]),
    ("Platelets of 150 x 10^3/µL are normal.", [fig("150 x 10^3/µL", 150000, unit="/µL")]),
    ("A count of 4 x 10^9/L is normal.", [fig("4 x 10^9/L", 4e9, unit="/L")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("per_volume"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_count_per_volume_is_per_microlitre(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
