"""A name that ends in a letter or number telling its kinds apart ("haemophilia B",
"hepatitis A") is narrowed by a word before its noun as any name is: "severe haemophilia
B" is a subgroup the claim about all of it does not state, so a different figure there is
unsupported, not a conflict."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: haemophilia-b-prevalence
  statement: The prevalence of haemophilia B is 3.8 per 100,000 males.
  subject: [haemophilia B, hemophilia B]
  context: [prevalence, males]
  value: {value: 3.8, unit: "per 100,000"}
  sources: [{citation: "Registry analysis 2019", quote: "3.8 per 100,000 males"}]
  status: approved
  review_by: 2030-01-01
- id: hepatitis-a-cases-2023
  statement: There were 1,200 cases of hepatitis A in the region in 2023.
  subject: [hepatitis A]
  context: [cases, "2023"]
  value: {value: 1200, unit: cases}
  sources: [{citation: "Surveillance report 2024", quote: "1,200 cases of hepatitis A"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Haemophilia B is found in 1.1 per 100,000 males.", "CC101"),
        ("Severe haemophilia B is found in 1.1 per 100,000 males.", "CC102"),
        ("There were 310 cases of hepatitis A in the region in 2023.", "CC101"),
        ("There were 310 cases of acute hepatitis A in the region in 2023.", "CC102"),
    ],
)
def test_a_word_before_a_lettered_name_narrows_it(lint_text, text: str, code: str) -> None:
    found = lint_text(text)
    assert [c for c, _id in found.values()] == [code]
