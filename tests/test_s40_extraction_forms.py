"""Forms of figures that session 39's held-out extraction inputs read wrong (session 40),
each kind in our own examples: powers of minus one written with a dash, a mean age with its
spread, the rand, a bare CI inside a statistic's bracket, and a test's accuracy with its CI."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _figures(tmp_path, extract_json, text: str) -> list:
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an en dash or a minus sign before the power's 1, as typeset journals write it
        ("Fasting glucose was 6.4 mmol l–1 at baseline.", [("6.4 mmol l–1", 6.4, 6.4, "mmol/L")]),
        ("Peak flow fell to 3.2 L min−1.", [("3.2 L min−1", 3.2, 3.2, "L/min")]),
        # per body surface area written as a power too
        (
            "Clearance was 38 mL·min⁻¹·1.73 m⁻² on day 3.",
            [("38 mL·min⁻¹·1.73 m⁻²", 38.0, 38.0, "mL/min/1.73m2")],
        ),
        # counted beats and breaths per minute by a power
        ("Pulse was 88 beats·min⁻¹ at rest.", [("88 beats·min⁻¹", 88.0, 88.0, "bpm")]),
        ("Breathing 24 breaths min⁻¹.", [("24 breaths min⁻¹", 24.0, 24.0, "breaths/min")]),
    ],
)
def test_a_power_of_minus_one_in_any_dash(tmp_path, extract_json, text, expected):
    assert _figures(tmp_path, extract_json, text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Age 63 ± 9 years, 52% men.", "63 ± 9 years"),
        ("Patients were aged 71 ± 6 years.", "71 ± 6 years"),
        ("Participants aged 44 (SD 11) years took part.", "44 (SD 11) years"),
    ],
)
def test_an_age_with_its_spread_is_a_mean_age_not_a_group(tmp_path, extract_json, text, figure):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    found = {q["text"]: q for q in quantities}
    assert found[figure]["low"] == found[figure]["high"]
    assert found[figure]["spread"]["kind"] in ("±", "SD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A dental check-up costs R 2 450 privately.", [("R 2 450", 2450.0, 2450.0, "ZAR")]),
        ("Cover costs R890 a month.", [("R890 a month", 890.0, 890.0, "ZAR")]),
        # R alone is no currency: a correlation, a reproduction number
        ("Its R0 is about 15.", [("about 15", 15.0, 15.0, None)]),
    ],
)
def test_the_rand_before_an_amount_a_money_word_leads_to(tmp_path, extract_json, text, expected):
    assert _figures(tmp_path, extract_json, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smoking was linked to failure (aOR 1.84, 1.22–2.77).",
        "Death was less likely (HR 0.71; 0.58 to 0.87).",
    ],
)
def test_a_bare_interval_closing_a_statistics_bracket_is_its_ci(tmp_path, extract_json, text):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert len(quantities) == 1
    assert quantities[0]["spread"]["kind"] == "CI"


def test_an_interval_not_around_the_statistic_stays_a_figure(tmp_path, extract_json):
    _draft, quantities = extracted_quantities(
        tmp_path, extract_json, "Risk rose (OR 2.4, 0.5–0.9 for the other arm)."
    )
    assert len(quantities) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sensitivity was 0.91 (95% CI 0.86–0.94).",
        "The pooled specificity was 0.78 (0.70–0.85).",
    ],
)
def test_a_tests_accuracy_with_its_ci_is_a_proportion(tmp_path, extract_json, text):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["unit"] for q in quantities] == ["proportion"]
