"""One drug of a combination said on its own ("ezetimibe 10 mg alone", "taking ezetimibe
on its own", "by itself") is not the combination's arm, with or without its dose between
the name and "alone": an equal figure there backs nothing, and the combination's figure
is not accused by it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: dual-arm
  statement: >-
    In the DUET trial, 61% of patients given ezetimibe 10 mg plus atorvastatin reached
    their LDL target at week 12.
  subject: [DUET, ezetimibe]
  value: {value: 61, unit: percent}
  sources: [{citation: "DUET report", quote: "61%"}]
  status: approved
  review_by: 2030-01-01
- id: statin-arm
  statement: >-
    In the DUET trial, 38% of patients given atorvastatin alone reached their LDL target
    at week 12.
  subject: [DUET, ezetimibe]
  value: {value: 38, unit: percent}
  sources: [{citation: "DUET report", quote: "38%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In DUET, 61% of patients given ezetimibe 10 mg alone reached their LDL target at"
         " week 12.", {"61%": ("CC102", None)}),
        ("In DUET, 61% of patients taking ezetimibe on its own reached their LDL target at"
         " week 12.", {"61%": ("CC102", None)}),
        ("In DUET, 61% of patients given ezetimibe 10 mg by itself reached their LDL target"
         " at week 12.", {"61%": ("CC102", None)}),
        ("In DUET, 61% of patients given ezetimibe 10 mg plus atorvastatin reached their LDL"
         " target at week 12.", {}),
        ("In DUET, 38% of patients given atorvastatin alone reached their LDL target at"
         " week 12.", {}),
    ],
)  # fmt: skip
def test_one_drug_alone_is_not_the_combination(lint_text, text, expected):
    assert lint_text(text) == expected


REGISTRY_SCHEDULED = """\
- id: exe-dapa
  statement: >-
    In the PAIR-8 trial, HbA1c fell by 2.0 percentage points at week 28 in adults given
    exenatide 2 mg once weekly plus dapagliflozin 10 mg once daily.
  subject: [PAIR-8, exenatide, dapagliflozin]
  value: {value: 2.0, unit: percentage points}
  sources: [{citation: "PAIR-8 report", quote: "2.0 percentage points"}]
  status: approved
  review_by: 2030-01-01
- id: sof-vel
  statement: In the CURE-1 trial, 99% of patients given sofosbuvir plus velpatasvir were cured.
  subject: [CURE-1, sofosbuvir]
  value: {value: 99, unit: percent}
  sources: [{citation: "CURE-1 report", quote: "99%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_scheduled = figure_verdicts_fixture(REGISTRY_SCHEDULED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In PAIR-8, HbA1c fell by 2.0 percentage points at week 28 in adults given exenatide"
         " plus dapagliflozin.", {}),
        ("In CURE-1, sofosbuvir alone cured 99% of patients.", {"99%": ("CC102", None)}),
        ("In CURE-1, 99% of patients given sofosbuvir plus velpatasvir were cured.", {}),
    ],
)  # fmt: skip
def test_a_drug_alone_as_the_subject(lint_scheduled, text, expected):
    assert lint_scheduled(text) == expected


BOTH_DOSED = """\
- id: pair-arm
  statement: In CORAL, 58% of patients given tezarumab plus methotrexate reached ACR50 at 1 year.
  subject: [CORAL, tezarumab]
  value: {value: 58, unit: percent}
  sources: [{citation: "CORAL report", quote: "58%"}]
  status: approved
  review_by: 2030-01-01
- id: single-arm
  statement: In CORAL, 39% of patients given tezarumab alone reached ACR50 at 1 year.
  subject: [CORAL, tezarumab]
  value: {value: 39, unit: percent}
  sources: [{citation: "CORAL report", quote: "39%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_both_dosed = figure_verdicts_fixture(BOTH_DOSED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each drug with its dose and schedule: the clause of the figure ends at the first
        # dose, the arm is still the combination
        (
            "In CORAL, 58% of patients taking tezarumab 40 mg every other week plus"
            " methotrexate 20 mg weekly reached ACR50 at 1 year.",
            {},
        ),
        (
            "In CORAL, 46% of patients taking tezarumab 40 mg every other week plus"
            " methotrexate 20 mg weekly reached ACR50 at 1 year.",
            {"46%": ("CC101", "pair-arm")},
        ),
        # the single drug with its dose stays the single drug's
        (
            "In CORAL, 39% of patients taking tezarumab 40 mg every other week reached ACR50"
            " at 1 year.",
            {},
        ),
    ],
)
def test_a_combination_with_both_doses_is_the_combination(lint_both_dosed, text, expected):
    assert lint_both_dosed(text) == expected
