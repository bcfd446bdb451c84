"""Frames that tell near misses apart: another numbered outcome (ACR70 is not ACR20), another
period (1990–2019 is not 1990–2020), a change said with "grew"/"climbed", and procedures
performed (a count of events) against people living with the result."""

from __future__ import annotations

import pytest
from verdict_helpers import registry_linter

REGISTRY = """\
- id: trial-pasi75
  statement: In PSOR-4, 68% of patients on drug T reached PASI75 at week 16.
  subject: [PSOR-4, drug T]
  context: [PASI75, response]
  value: {value: 68, unit: percent}
  sources: [{citation: "Our own trial report", quote: "68% reached PASI75"}]
  status: approved
  review_by: 2030-01-01
- id: gout-cases-growth
  statement: Gout cases worldwide rose by 63% between 1990 and 2020.
  subject: [gout]
  context: [cases, worldwide, "1990", "2020"]
  value: {value: 63, unit: percent}
  sources: [{citation: "Our own burden study", quote: "gout cases rose by 63% from 1990 to 2020"}]
  status: approved
  review_by: 2030-01-01
- id: gout-share-men
  statement: Gout affects 4% of men worldwide.
  subject: [gout]
  context: [men, worldwide]
  value: {value: 4, unit: percent}
  sources: [{citation: "Our own burden study", quote: "4% of men"}]
  status: approved
  review_by: 2030-01-01
- id: hip-implants-living-2015
  statement: In 2015, 2.1 million people in Spain were living with a hip implant.
  subject: [hip implant, hip implants]
  context: [Spain, living with, "2015"]
  value: {value: 2100000}
  sources: [{citation: "Our own registry report", quote: "2.1 million living with a hip implant"}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture
def codes(tmp_path, run_cli):
    lint = registry_linter(tmp_path, run_cli, REGISTRY)

    def run(text, figure):
        found = lint("page.md", text + "\n")
        return [(f["code"], f["registry_id"]) for f in found if f'"{figure}"' in f["message"]]

    return run


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("In PSOR-4, 68% of patients on drug T reached PASI75.", "68%", []),
        (
            "In PSOR-4, 52% of patients on drug T reached PASI75.",
            "52%",
            [("CC101", "trial-pasi75")],
        ),
        # another numbered outcome: no claim, not a conflict with PASI75
        ("In PSOR-4, 41% of patients on drug T reached PASI90.", "41%", [("CC102", None)]),
        # another period
        ("Gout cases worldwide rose by 63% between 1990 and 2020.", "63%", []),
        ("Gout cases worldwide grew by 58% between 1990 and 2017.", "58%", [("CC102", None)]),
        # a change said with "climbed" is judged as a change, never against the share of men
        (
            "Worldwide, gout cases climbed by 4% from 1990 to 2020.",
            "4%",
            [("CC101", "gout-cases-growth")],
        ),
        # procedures performed are not people living with an implant
        ("In 2015, 2.1 million people in Spain were living with a hip implant.", "2.1 million", []),
        (
            "In 2015, 2.1 million hip implants were performed in Spain.",
            "2.1 million hip implants",
            [("CC102", None)],
        ),
    ],
)
def test_a_near_miss_is_not_accused(codes, text, figure, expected):
    assert codes(text, figure) == expected
