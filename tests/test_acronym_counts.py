"""A count named by an acronym's plural (``12,400 UTIs``, ``over 2 million STIs``) is a
count of what the acronym names: judged against a claim counted in cases, diagnoses or the
word its last letter stands for (``infections``), supported or a conflict."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: harbourshire-uti-diagnoses
  statement: Harbourshire recorded 12,400 diagnoses of urinary tract infection in 2024.
  subject: [urinary tract infection, UTI, UTIs]
  context: [Harbourshire, "2024"]
  value: {value: 12400, unit: diagnoses}
  sources: [{citation: "Harbourshire report", quote: "12,400 diagnoses"}]
  status: approved
  review_by: 2030-01-01
- id: harbourshire-hai-infections
  statement: Harbourshire hospitals recorded 3,100 healthcare-associated infections in 2024.
  subject: [healthcare-associated infection, HAI, HAIs]
  context: [Harbourshire, "2024"]
  value: {value: 3100, unit: infections}
  sources: [{citation: "Harbourshire report", quote: "3,100 infections"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbourshire diagnosed 12,400 UTIs in 2024.", {}),
        ("Harbourshire diagnosed 13,900 UTIs in 2024.",
         {"13,900 UTIs": ("CC101", "harbourshire-uti-diagnoses")}),
        ("Harbourshire hospitals saw 3,100 HAIs in 2024.", {}),
        ("Harbourshire hospitals saw 1,300 HAIs in 2024.",
         {"1,300 HAIs": ("CC101", "harbourshire-hai-infections")}),
    ],
)  # fmt: skip
def test_an_acronym_count_is_judged_as_what_it_names(lint_text, text, expected):
    assert lint_text(text) == expected


PLURAL_NAME_REGISTRY = """\
- id: norland-mi-count
  statement: In 2022, Norland hospitals treated 16,000 myocardial infarctions.
  subject: [myocardial infarction, MI, heart attack]
  context: [Norland, "2022"]
  value: {value: 16000, unit: infarctions}
  sources: [{citation: "Norland report", quote: "16,000 myocardial infarctions"}]
  status: approved
  review_by: 2030-01-01
"""

lint_plural_name = figure_verdicts_fixture(PLURAL_NAME_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022, Norland hospitals treated 16,000 MIs.", {}),
        ("In 2022, Norland hospitals treated 61,000 MIs.",
         {"61,000 MIs": ("CC101", "norland-mi-count")}),
    ],
)  # fmt: skip
def test_an_acronyms_plural_names_the_claims_subject(lint_plural_name, text, expected):
    """``MIs`` names the subject ``MI``: the figure is that claim's, no figure nothing names."""
    assert lint_plural_name(text) == expected
