"""A dose after a trial figure names its arm ("62% of patients on drug X 100 mg reached ACR50
at week 24"): it divides nothing, so the outcome and the time after it stay the figure's, in
a draft and in a claim's statement alike. A week said "as early as", "in" or "until" is a
timepoint too; and a claim ruled out for another numbered outcome (PASI 75 against a PASI 90
figure) does not back the figure by stating the same number for its own outcome."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: ardent-vexolimab-acr50-w24
  statement: In ARDENT, 62% of patients on vexolimab 100 mg reached ACR50 at week 24.
  subject: [vexolimab]
  context: [ARDENT, ACR50]
  value: {value: 62, unit: percent}
  sources: [{citation: "ARDENT trial 2024", quote: "ACR50 at week 24: 62% (100 mg)"}]
  status: approved
  review_by: 2030-01-01
- id: plume-tralimab-pasi75-w16
  statement: In PLUME, 80% of patients on tralimab 150 mg reached PASI 75 at week 16.
  subject: [tralimab]
  context: [PLUME, PASI 75]
  value: {value: 80, unit: percent}
  sources: [{citation: "PLUME trial 2023", quote: "PASI 75 at week 16: 80%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In ARDENT, 62% of patients on vexolimab 100 mg reached ACR50 at week 24.", {}),
        ("By week 24 of ARDENT, 62% of people given vexolimab 100 mg had an ACR50 response.", {}),
        # the same figure at another time is not the claim's
        (
            "In ARDENT, 62% of patients on vexolimab 100 mg reached ACR50 at week 12.",
            {"62%": ("CC102", None)},
        ),
        (
            "ACR50 responses in ARDENT reached 62% with vexolimab as early as week 12.",
            {"62%": ("CC102", None)},
        ),
        (
            "In ARDENT, 62% of patients on vexolimab 100 mg had an ACR50 response in week 12.",
            {"62%": ("CC102", None)},
        ),
        # the same number for another numbered outcome is not backed
        ("In PLUME, 80% of patients on tralimab 150 mg reached PASI 75 at week 16.", {}),
        (
            "In PLUME, 80% of patients on tralimab 150 mg reached PASI 90 at week 16.",
            {"80%": ("CC102", None)},
        ),
    ],
)
def test_a_dose_after_its_figure_keeps_the_outcome_and_time_the_figures(lint_text, text, expected):
    found = lint_text(text)
    # the trial figure's verdict; the dose, a figure of the same unbacked sentence, is
    # unbacked with it, never accused
    if not expected:
        assert found == {}
    else:
        figure = next(iter(expected))
        assert {k: v for k, v in found.items() if v[0] != "CC102" or k == figure} == expected
