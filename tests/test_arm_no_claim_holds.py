"""A figure of a treatment arm no registry claim holds, where the candidates are told apart
by their arms, is no figure of any of them: an equal figure of another arm's claim does not
back it, nor does the claim about all of the trial's patients, which is about the whole
(README, "How a figure finds its registry claim": "another treatment arm"). The arms the
registry holds are still judged against their own claims, and a condition the patients are
"with" is no arm."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter

REGISTRY = """\
- id: halcyon-remission-overall
  statement: In HALCYON, 58% of patients stayed in remission at one year.
  subject: [HALCYON]
  context: [remission, relapse prevention]
  value: {value: 58, unit: percent}
  sources: [{citation: "HALCYON report", quote: "58% of all patients remained in remission"}]
  status: approved
  review_by: 2030-01-01
- id: halcyon-remission-velorant
  statement: In HALCYON, 62% of patients assigned to velorant stayed in remission at one year.
  subject: [HALCYON]
  context: [remission, relapse prevention]
  group: [velorant]
  value: {value: 62, unit: percent}
  sources: [{citation: "HALCYON report", quote: "62% on velorant remained in remission"}]
  status: approved
  review_by: 2030-01-01
- id: halcyon-remission-tesmidine
  statement: In HALCYON, 55% of patients assigned to tesmidine stayed in remission at one year.
  subject: [HALCYON]
  context: [remission, relapse prevention]
  group: [tesmidine]
  value: {value: 55, unit: percent}
  sources: [{citation: "HALCYON report", quote: "55% on tesmidine remained in remission"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an arm no claim holds: equal to another arm's figure, or to the whole's
        ("In HALCYON, 62% of patients assigned to quorafen stayed in remission.", "62%", "CC102"),
        ("In HALCYON, 58% of those given quorafen were still in remission.", "58%", "CC102"),
        ("In HALCYON, 55% of people randomised to dravotine stayed well.", "55%", "CC102"),
        ("In HALCYON, 62% of patients taking quorafen XR stayed in remission.", "62%", "CC102"),
        # the arms the registry holds, and the whole
        ("In HALCYON, 62% of patients on velorant stayed in remission.", "62%", None),
        ("In HALCYON, 50% of patients randomised to tesmidine stayed well.", "50%", "CC101"),
        ("In HALCYON, 58% of all patients stayed in remission.", "58%", None),
        ("In HALCYON, 58% of patients with long-standing illness stayed well.", "58%", None),
    ],
)
def test_an_arm_no_claim_holds(lint_text, text, figure, expected):
    found = lint_text(text).get(figure)
    assert (found[0] if found else None) == expected


def test_the_message_names_the_arm(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    text = "In HALCYON, 62% of patients assigned to quorafen stayed in remission.\n"
    (finding,) = [f for f in findings("page.md", text) if f["code"] == "CC102"]
    assert "quorafen" in finding["message"]


DRUG_AND_PLACEBO = """\
- id: corvex-primary-drug
  statement: In CORVEX, the primary outcome occurred in 16.3% of patients given dalvatin.
  subject: [CORVEX, dalvatin]
  context: [heart failure, primary outcome]
  value: {value: 16.3, unit: percent}
  sources: [{citation: "CORVEX report", quote: "16.3% with dalvatin"}]
  status: approved
  review_by: 2030-01-01
- id: corvex-primary-placebo
  statement: In CORVEX, the primary outcome occurred in 21.2% of patients given placebo.
  subject: [CORVEX]
  context: [heart failure, primary outcome]
  group: [placebo]
  value: {value: 21.2, unit: percent}
  sources: [{citation: "CORVEX report", quote: "21.2% with placebo"}]
  status: approved
  review_by: 2030-01-01
- id: corvex-ventilated-deaths
  statement: In CORVEX, 41.4% of patients on a ventilator died within 28 days.
  subject: [CORVEX]
  context: [ventilation, deaths]
  value: {value: 41.4, unit: percent}
  sources: [{citation: "CORVEX report", quote: "41.4% of ventilated patients died"}]
  status: approved
  review_by: 2030-01-01
- id: knee-trial-combination
  statement: In KNEE-ARC, 66.6% of patients given glucosamine plus chondroitin had less pain.
  subject: [KNEE-ARC]
  context: [knee pain]
  value: {value: 66.6, unit: percent}
  sources: [{citation: "KNEE-ARC report", quote: "66.6% on the combination"}]
  status: approved
  review_by: 2030-01-01
"""

lint_drug_and_placebo = figure_verdicts_fixture(DRUG_AND_PLACEBO)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # one drug arm and placebo: a drug no claim holds is no figure of the drug arm's
        ("In CORVEX, the primary outcome occurred in 16.3% of those assigned to"
         " empaglatin.", "16.3%", "CC102"),
        ("In CORVEX, the primary outcome occurred in 14.0% of patients on sotagliflozin.",
         "14.0%", "CC102"),
        # its own drug, said with a dose or a brand the claim names, and its own outcome
        ("In CORVEX, the primary outcome occurred in 16.3% of patients given dalvatin 10 mg.",
         "16.3%", None),
        ("In CORVEX, the primary outcome occurred in 19.0% of patients given dalvatin.",
         "19.0%", "CC101"),
        # "on a ventilator" is no drug
        ("In CORVEX, 41.4% of patients on a ventilator died within 28 days.", "41.4%", None),
        # one drug of a combination said alone is another arm; the combination is its own
        ("In KNEE-ARC, 66.6% of patients given glucosamine alone had less pain.", "66.6%",
         "CC102"),
        ("In KNEE-ARC, 60.0% of patients given glucosamine plus chondroitin had less pain.",
         "60.0%", "CC101"),
    ],
)  # fmt: skip
def test_a_drug_beside_placebo_and_combinations(lint_drug_and_placebo, text, figure, expected):
    found = lint_drug_and_placebo(text).get(figure)
    assert (found[0] if found else None) == expected
