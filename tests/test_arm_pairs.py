"""Figures paired with trial arms: a column titled "Control" is the control arm; two arms set
against each other before a colon ("cardexaban versus warfarin: 1.3% versus 1.7%") take the
figures after it in their order; and arms listed with a dose after "respectively" ("the
cardexaban 60 mg and warfarin groups") pair one by one, the dose naming an arm, not a figure."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: nova-cardexaban-stroke
  statement: In NOVA, stroke occurred at 1.3% per year in the cardexaban 60 mg group.
  subject: [NOVA, cardexaban]
  context: [stroke, per year]
  value: {value: 1.3, unit: percent}
  sources: [{citation: "NOVA trial 2022", quote: "1.3% vs 1.7% per year"}]
  status: approved
  review_by: 2030-01-01
- id: nova-warfarin-stroke
  statement: In NOVA, stroke occurred at 1.7% per year in the warfarin group.
  subject: [NOVA, cardexaban]
  context: [warfarin, stroke, per year]
  value: {value: 1.7, unit: percent}
  sources: [{citation: "NOVA trial 2022", quote: "1.3% vs 1.7% per year"}]
  status: approved
  review_by: 2030-01-01
- id: crest-device-independent
  statement: In CREST, 48% of patients treated with the device were independent at 90 days.
  subject: [CREST, device]
  context: [independent, 90 days]
  value: {value: 48, unit: percent}
  sources: [{citation: "CREST trial 2021", quote: "48% vs 29%"}]
  status: approved
  review_by: 2030-01-01
- id: crest-control-independent
  statement: In CREST, 29% of patients in the control group were independent at 90 days.
  subject: [CREST, device]
  context: [independent, 90 days]
  group: [control group]
  value: {value: 29, unit: percent}
  sources: [{citation: "CREST trial 2021", quote: "48% vs 29%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """### CREST results

| Outcome | Device | Control |
|---|---|---|
| Independent | {device} | {control} |"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TABLE.format(device="48%", control="29%"), {}),
        (
            TABLE.format(device="29%", control="48%"),
            {"29%": ("CC101", "crest-device-independent"),
             "48%": ("CC101", "crest-control-independent")},
        ),
        ("NOVA, cardexaban versus warfarin: 1.3% versus 1.7% per year for stroke.", {}),
        (
            "NOVA, cardexaban versus warfarin: 1.7% versus 1.3% per year for stroke.",
            {"1.7%": ("CC101", "nova-cardexaban-stroke"),
             "1.3% per year": ("CC101", "nova-warfarin-stroke")},
        ),
        (
            "In NOVA, stroke occurred at 1.3% and 1.7% per year in the cardexaban 60 mg and "
            "warfarin groups, respectively.",
            {},
        ),
    ],
)  # fmt: skip
def test_figures_pair_with_their_arms(lint_text, text, expected):
    assert lint_text(text) == expected
