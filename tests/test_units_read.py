"""Units that were lost or misread (issue 11): per mille, temperatures (``ºC``, ``˚C``, a C or
F glued to the number in a sentence about temperature), a rate per person-time, a verb taken
for a counted noun, ``INR 2.5`` (a blood test, not rupees) and a blood pressure reading
(``140/90 mmHg``: a systolic and a diastolic figure). Each is read as a user sees it in
``extract --format json``, offsets exact; a per mille figure is checked against a registry
claim in percent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: dict[str, list[tuple[str, list[dict]]]] = {
    "per mille": [
        ("Perinatal mortality was 4.8‰ last year.", [fig("4.8‰", 4.8, unit="‰", kind="percent")]),
        ("The legal limit is 0.2 ‰ for new drivers.", [fig("0.2 ‰", 0.2, unit="‰")]),
        (
            "Blood alcohol above 0.5 per mille is an offence.",
            [fig("above 0.5 per mille", 0.5, None, li=False, unit="‰")],
        ),
        (
            "It fell from 6‰ to 4‰.",
            [fig("6‰", 6, unit="‰", role="before"), fig("4‰", 4, unit="‰", role="after")],
        ),
        # "per mile" is a distance's rate, not per mille
        ("Mileage is paid at 45 pence per mile.", [fig("45 pence", 45, unit="pence")]),
    ],
    "temperature": [
        ("Seek help at a temperature of 39ºC or more.", [fig("39ºC or more", 39, None, unit="°C")]),
        ("Keep insulin below 30 ˚C.", [fig("below 30 ˚C", None, 30, hi=False, unit="°C")]),
        (
            "A child's temperature of 102F or higher needs a doctor.",
            [fig("102F or higher", 102, None, unit="°F")],
        ),
        ("Store the vaccine at 2-8C.", [fig("2-8C", 2, 8, unit="°C")]),
        ("A fever is 37.8C or above in adults.", [fig("37.8C or above", 37.8, None, unit="°C")]),
        ("Body temperature is 36.5 to 37.5C.", [fig("36.5 to 37.5C", 36.5, 37.5, unit="°C")]),
        # a glued C outside a sentence about temperature is no unit
        ("Beds 21C and 22C are free.", []),
    ],
    "rate per person-time": [
        (
            "Incidence was 6.1 per 1,000 person-years.",
            [fig("6.1 per 1,000 person-years", 6.1, per="1,000 person-years")],
        ),
        (
            "There were 2.3 falls per 100 patient-years.",
            [fig("2.3 falls per 100 patient-years", 2.3, unit="falls/100 patient-years")],
        ),
        (
            "Pregnancy rates were 0.3 per 100 woman-years.",
            [fig("0.3 per 100 woman-years", 0.3, per="100 woman-years")],
        ),
        (
            "Mortality was 9 per 100,000 person-years.",
            [fig("9 per 100,000 person-years", 9, per="100,000 person-years")],
        ),
        (
            "Deaths were 12 per 1000 person-months.",
            [fig("12 per 1000 person-months", 12, per="1,000 person-months")],
        ),
    ],
    "a verb after the figure": [
        ("A waist of 94 to 101 counts as raised.", [fig("94 to 101", 94, 101)]),
        ("A score of 15 suggests severe anxiety.", [fig("15", 15)]),
        ("A ferritin of 30 indicates low iron.", [fig("30", 30)]),
        ("A result of 6 means retesting.", [fig("6", 6)]),
        ("For most, drinking 14 causes most of the harm.", [fig("14", 14)]),
        # a noun stays a counted noun
        ("The clinic found 3 causes of anaemia.", [fig("3 causes", 3, unit="causes")]),
        ("Low counts were seen in 40 counts of the sample.", [fig("40 counts", 40, unit="counts")]),
    ],
    "INR, the blood test": [
        ("Her INR 2.8 was in range.", [fig("2.8", 2.8)]),
        ("Keep the INR between 2 and 3.", [fig("between 2 and 3", 2, 3)]),
        ("A clinic visit costs INR 1,200.", [fig("INR 1,200", 1200, unit="INR")]),
    ],
    "blood pressure": [
        (
            "Stage 1 hypertension is a reading of 130/80 mmHg.",
            [
                fig("130", 130, unit="mmHg", role="systolic"),
                fig("80 mmHg", 80, unit="mmHg", role="diastolic"),
            ],
        ),
        (
            "Keep your blood pressure below 140/90.",
            [
                fig("below 140", None, 140, hi=False, role="systolic"),
                fig("90", None, 90, hi=False, role="diastolic"),
            ],
        ),
        (
            "A BP of 180/120 mm Hg or more is an emergency.",
            [
                fig("180", 180, None, unit="mmHg", role="systolic"),
                fig("120 mm Hg or more", 120, None, unit="mmHg", role="diastolic"),
            ],
        ),
        (
            "Her reading was about 118/76mmHg.",
            [
                fig("about 118", 118, unit="mmHg", approx=True, role="systolic"),
                fig("76mmHg", 76, unit="mmHg", approx=True, role="diastolic"),
            ],
        ),
        # no pressure: a score, vision, a date
        ("Only 40% have 20/20 vision.", [fig("40%", 40, unit="percent")]),
        ("She scored 110/120 on the test.", []),
    ],
}
FLAT = [(kind, text, expected) for kind, cases in CASES.items() for text, expected in cases]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("units"), [text for _, text, _ in FLAT])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), FLAT, ids=[f"{kind}:{text[:30]}" for kind, text, _ in FLAT]
)
def test_unit_is_read_as_written(extracted: dict, kind: str, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


CLAIM = """- id: stillbirth-rate
  statement: The stillbirth rate was 0.35% of births in the region.
  subject: [stillbirth rate]
  value: {value: 0.35, unit: percent}
  sources:
    - citation: "A regional birth register"
  status: approved
"""


@pytest.mark.parametrize(("written", "conflict"), [("3.5‰", False), ("5.2‰", True)])
def test_per_mille_is_checked_against_a_claim_in_percent(
    tmp_path: Path, run_cli, written: str, conflict: bool
) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "births.yaml").write_text(CLAIM, encoding="utf-8")
    draft = tmp_path / "page.md"
    draft.write_text(f"The stillbirth rate is {written} in the region.\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--registry", folder, "--format", "json", draft)
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert ("CC101" in codes) is conflict
    assert "CC102" not in codes


def test_registry_accepts_per_mille(tmp_path: Path, run_cli) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "births.yaml").write_text(
        CLAIM.replace("{value: 0.35, unit: percent}", "{value: 3.5, unit: per mille}"),
        encoding="utf-8",
    )
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 0, result.output


def test_blood_pressure_in_the_text_format(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "page.md"
    draft.write_text("Aim for 120/80 mmHg.\n", encoding="utf-8")
    result = run_cli("extract", draft)
    assert "(systolic)" in result.stdout and "(diastolic)" in result.stdout
