"""Carriers of a recessive gene (cystic fibrosis, sickle cell trait) are a measure of their
own, never those living with the disease; and newborns are people an ethnic group is said
of ("Black newborns"), so a swap between two groups' birth rates is caught."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: scd-trait-us-black
  statement: >-
    About 1 in 13 Black or African American babies in the US is born with sickle cell
    trait.
  subject: [sickle cell]
  context: [US]
  group: [Black]
  value: {value: 7.69, approx: true, unit: percent}
  sources: [{citation: "CDC", quote: "about 1 in 13"}]
  status: approved
  review_by: 2030-01-01
- id: thal-carriers-world
  statement: About 1.5% of people worldwide carry a beta-thalassaemia gene.
  subject: [beta-thalassaemia]
  value: {value: 1.5, unit: percent}
  sources: [{citation: "Review", quote: "1.5%"}]
  status: approved
  review_by: 2030-01-01
- id: scd-living-us
  statement: Sickle cell disease affects about 100,000 people in the US.
  subject: [sickle cell disease, sickle cell]
  context: [US]
  value: {value: 100000, approx: true, unit: people}
  sources: [{citation: "CDC", quote: "about 100,000 Americans"}]
  status: approved
  review_by: 2030-01-01
- id: scd-births-black
  statement: >-
    In the US, sickle cell disease occurs in about 1 in 365 Black or African American
    births.
  subject: [sickle cell disease, sickle cell]
  context: [US]
  group: [Black]
  value: {value: 0.274, approx: true, unit: percent}
  sources: [{citation: "CDC", quote: "1 out of every 365"}]
  status: approved
  review_by: 2030-01-01
- id: scd-births-hispanic
  statement: In the US, sickle cell disease occurs in about 1 in 16,300 Hispanic American births.
  subject: [sickle cell disease, sickle cell]
  context: [US]
  group: [Hispanic]
  value: {value: 0.00613, approx: true, unit: percent}
  sources: [{citation: "CDC", quote: "1 out of every 16,300"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the US, about 3 million people carry the sickle cell trait.",
         {"about 3 million people": ("CC102", None)}),
        ("In the US, about 100,000 people live with sickle cell disease.", {}),
        ("About 1.5% of people worldwide have beta-thalassaemia.", {"About 1.5%": ("CC102", None)}),
        ("About 1.5% of people worldwide are carriers of beta-thalassaemia.", {}),
        ("In the US, sickle cell disease occurs in about 1 in 16,300 Black newborns and 1 in"
         " 365 Hispanic newborns.",
         {"about 1 in 16,300": ("CC101", "scd-births-black"),
          "1 in 365": ("CC101", "scd-births-hispanic")}),
    ],
)  # fmt: skip
def test_carriers_and_newborns(lint_text, text, expected):
    assert lint_text(text) == expected
