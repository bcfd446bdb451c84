"""A study's name stands for its subject where the figure's clause names no subject: "8% of
patients in BRIGHT 2 on placebo" is about BRIGHT 2's drug, whose claims alone hold BRIGHT 2
in their ``context``. A name that claims of several subjects share, or an agency's (WHO),
stands for none of them."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: bright2-lorvatinib-response
  statement: In BRIGHT 2, 41% of patients on lorvatinib responded at week 16.
  subject: [lorvatinib]
  context: [BRIGHT 2, response]
  value: {value: 41, unit: percent}
  sources: [{citation: "BRIGHT 2 trial 2024", quote: "41% vs 9% at week 16"}]
  status: approved
  review_by: 2030-01-01
- id: bright2-placebo-response
  statement: In BRIGHT 2, 9% of patients on placebo responded at week 16.
  subject: [lorvatinib]
  context: [BRIGHT 2, response]
  group: [placebo]
  value: {value: 9, unit: percent}
  sources: [{citation: "BRIGHT 2 trial 2024", quote: "41% vs 9% at week 16"}]
  status: approved
  review_by: 2030-01-01
- id: who-eczema-share
  statement: WHO estimates that eczema affects 3% of adults.
  subject: [eczema]
  context: [WHO, adults]
  value: {value: 3, unit: percent}
  sources: [{citation: "WHO fact sheet 2023", quote: "3% of adults"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With placebo, 9% of patients in BRIGHT 2 responded by week 16.", {}),
        (
            "With placebo, 19% of patients in BRIGHT 2 responded by week 16.",
            {"19%": ("CC101", "bright2-placebo-response")},
        ),
        ("At week 16 of BRIGHT 2, 41% of patients on the active drug had responded.", {}),
        (
            "At week 16 of BRIGHT 2, 51% of patients on the active drug had responded.",
            {"51%": ("CC101", "bright2-lorvatinib-response")},
        ),
        # an agency names no one subject: the figure is not eczema's
        ("WHO says 12% of adults smoke.", {"12%": ("CC102", None)}),
    ],
)
def test_a_study_name_stands_for_its_subject(lint_text, text, expected):
    assert lint_text(text) == expected
