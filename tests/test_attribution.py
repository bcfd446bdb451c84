"""Which sibling claim a figure belongs to when the claims share a subject and differ by a
word (first / second dose, severe / any), by nested age brackets (50+ / 70+), and how a
draft finer than the source's written precision is judged."""

from __future__ import annotations

import json

import pytest

REGISTRY = """\
- id: flu-shot-coverage-first-dose
  statement: In 2023, 81% of toddlers received a first dose of the nasal flu vaccine.
  subject: [nasal flu vaccine]
  value: {value: 81, unit: percent}
  sources: [{citation: "Immunisation report 2023", quote: "first dose 81%"}]
  status: approved
  review_by: 2030-01-01
- id: flu-shot-coverage-second-dose
  statement: A second dose of the nasal flu vaccine reached 62% of toddlers in 2023.
  subject: [nasal flu vaccine]
  value: {value: 62, unit: percent}
  sources: [{citation: "Immunisation report 2023", quote: "second dose 62%"}]
  status: approved
  review_by: 2030-01-01
- id: zoster-protection-50-plus
  statement: The shingles vaccine protected 91% of people aged 50 and over.
  subject: [shingles vaccine]
  value: {value: 91, unit: percent}
  sources: [{citation: "Trial report", quote: "91% in those 50 and over"}]
  status: approved
  review_by: 2030-01-01
- id: zoster-protection-70-plus
  statement: In people aged 70 and over the shingles vaccine protected 85%.
  subject: [shingles vaccine]
  value: {value: 85, unit: percent}
  sources: [{citation: "Trial report", quote: "85% in those 70 and over"}]
  status: approved
  review_by: 2030-01-01
- id: stroke-deaths-2021
  statement: Strokes killed an estimated 7.3 million people worldwide in 2021.
  subject: [stroke, strokes]
  value: {value: 7300000, unit: deaths/year}
  sources: [{citation: "Global burden study 2021", quote: "7.3 million deaths"}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture
def lint_text(tmp_path, run_cli):
    registry = tmp_path / "claims"
    registry.mkdir()
    (registry / "claims.yaml").write_text(REGISTRY, encoding="utf-8")

    def run(text: str) -> dict[str, tuple[str, str]]:
        draft = tmp_path / "page.md"
        draft.write_text(text + "\n", encoding="utf-8")
        result = run_cli(
            "lint", "--no-cache", "--registry", registry, "--select", "CC1,CC4",
            "--format", "json", draft,
        )  # fmt: skip
        findings = json.loads(result.stdout)["findings"]
        return {f["message"].split('"')[1]: (f["code"], f["registry_id"]) for f in findings}

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023, 81% of toddlers got a first dose of the nasal flu vaccine, and 62% a second.",
            {},
        ),
        (
            "In 2023, 62% of toddlers got a first dose of the nasal flu vaccine, and 81% a second.",
            {
                "62%": ("CC101", "flu-shot-coverage-first-dose"),
                "81%": ("CC101", "flu-shot-coverage-second-dose"),
            },
        ),
        (
            "The shingles vaccine protected 91% of people aged 50 and over and 85% of those "
            "aged 70 and over.",
            {},
        ),
        (
            "The shingles vaccine protected 85% of people aged 50 and over and 91% of those "
            "aged 70 and over.",
            {
                "85%": ("CC101", "zoster-protection-50-plus"),
                "91%": ("CC101", "zoster-protection-70-plus"),
            },
        ),
    ],
    ids=["doses-right", "doses-swapped", "nested-ages-right", "nested-ages-swapped"],
)
def test_a_swapped_sibling_figure_is_a_conflict_with_its_own_claim(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_figure_finer_than_the_source_writes_it_is_overprecise(lint_text):
    """The value is typed out in full (7300000), the statement says "7.3 million"."""
    got = lint_text("Strokes killed 7.34 million people worldwide in 2021.")
    assert got == {"7.34 million people": ("CC103", "stroke-deaths-2021")}
    assert lint_text("Strokes killed 7.9 million people worldwide in 2021.") == {
        "7.9 million people": ("CC101", "stroke-deaths-2021")
    }
