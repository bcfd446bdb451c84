"""A unit said once for a list of figures, Lancet-style figures, and the units of measurement a
registry value may take (issue 11). Drafts and registry quotes are read by one extractor, so
``registry check`` finds a claim's value in a quote that lists it with others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: dict[str, list[tuple[str, list[dict]]]] = {
    "a unit said once for a list": [
        (
            "Falls were 18.5 and 24.9 per 1,000 patient-years.",
            [
                fig("18.5", 18.5, per="1,000 patient-years"),
                fig("24.9 per 1,000 patient-years", 24.9, per="1,000 patient-years"),
            ],
        ),
        (
            "Rates stood at 210, 184, and 57 per 100,000.",
            [
                fig("210", 210, per="100,000"),
                fig("184", 184, per="100,000"),
                fig("57 per 100,000", 57, per="100,000"),
            ],
        ),
        (
            "Uptake was 41, 48 or 55% by region.",
            [
                fig("41", 41, unit="percent", kind="percent"),
                fig("48", 48, unit="percent", kind="percent"),
                fig("55%", 55, unit="percent", kind="percent"),
            ],
        ),
        (
            "The groups lost 9.6 and 2.1 kg.",
            [fig("9.6", 9.6, unit="kg", kind="measure"), fig("2.1 kg", 2.1, unit="kg")],
        ),
        (
            "Follow-up visits came at 6, 12 and 24 months.",
            [
                fig("6", 6, unit="month", kind="duration"),
                fig("12", 12, unit="month", kind="duration"),
                fig("24 months", 24, unit="month", kind="duration"),
            ],
        ),
        (
            "Doses of 25 & 50 mg were compared.",
            [fig("25", 25, unit="mg"), fig("50 mg", 50, unit="mg")],
        ),
        # a list of labels stays labels, and a figure with a unit of its own keeps it
        ("Blood was drawn on days 1,8,15 of the cycle.", []),  # a schedule's list names when
        (
            "Of 40 patients, 12 and 30% relapsed.",
            [
                fig("40 patients", 40, unit="patients", kind="count"),
                fig("12", 12, unit="percent"),
                fig("30%", 30, unit="percent"),
            ],
        ),
    ],
    "Lancet style": [
        ("Prevalence was 9·1% in 2017.", [fig("9·1%", 9.1, unit="percent")]),
        ("The mean dose was 3·25 mg.", [fig("3·25 mg", 3.25, unit="mg")]),
        (
            "There were 697·5 (95% UI 649·2–752·0) million cases.",
            [
                fig(
                    "697·5 (95% UI 649·2–752·0) million cases",
                    697.5e6,
                    unit="cases",
                    spread={
                        "kind": "CI",
                        "value": None,
                        "low": 649.2e6,
                        "high": 752e6,
                        "level": 95.0,
                    },
                )
            ],
        ),
        (
            "Costs were 4.2 (95% CI 3.9–4.6) billion dollars.",
            [
                fig(
                    "4.2 (95% CI 3.9–4.6) billion dollars",
                    4.2e9,
                    unit="USD",
                    spread={
                        "kind": "CI",
                        "value": None,
                        "low": 3.9e9,
                        "high": 4.6e9,
                        "level": 95.0,
                    },
                )
            ],
        ),
        (
            "A count of 1 204·6 was recorded.",
            [fig("1 204·6", 1204.6)],
        ),
        # a raised point before a power of ten is a times sign
        ("Each dose held 2·10^8 cells.", [fig("2·10^8 cells", 2e8, unit="cells")]),
    ],
}
FLAT = [(kind, text, expected) for kind, cases in CASES.items() for text, expected in cases]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("lists"), [text for _, text, _ in FLAT])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), FLAT, ids=[f"{kind}:{text[:30]}" for kind, text, _ in FLAT]
)
def test_figure_is_read_as_written(extracted: dict, kind: str, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


REGISTRY = """- id: fall-rate-drug-arm
  statement: Falls occurred at 18.5 per 1,000 patient-years on the drug.
  subject: [falls]
  value: {value: 18.5, unit: "per 1,000 patient-years"}
  sources:
    - citation: "A trial report"
      quote: "Falls were 18.5 and 24.9 per 1,000 patient-years in the two arms."
  status: approved
- id: ckd-egfr-threshold
  statement: Chronic kidney disease is an eGFR below 60 mL/min/1.73 m² for three months.
  subject: [eGFR]
  value: {high: 60, high_inclusive: false, unit: mL/min/1.73 m²}
  sources:
    - citation: "KDIGO 2012 guideline"
      quote: "GFR <60 ml/min/1.73 m2 for >3 months"
  status: approved
"""


def _registry(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    return folder


def test_registry_check_accepts_egfr_units_and_finds_a_listed_value(tmp_path, run_cli) -> None:
    """The eGFR unit is a unit of measurement, and the quote that lists 18.5 with 24.9 under
    one unit states the claim's 18.5 per 1,000 patient-years."""
    result = run_cli("registry", "check", _registry(tmp_path))
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("CKD means an eGFR under 60 mL/min/1.73m² for three months.", None),
        # matched to the claim through its unit: another threshold than the source's
        # (a bound said against a bound is compared bound to bound)
        ("CKD means an eGFR under 45 mL/min/1.73 m² for three months.", "CC101"),
    ],
)
def test_egfr_figure_is_checked_against_its_claim(tmp_path, run_cli, sentence, code) -> None:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = run_cli(
        "lint", "--no-cache", "--registry", _registry(tmp_path), "--format", "json", draft
    )
    codes = [f["code"] for f in json.loads(result.stdout)["findings"] if f["code"][:3] == "CC1"]
    assert codes == ([code] if code else [])
