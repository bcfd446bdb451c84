"""A count of hospital stays ("put 52,000 people in hospital", "sends … to hospital",
"hospital admissions", "admitted to hospital") is not a count of deaths, so figures swapped
between a disease's hospitalisation and death claims are each a conflict with their own
claim, and "hospitalized patients" (whom a figure is about) is no such count."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: marsh-fever-stays-2023
  statement: Marsh fever caused an estimated 84,000 hospitalizations in 2023.
  subject: [marsh fever]
  context: [hospitalizations, hospital, admissions]
  value: {value: 84000, unit: hospitalizations}
  sources: [{citation: "Agency burden estimate 2024", quote: "84,000 hospitalizations"}]
  status: approved
  review_by: 2030-01-01
- id: marsh-fever-deaths-2023
  statement: Marsh fever caused an estimated 6,100 deaths in 2023.
  subject: [marsh fever]
  context: [deaths, died]
  value: {value: 6100, unit: deaths}
  sources: [{citation: "Agency burden estimate 2024", quote: "6,100 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023 marsh fever put 6,100 people in hospital and killed 84,000.",
            {
                "6,100 people": ("CC101", "marsh-fever-stays-2023"),
                "84,000": ("CC101", "marsh-fever-deaths-2023"),
            },
        ),
        (
            "Each year marsh fever sends 6,100 people to hospital.",
            {"6,100 people": ("CC101", "marsh-fever-stays-2023")},
        ),
        (
            "In 2023 there were 6,100 hospital admissions for marsh fever.",
            {"6,100 hospital admissions": ("CC101", "marsh-fever-stays-2023")},
        ),
        (
            "Some 6,100 people were admitted to hospital with marsh fever in 2023.",
            {"Some 6,100 people": ("CC101", "marsh-fever-stays-2023")},
        ),
        (
            "Marsh fever killed 84,000 people in 2023.",
            {"84,000 people": ("CC101", "marsh-fever-deaths-2023")},
        ),
        # the right figures pass
        ("In 2023 marsh fever put 84,000 people in hospital and killed 6,100.", {}),
        ("About 84,000 people were hospitalised with marsh fever in 2023.", {}),
        ("Marsh fever led to 84,000 hospital stays in 2023, and 6,100 people died.", {}),
    ],
)
def test_hospital_stays_are_not_deaths(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected


def test_a_declared_measure_of_hospitalisations_is_valid(tmp_path, run_cli) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "c.yaml").write_text(
        REGISTRY.replace(
            "  value: {value: 84000", "  measure: hospitalisations\n  value: {value: 84000"
        ),
        encoding="utf-8",
    )
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 0, result.output
