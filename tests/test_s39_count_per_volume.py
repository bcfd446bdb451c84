"""A bare count per volume, as blood counts and semen analyses write it (session 39,
held-out extraction inputs modelled on lab reports).

``Platelets 95,000/µL``, ``7,800/cmm``, ``180 per mm3``, ``11,500 per cubic millimetre``,
``15 million per mL`` were bare numbers: no claim in ``platelets/µL`` could judge them, and a
wrong count passed unseen. The count takes the volume (the cubic millimetre is the
microlitre), and a count per volume converts to a claim's volume, its noun or none (``150 ×
10⁹/L`` is 150,000/µL)."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import figure_verdicts_fixture, valued_claim


def _figures(tmp_path, extract_json, text: str) -> list:
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neutrophils 1,200/µL on day 10.", [("1,200/µL", 1200.0, 1200.0, "/µL")]),
        ("Lymphocytes 2,100/cmm.", [("2,100/cmm", 2100.0, 2100.0, "/µL")]),
        ("Platelets 40 000/mm³ after chemotherapy.", [("40 000/mm³", 40000.0, 40000.0, "/µL")]),
        ("CD4 count 350 per mm3 at diagnosis.", [("350 per mm3", 350.0, 350.0, "/µL")]),
        (
            "WBC 9,000 per cubic millimetre.",
            [("9,000 per cubic millimetre", 9000.0, 9000.0, "/µL")],
        ),
        ("Motile sperm 20 million per mL.", [("20 million per mL", 2e7, 2e7, "/mL")]),
        # … while a price or a dose per mL is read as before
        ("Take 5 mL per dose.", [("5 mL", 5.0, 5.0, "mL")]),
    ],
)
def test_a_bare_count_takes_its_volume(tmp_path, extract_json, text, expected):
    assert _figures(tmp_path, extract_json, text) == expected


REGISTRY = valued_claim(
    "neutrophils-normal",
    "A normal neutrophil count is 2,000 to 7,500 neutrophils per microlitre.",
    "{low: 2000, high: 7500, unit: neutrophils/µL}",
    "neutrophil count, neutrophils",
    "normal",
)

lint_counts = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A normal neutrophil count is 2,000 to 7,500/µL.", {}),
        ("A normal neutrophil count is 2.0 to 7.5 × 10⁹/L.", {}),
        ("A normal neutrophil count is 2,000–7,500 per cubic millimetre.", {}),
        (
            "A normal neutrophil count is 4,000 to 9,000/µL.",
            {"4,000 to 9,000/µL": ("CC101", "neutrophils-normal")},
        ),
    ],
)
def test_a_count_per_volume_meets_its_claim(lint_counts, text, expected):
    assert lint_counts(text) == expected
