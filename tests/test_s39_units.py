"""Units the extractor reads that a registry could not be written in, and limits that are no
caps (session 39, the breaker of session 38's rules).

A count per volume (``15 million sperm per mL``, ``platelets per µL``) and a price per a
named item (``£9.90 per prescription item``) were read from drafts but refused by
``registry check``, so no claim could back them; a lab's lower or reference limit
(``a lower limit of 50 IU/dL``) was read as a cap on the figure (at most 50), so a source
quote stating the limit did not state the claim's value; an amino acid's ``L-`` was read as
litres."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import figure_verdicts_fixture, valued_claim


def _figures(tmp_path, extract_json, text: str) -> list:
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities]


COUNT_PER_VOLUME = "".join(
    (
        valued_claim(
            "semen-lower-limit",
            "The lower reference limit for sperm concentration is 16 million per mL.",
            "{value: 16000000, unit: sperm/mL}",
            "sperm concentration",
            "lower reference limit",
        ),
        valued_claim(
            "platelet-normal",
            "A normal platelet count is 150,000 to 400,000 platelets per µL.",
            "{low: 150000, high: 400000, unit: platelets/µL}",
            "platelet count",
            "normal",
        ),
        valued_claim(
            "dispensing-fee",
            "The dispensing fee is £1.27 per prescription item.",
            "{value: 1.27, unit: GBP/prescription item}",
            "dispensing fee",
            "pharmacy",
        ),
    )
)

lint_units = figure_verdicts_fixture(COUNT_PER_VOLUME)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sperm concentration should be at least 16 million sperm per mL.", {}),
        (
            "A sperm concentration of 40 million sperm per mL is the lower reference limit.",
            {"40 million sperm per mL": ("CC101", "semen-lower-limit")},
        ),
        ("A normal platelet count lies between 150,000 and 400,000 platelets per µL.", {}),
        (
            "A normal platelet count is 50,000 to 100,000 platelets per µL.",
            {"50,000 to 100,000 platelets per µL": ("CC101", "platelet-normal")},
        ),
        ("Pharmacies receive a dispensing fee of £1.27 per prescription item.", {}),
        (
            "Pharmacies receive a dispensing fee of £2.50 per prescription item.",
            {"£2.50 per prescription item": ("CC101", "dispensing-fee")},
        ),
    ],
)
def test_claims_in_a_count_per_volume_or_a_price_per_item_judge_drafts(lint_units, text, expected):
    assert lint_units(text) == expected


def test_registry_check_accepts_the_units_the_extractor_reads(tmp_path, run_cli):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claims.yaml").write_text(COUNT_PER_VOLUME, encoding="utf-8")
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "3 claims, 0 errors, 0 warnings" in result.stdout


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("USD/moth", "period 'moth' is not one of"),  # a slip of a period stays an error
        ("percent/mL", "period 'mL' is not one of"),  # a share is no count per volume
    ],
)
def test_registry_check_still_refuses_a_slip_of_a_period(tmp_path, run_cli, unit, message):
    folder = tmp_path / "claims"
    folder.mkdir()
    claim = valued_claim("x", "It is 5.", f"{{value: 5, unit: {unit}}}", "thing", "it")
    (folder / "claims.yaml").write_text(claim, encoding="utf-8")
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lab's lower or reference limit is its value, no cap on it
        ("Ferritin below a lower limit of 30 µg/L suggests iron deficiency.", (30.0, 30.0)),
        ("TSH has an upper reference limit of 4.2 mIU/L in most labs.", (4.2, 4.2)),
        ("It uses a lower reference limit of 60 mL/min for eGFR.", (60.0, 60.0)),
        # … while other limits still cap it
        ("There is a limit of 2 doses in any day.", (None, 2.0)),
        ("Sodium intake is limited to 6 g a day.", (None, 6.0)),
    ],
)
def test_a_lower_or_reference_limit_is_no_cap(tmp_path, extract_json, text, expected):
    (_, low, high, _), *_ = _figures(tmp_path, extract_json, text)
    assert (low, high) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ranibizumab is given as 50 µL into the eye.", [("50 µL", 50.0, 50.0, "µL")]),
        ("A 10 microlitre drop is enough.", [("10 microlitre", 10.0, 10.0, "µL")]),
        ("Pipette 20 uL of serum.", [("20 uL", 20.0, 20.0, "µL")]),
        # an isomer's L is no litre, in prose or as a numbered heading
        ("4.2 L-Carnitine Supplements", []),
        ("7.3 L-Dopa and Related Drugs", []),
        ("Drink 2 L of water a day.", [("2 L", 2.0, 2.0, "L")]),
    ],
)
def test_microlitres_and_isomer_names(tmp_path, extract_json, text, expected):
    assert _figures(tmp_path, extract_json, text) == expected
