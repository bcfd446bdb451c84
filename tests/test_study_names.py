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


CALLED_A_TRIAL = """\
- id: calmora-healing
  statement: In the Calmora trial, 8 weeks of dexlan healed the oesophagus in 86% of patients.
  subject: [erosive oesophagitis]
  context: [Calmora, dexlan, healing]
  value: {value: 86, unit: percent}
  sources: [{citation: "Calmora trial 2021", quote: "86%"}]
  status: approved
  review_by: 2030-01-01
- id: calmora-placebo-healing
  statement: In the Calmora trial, 8 weeks of placebo healed the oesophagus in 30% of patients.
  subject: [erosive oesophagitis]
  context: [Calmora, healing]
  group: [placebo]
  value: {value: 30, unit: percent}
  sources: [{citation: "Calmora trial 2021", quote: "30%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_called = figure_verdicts_fixture(CALLED_A_TRIAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the Calmora trial, dexlan healed 86% of patients at 8 weeks.", {}),
        (
            "In the Calmora trial, dexlan healed 76% of patients at 8 weeks.",
            {"76%": ("CC101", "calmora-healing")},
        ),
    ],
)
def test_a_name_its_claims_call_a_trial_stands_for_their_subject(lint_called, text, expected):
    """The name Calmora has no capitals run nor number; the claims call it a trial."""
    assert lint_called(text) == expected
